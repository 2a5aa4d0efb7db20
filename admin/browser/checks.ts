/**
 * The build's own check, in the editor. Every field shows, under its label, what the build's schema
 * would reject in it (an impossible date, an end before the start, a link that is not https): each
 * of Decap's editing widgets is registered again with an `isValid` that adds those problems to its
 * own, so they appear at the field when the editor saves, as a missing field or a format problem
 * does, rather than in a message that disappears. Before every save, empty optional fields are left
 * out and the whole entry is checked once more, so nothing the editor saves can stop the site from
 * building; what has no field of its own to show at is listed then. The author's name and the
 * class are remembered after a save.
 */
import CMS from 'decap-cms-app';
import type { ComponentClass } from 'react';
import { withTypedDates } from '../dates';
import { classFolderProblem, emptyOptionalPaths, entryIssues, entryProblems, issuesAt, withoutEmptyOptional, type EntryIssue } from '../entry-check';
import {
  AUTHOR_KEY,
  CLASS_KEY,
  controlClassOf,
  FIELD_PROBLEM,
  fieldsOf,
  isRecord,
  replaceControl,
  type ControlProps,
  type Entry,
  type FieldValidity,
} from './decap';

/** Decap's widgets whose fields can hold something the schema refuses, each given the schema's problems. */
const CHECKED_WIDGETS = ['string', 'text', 'number', 'boolean', 'select', 'relation', 'object', 'list'];

/** The schema's problems with one entry's data, worked out once however many fields ask. */
const issuesByData = new WeakMap<object, EntryIssue[]>();

function issuesOf(entry: Entry | undefined): { issues: EntryIssue[]; data: Record<string, unknown> } {
  const immutable = entry?.get('data');
  if (!entry || !immutable) return { issues: [], data: {} };
  // Checked as it would be saved: without the optional fields and groups left empty (a repeat the
  // editor never opened), which the check before saving removes.
  const collection = entry.get('collection');
  const data = withoutEmptyOptional(immutable.toJS(), fieldsOf(collection));
  let issues = issuesByData.get(immutable);
  if (!issues) {
    issues = entryIssues(collection, data);
    issuesByData.set(immutable, issues);
  }
  return { issues, data };
}

const plain = (value: unknown): unknown => (isRecord(value) && typeof value.toJS === 'function' ? (value.toJS as () => unknown)() : value);
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * What the build would reject in this field, as Decap's `isValid` reports it: the problems whose
 * place in the entry is this field (see issuesAt), after the label. Empty fields and text that does
 * not match the field's pattern already have Decap's own message, so they get no second one.
 */
export function schemaValidity(props: Pick<ControlProps<unknown>, 'field' | 'getEntry'>, value: unknown): FieldValidity {
  const field = props.field;
  const name = String(field.get('name'));
  const pattern: unknown = plain(field.get('pattern'));
  if (isEmpty(value)) return true;
  if (Array.isArray(pattern) && typeof value === 'string' && !new RegExp(String(pattern[0])).test(value)) return true;
  const { issues, data } = issuesOf(props.getEntry?.());
  const messages = issuesAt(issues, data, name, plain(value));
  if (!messages.length) return true;
  const label = String(field.get('label') ?? name);
  return { error: { type: FIELD_PROBLEM, message: messages.map((m) => `${label}: ${withTypedDates(m)}`).join(' ') } };
}

/** The first problem of two `isValid` answers (Decap shows one per widget), or true. */
export function firstProblem(...answers: (FieldValidity | undefined)[]): FieldValidity {
  return answers.find((a) => a !== undefined && a !== true && !(typeof a === 'object' && a.error === false)) ?? true;
}

/** A Decap control that also reports the schema's problems at its field, after its own. */
function withSchemaCheck(Control: ComponentClass<ControlProps<unknown>>): ComponentClass<ControlProps<unknown>> {
  return class SchemaChecked extends Control {
    constructor(props: ControlProps<unknown>) {
      super(props);
      // Decap's widgets define isValid as an arrow on the instance, and Decap calls it unbound.
      const own = (this as { isValid?: () => FieldValidity }).isValid;
      (this as { isValid?: () => FieldValidity }).isValid = () => firstProblem(own?.(), schemaValidity(this.props, this.props.value));
    }
  };
}

/** Decap's widgets, each registered again with the schema's check at its field. */
export function registerFieldChecks() {
  for (const name of CHECKED_WIDGETS) {
    replaceControl(name, withSchemaCheck(controlClassOf<ControlProps<unknown>>(name)));
  }
}

export function registerChecks() {
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const e: Entry = entry;
      const collection = e.get('collection');
      const fields = fieldsOf(collection);
      let data = e.get('data');
      for (const path of emptyOptionalPaths(data.toJS(), fields)) data = data.deleteIn(path);
      const plainData = data.toJS();
      const problems = entryProblems(collection, plainData, fields);
      if (collection === 'classUpdates' && !e.get('newRecord')) {
        const moved = classFolderProblem(e.get('path'), plainData.class);
        if (moved) problems.unshift(moved);
      }
      if (problems.length) {
        const error = new Error(`Please fix ${problems.length === 1 ? 'this' : 'these'} first: ${problems.join(' ')}`);
        error.name = '';
        throw error;
      }
      return data;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      const author = entry.getIn(['data', 'author']);
      if (typeof author === 'string' && author.trim()) localStorage.setItem(AUTHOR_KEY, author.trim());
      const schoolClass = entry.getIn(['data', 'class']);
      if (entry.get('collection') === 'classUpdates' && typeof schoolClass === 'string' && schoolClass) localStorage.setItem(CLASS_KEY, schoolClass);
    },
  });
}
