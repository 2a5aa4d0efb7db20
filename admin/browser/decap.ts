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
  /** Runs the field's checks now (Decap's and the widget's `isValid`), showing their messages at the field. */
  validate?: () => void;
  setActiveStyle?: () => void;
  setInactiveStyle?: () => void;
}

/** What a widget's `isValid` returns to Decap: true, or a message to show at the field. */
export type FieldValidity = boolean | { error: { type: string; message: string } | false };

/**
 * The type of every problem the form shows at a field. Decap stops the save for any type, but
 * tells the editor to look at the form ("Not saved yet: please look at the red messages") only for
 * this one, its "required field" type; without that message a blocked save looks like nothing
 * happened, so the schema's problems use it too.
 */
export const FIELD_PROBLEM = 'PRESENCE';

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
  registerWidget<P>(widget: { name: string; controlComponent: ComponentType<P>; previewComponent?: ComponentType<P>; [option: string]: unknown }): void;
}

/** The collections as admin/config/ writes them, with the field descriptions admin/entry-check.ts reads. */
export type SiteCollection = CmsCollection & { fields?: CmsField[]; files?: (CmsCollectionFile & { fields: CmsField[] })[] };
export type SiteConfig = CmsConfig & { collections: SiteCollection[] };

export const AUTHOR_KEY = 'school-cms:author';
/** The class of the last class update saved on this computer: the teacher's own, which the list opens on. */
export const CLASS_KEY = 'school-cms:class';

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

/**
 * Registers a control in place of one of Decap's own widgets, keeping the widget's preview, schema
 * and options: the CMS treats some widgets specially by name (an image's thumbnails in lists).
 */
export function replaceControl<P>(name: string, control: ComponentType<P>, preview?: ComponentType<P>): void {
  const { control: _control, preview: own, ...rest } = builtInWidget(name);
  const registry: unknown = CMS;
  if (!isWidgetRegistry(registry)) throw new Error(`The editor cannot replace Decap CMS's ${name} widget.`);
  registry.registerWidget({ ...rest, name, controlComponent: control, previewComponent: preview ?? (isComponent<P>(own) ? own : undefined) });
}

/** A built-in widget's preview, if it has one. */
export function previewOf(name: string): ComponentType<CmsWidgetPreviewProps> | undefined {
  const { preview } = builtInWidget(name);
  return isComponent<CmsWidgetPreviewProps>(preview) ? preview : undefined;
}
