/**
 * The check before every save: empty optional fields left out, then the build's own schema run on
 * the entry, so nothing the editor saves can stop the site from building; and the author's name
 * remembered after a save.
 */
import CMS from 'decap-cms-app';
import { classFolderProblem, emptyOptionalPaths, entryProblems } from '../entry-check';
import { AUTHOR_KEY, fieldsOf, type Entry } from './decap';

export function registerChecks() {
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const e: Entry = entry;
      const collection = e.get('collection');
      const fields = fieldsOf(collection);
      let data = e.get('data');
      for (const path of emptyOptionalPaths(data.toJS(), fields)) data = data.deleteIn(path);
      const plain = data.toJS();
      const problems = entryProblems(collection, plain, fields);
      if (collection === 'classUpdates' && !e.get('newRecord')) {
        const moved = classFolderProblem(e.get('path'), plain.class);
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
    },
  });
}
