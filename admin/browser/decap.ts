/**
 * What the editor's browser code shares: the configuration the page carries (built by
 * admin/config/), the shapes of Decap's objects as this code uses them, and Decap's own widgets to
 * build on. Decap's types (decap-cms-core) leave out or mistype a few of these, so they are
 * described here and checked where they are read.
 */
import CMS from 'decap-cms-app';
import type { CmsCollection, CmsCollectionFile, CmsConfig, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import { Component, type ComponentClass, type ComponentType } from 'react';
import type { CmsField } from '../config/widgets';
import type { KeyPath } from '../entry-check';

/** An entry's data as the CMS keeps it (an Immutable.js map), with the methods used here. */
export interface EntryData {
  toJS(): Record<string, unknown>;
  deleteIn(path: KeyPath): EntryData;
}

/** An entry as the CMS hands it to previews, widgets and event handlers (an Immutable.js map). */
export interface Entry {
  get(key: 'data'): EntryData;
  get(key: 'collection'): string;
  get(key: 'path'): string | undefined;
  get(key: 'newRecord'): boolean | undefined;
  getIn(path: KeyPath): unknown;
}

/** A widget's editing component is also given the entry it edits, which Decap's types leave out. */
export interface ControlProps<T> extends CmsWidgetControlProps<T> {
  getEntry?: () => Entry | undefined;
}

/** What the image widget's control and preview are given that findPicture needs. */
export interface PictureProps {
  getAsset: (value: unknown, field?: unknown) => unknown;
  getEntry?: () => Entry | undefined;
  entry?: Entry;
}

/**
 * The registry call that registers a widget with its options. Decap's types (decap-cms-core)
 * describe a widget's control and preview as props objects; they are React components.
 */
export interface WidgetRegistry {
  registerWidget(widget: {
    name: string;
    controlComponent: ComponentType<PictureProps>;
    previewComponent: ComponentType<PictureProps>;
    [option: string]: unknown;
  }): void;
}

/** The collections as admin/config/ writes them, with the field descriptions admin/entry-check.ts reads. */
export type SiteCollection = CmsCollection & { fields?: CmsField[]; files?: (CmsCollectionFile & { fields: CmsField[] })[] };
export type SiteConfig = CmsConfig & { collections: SiteCollection[] };

export const AUTHOR_KEY = 'school-cms:author';

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const configElement = document.getElementById('cms-config');
// Written into the page by the build from admin/config/, so it has the shape given there.
export const config: SiteConfig | undefined = configElement ? JSON.parse(configElement.textContent ?? '{}') : undefined;
export const collections: SiteCollection[] = config?.collections ?? [];

export function fieldsOf(collection: string): CmsField[] {
  const c = collections.find((x) => x.name === collection);
  return c?.fields ?? c?.files?.[0]?.fields ?? [];
}

export const isComponent = <P>(value: unknown): value is ComponentType<P> => typeof value === 'function';
/** A class extending React's Component, as Decap's widget controls are. */
export const isComponentClass = <P>(value: unknown): value is ComponentClass<P> =>
  typeof value === 'function' && Object.prototype.isPrototypeOf.call(Component, value);
export const isWidgetRegistry = (value: unknown): value is WidgetRegistry => isRecord(value) && typeof value.registerWidget === 'function';

/** One of Decap's own widgets, to build on: its control and preview, and the options it was registered with. */
export function builtInWidget(name: string): Record<string, unknown> {
  const widget: unknown = CMS.getWidget(name);
  if (!isRecord(widget)) throw new Error(`The editor cannot find Decap CMS's ${name} widget.`);
  return widget;
}

/** A built-in widget's editing component, which the widgets below extend (Decap's are React classes). */
export function controlClassOf<P>(name: string): ComponentClass<P> {
  const { control } = builtInWidget(name);
  if (!isComponentClass<P>(control)) throw new Error(`Decap CMS's ${name} widget is not the React class the editor extends.`);
  return control;
}

/** A built-in widget's preview, if it has one. */
export function previewOf(name: string): ComponentType<CmsWidgetPreviewProps> | undefined {
  const { preview } = builtInWidget(name);
  return isComponent<CmsWidgetPreviewProps>(preview) ? preview : undefined;
}
