/**
 * What the CMS's local Git backend (`npm start`, admin/local/backend.mjs) accepts. It runs
 * on the teacher's computer with the teacher's rights: it writes files in the repository and runs
 * Git. Any web page open in the same browser can send it requests (a POST with a text/plain body
 * needs no permission from the backend), and a site whose name is re-pointed at 127.0.0.1 (DNS
 * rebinding) can even read the answers. So before anything is done, a request must come
 * - to this computer by name: Host 127.0.0.1, localhost or [::1], with the backend's own port;
 * - from the editor's own page: Origin the development server's address, or none at all (a
 *   program, not a browser);
 * - as JSON (`Content-Type: application/json`), which another site's page cannot send without
 *   asking first, and the asking is refused;
 * and it may ask only for what the editor itself does, with names taken from the same layout the
 * CMS configuration is built from (cmsEntryLayouts): the configured branch, the editor's
 * collections, each entry's own file inside its collection's folder, and pictures and documents
 * inside the media folder. Nothing outside the content folder is read or written, and no value
 * from a request reaches Git where it could be taken for an option.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../../src/schemas/common';
import { cmsEntryLayouts, cmsMediaFolder, type CmsEntryLayout } from '../config/collections';
import { DOCUMENT_TYPES, PICTURE_TYPES } from '../../src/lib/content/documents';

/** The prefix of a draft's status as Decap stores it in the branch's description. */
export const LABEL_PREFIX = 'decap-cms/';

/** The statuses of a draft in the review workflow. */
const STATUSES = ['draft', 'pending_review', 'pending_publish'];

/** File types that may be uploaded: pictures for the image pipeline and published documents. */
const UPLOAD_TYPES = new Set<string>([...PICTURE_TYPES, ...Object.keys(DOCUMENT_TYPES)]);

/** The only address the backend answers on. */
export const API_PATH = '/api/v1';

/** What a request may ask for. */
export interface BackendRules {
  /** The branch the editor commits to (the one checked out when `npm start` began). */
  branch: string;
  /** Where uploads go, relative to the repository (`content/uploads`). */
  mediaFolder: string;
  /** The editor's collections by the CMS's names for them. */
  collections: Map<string, CmsEntryLayout>;
}

/** The rules for a content folder (relative to the repository) and the settings' translation languages. */
export function backendRules(options: { branch: string; contentDir: string; languages?: { code: string; name: string }[] }): BackendRules {
  const layouts = cmsEntryLayouts({ contentDir: options.contentDir, languages: options.languages });
  return { branch: options.branch, mediaFolder: cmsMediaFolder(options.contentDir), collections: new Map(layouts.map((l) => [l.name, l])) };
}

/** The addresses the development server's pages have, for the port it listens on. */
export function siteOrigins(sitePort: number): string[] {
  return [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`];
}

/** The parts of an HTTP request checked before its body is read. */
export interface RequestHead {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Why a request must be refused before its body is even read (another site's page, a re-pointed
 * host name, something other than JSON), or undefined. `backendPort` is the port the request
 * arrived on; `origins` the editor's own addresses (siteOrigins).
 */
export function headProblem(head: RequestHead, backendPort: number, origins: readonly string[]): string | undefined {
  const host = String(head.headers.host ?? '').toLowerCase();
  const hosts = ['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${backendPort}`);
  if (!hosts.includes(host)) return `it was sent to "${host}", not to this computer (${hosts.join(', ')}).`;
  const origin = head.headers.origin;
  if (origin !== undefined && !origins.includes(String(origin))) {
    return `it came from a page at ${String(origin)}, not from the editor (${origins.join(' or ')}).`;
  }
  if (head.url !== API_PATH) return `${String(head.url)} is not the backend's address (${API_PATH}).`;
  if (head.method === 'OPTIONS') return undefined;
  if (head.method !== 'POST') return `${String(head.method)} is not a request the backend answers (only POST).`;
  const type = String(head.headers['content-type'] ?? '');
  if (!JSON_TYPE.test(type)) return `its body is "${type || 'of no stated type'}", not application/json.`;
  return undefined;
}

/** The files and folders of the working copy a request reads or writes, checked for links by linkProblem. */
export interface Touched {
  files: string[];
  folders: { path: string; depth: number }[];
}

/** What actionProblem found: a reason to refuse, or what the request touches. */
export type ActionCheck = { problem: string; touched?: undefined } | { problem?: undefined; touched: Touched };

type Params = Record<string, unknown>;

const isObject = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 200) ?? String(value);

/**
 * A path's parts when it is a plain relative path: no leading `/`, no `\`, no control characters
 * or spaces, and no empty, `.`, `..` or hidden (`.git`) parts, nor one that Git could take for an option.
 */
function plainParts(path: unknown): string[] | undefined {
  if (!isString(path) || path.length > 1024 || /[\\\s\u0000-\u001f\u007f]/.test(path)) return undefined;
  const parts = path.split('/');
  return parts.every((part) => part !== '' && !part.startsWith('.') && !part.startsWith('-')) ? parts : undefined;
}

/** Whether a path is inside a folder (given as plain parts too). */
function inside(path: unknown, folder: string): boolean {
  const parts = plainParts(path);
  const base = folder.split('/');
  return Boolean(parts && parts.length > base.length && base.every((part, i) => parts[i] === part));
}

/** An upload: inside the media folder, with a picture or document type. */
function isUpload(path: unknown, rules: BackendRules): boolean {
  if (!inside(path, rules.mediaFolder)) return false;
  const name = (path as string).split('/').pop()!;
  const dot = name.lastIndexOf('.');
  return dot > 0 && UPLOAD_TYPES.has(name.slice(dot).toLowerCase());
}

/** Whether a folder is the media folder or one inside it. */
function isMediaFolder(folder: unknown, rules: BackendRules): boolean {
  return folder === rules.mediaFolder || inside(folder, rules.mediaFolder);
}

/** Whether a slug names an entry of this collection (`<class>/<name>` where entries sit one folder down). */
function isSlugOf(layout: CmsEntryLayout, slug: unknown): slug is string {
  if (!isString(slug)) return false;
  if ('file' in layout) return slug === layout.entry;
  const parts = slug.split('/');
  return parts.length === layout.depth && parts.every((part) => SLUG_PATTERN.test(part));
}

/** The file of an entry with this slug. */
function fileOf(layout: CmsEntryLayout, slug: string): string {
  return 'file' in layout ? layout.file : `${layout.folder}/${slug}.${layout.extension}`;
}

/** Whether a path is the file of an entry of this collection. */
function isEntryFileOf(layout: CmsEntryLayout, path: unknown): path is string {
  if (!isString(path)) return false;
  if ('file' in layout) return path === layout.file;
  const ending = `.${layout.extension}`;
  if (!path.startsWith(`${layout.folder}/`) || !path.endsWith(ending)) return false;
  return isSlugOf(layout, path.slice(layout.folder.length + 1, -ending.length));
}

function isEntryFile(path: unknown, rules: BackendRules): path is string {
  return [...rules.collections.values()].some((layout) => isEntryFileOf(layout, path));
}

/**
 * Why the request's message (its parsed JSON body) must be refused, or which files and folders it
 * touches. Every action decap-server knows is checked (node_modules/decap-server/src/middlewares/joi):
 * anything else is refused.
 */
export function actionProblem(message: unknown, rules: BackendRules): ActionCheck {
  if (!isObject(message) || !isString(message.action)) return { problem: 'it does not name an action.' };
  const { action } = message;
  if (action === 'info') return { touched: { files: [], folders: [] } };
  const params = message.params;
  if (!isObject(params)) return { problem: `${action} came without its details.` };
  for (const branch of [params.branch, ...('branch' in message ? [message.branch] : [])]) {
    if (branch !== rules.branch) return { problem: `the branch ${shown(branch)} is not the one the editor saves to (${rules.branch}).` };
  }
  const files: string[] = [];
  const folders: Touched['folders'] = [];
  const ok = (): ActionCheck => ({ touched: { files, folders } });
  const refuse = (problem: string): ActionCheck => ({ problem });
  /** Refused for the problem if there is one, else allowed, touching these files. */
  const unless = (problem: string | undefined, ...paths: unknown[]): ActionCheck => {
    if (problem) return refuse(problem);
    files.push(...(paths as string[]));
    return ok();
  };

  const collection = (name: unknown): CmsEntryLayout | undefined => (isString(name) ? rules.collections.get(name) : undefined);
  /** The problem with a draft's collection and slug, if any. */
  const draftProblem = (name: unknown, slug: unknown): string | undefined => {
    const layout = collection(name);
    if (!layout) return `${shown(name)} is not a collection the editor has.`;
    if (!isSlugOf(layout, slug))
      return `${shown(slug)} is not a usable name for an entry of ${name}: use lower-case letters, numbers and hyphens${layout && 'folder' in layout && layout.depth === 2 ? ', as <class>/<name>' : ''}.`;
    return undefined;
  };
  const labelProblem = (prefix: unknown) =>
    prefix === undefined || prefix === LABEL_PREFIX ? undefined : `the status label ${shown(prefix)} is not the editor's.`;
  const entryFile = (path: unknown) => (isEntryFile(path, rules) ? undefined : `${shown(path)} is not the file of an entry the editor has.`);
  const upload = (path: unknown) => (isUpload(path, rules) ? undefined : `${shown(path)} is not a picture or document in ${rules.mediaFolder}/.`);
  const uploadOrEntry = (path: unknown) =>
    isUpload(path, rules) || isEntryFile(path, rules) ? undefined : `${shown(path)} is not an entry's file or an upload the editor may delete.`;
  const commitMessage = (options: unknown) => (isObject(options) && isString(options.commitMessage) ? undefined : `${action} came without a commit message.`);
  const first = (...problems: (string | undefined)[]) => problems.find(Boolean);

  switch (action) {
    case 'entriesByFolder': {
      const layout = [...rules.collections.values()].find((l) => 'folder' in l && l.folder === params.folder);
      if (!layout || !('folder' in layout)) return refuse(`${shown(params.folder)} is not the folder of a collection the editor has.`);
      if (params.extension !== layout.extension) return refuse(`${shown(params.extension)} is not the extension of ${layout.name}'s entries.`);
      const depth = params.depth;
      if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1 || depth > layout.depth)
        return refuse(`${shown(depth)} is not how deep ${layout.name}'s entries are.`);
      folders.push({ path: layout.folder, depth });
      return ok();
    }
    case 'entriesByFiles': {
      if (!Array.isArray(params.files) || !params.files.length) return refuse('entriesByFiles came without files.');
      for (const file of params.files) {
        const problem = entryFile(isObject(file) ? file.path : file);
        if (problem) return refuse(problem);
        files.push((file as Params).path as string);
      }
      return ok();
    }
    case 'getEntry':
      return unless(entryFile(params.path), params.path);
    case 'unpublishedEntries':
      return ok();
    case 'unpublishedEntry': {
      let [name, slug] = [params.collection, params.slug];
      if (params.id !== undefined) {
        if (!isString(params.id) || !params.id.includes('/')) return refuse(`${shown(params.id)} is not a draft's name.`);
        const i = params.id.indexOf('/');
        [name, slug] = [params.id.slice(0, i), params.id.slice(i + 1)];
      }
      // The review board reads every draft branch before it knows their collections, and skips
      // those it has no collection for: a draft left from a language the site no longer offers
      // must not stop the board loading. So a draft of another collection may be described, as
      // long as its names are plain (they only name a branch Git reads); its files may not be read.
      const stale =
        isString(name) &&
        /^[a-z][a-z0-9_]*$/i.test(name) &&
        !rules.collections.has(name) &&
        isString(slug) &&
        slug.split('/').length <= 2 &&
        slug.split('/').every((part) => SLUG_PATTERN.test(part));
      const problem = first(stale ? undefined : draftProblem(name, slug), labelProblem(params.cmsLabelPrefix));
      return problem ? refuse(problem) : ok();
    }
    case 'unpublishedEntryDataFile':
    case 'unpublishedEntryMediaFile': {
      const problem = draftProblem(params.collection, params.slug) ?? (isString(params.id) ? undefined : 'the draft file came without its id.');
      if (problem) return refuse(problem);
      if (action === 'unpublishedEntryMediaFile') return upload(params.path) ? refuse(upload(params.path)!) : ok();
      const layout = collection(params.collection)!;
      return isEntryFileOf(layout, params.path) ? ok() : refuse(`${shown(params.path)} is not the file of an entry of ${layout.name}.`);
    }
    case 'deleteUnpublishedEntry':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview': {
      const problem = draftProblem(params.collection, params.slug);
      return problem ? refuse(problem) : ok();
    }
    case 'updateUnpublishedEntryStatus': {
      const problem = first(
        draftProblem(params.collection, params.slug),
        STATUSES.includes(params.newStatus as string) ? undefined : `${shown(params.newStatus)} is not a status a draft can have.`,
        labelProblem(params.cmsLabelPrefix),
      );
      return problem ? refuse(problem) : ok();
    }
    case 'persistEntry': {
      const options = params.options;
      if (!isObject(options)) return refuse('the entry came without its options.');
      const layout = collection(options.collectionName);
      if (!layout) return refuse(`${shown(options.collectionName)} is not a collection the editor has.`);
      const dataFiles = params.dataFiles ?? (params.entry === undefined ? undefined : [params.entry]);
      if (!Array.isArray(dataFiles) || !dataFiles.length) return refuse('the entry came without its file.');
      for (const dataFile of dataFiles) {
        if (!isObject(dataFile) || !isString(dataFile.raw)) return refuse('the entry’s file came without its text.');
        const { slug, path, newPath } = dataFile;
        const problem = first(
          draftProblem(options.collectionName, slug),
          isEntryFileOf(layout, path) ? undefined : `${shown(path)} is not the file of an entry of ${layout.name}.`,
          newPath === undefined || isEntryFileOf(layout, newPath) ? undefined : `${shown(newPath)} is not the file of an entry of ${layout.name}.`,
        );
        if (problem) return refuse(problem);
        // The entry's own file: where it is, or where it is moving to.
        if (fileOf(layout, slug as string) !== path && fileOf(layout, slug as string) !== newPath)
          return refuse(`${shown(path)} is not the file of the entry ${String(slug)}.`);
        files.push(path as string, ...(isString(newPath) ? [newPath] : []));
      }
      if (!Array.isArray(params.assets)) return refuse('the entry came without its list of uploads.');
      for (const asset of params.assets) {
        const problem = isObject(asset) && asset.encoding === 'base64' && isString(asset.content) ? upload(asset.path) : 'an upload came without its content.';
        if (problem) return refuse(problem);
        files.push(asset.path as string);
      }
      if (typeof options.useWorkflow !== 'boolean') return refuse('the entry does not say whether it is a draft.');
      const problem = first(
        commitMessage(options),
        !options.useWorkflow || STATUSES.includes(options.status as string) ? undefined : `${shown(options.status)} is not a status a draft can have.`,
        labelProblem(params.cmsLabelPrefix),
      );
      return problem ? refuse(problem) : ok();
    }
    case 'getMedia': {
      if (!isMediaFolder(params.mediaFolder, rules)) return refuse(`${shown(params.mediaFolder)} is not ${rules.mediaFolder}/ or a folder in it.`);
      folders.push({ path: params.mediaFolder as string, depth: 1 });
      return ok();
    }
    case 'getMediaFile':
      return unless(upload(params.path), params.path);
    case 'persistMedia': {
      const asset = params.asset;
      const problem = first(
        isObject(asset) && asset.encoding === 'base64' && isString(asset.content) ? upload(asset.path) : 'the upload came without its content.',
        commitMessage(params.options),
      );
      return unless(problem, isObject(asset) ? asset.path : undefined);
    }
    case 'deleteFile':
    case 'deleteFiles': {
      const paths = action === 'deleteFile' ? [params.path] : params.paths;
      if (!Array.isArray(paths) || !paths.length) return refuse(`${action} came without the files to delete.`);
      return unless(first(...paths.map(uploadOrEntry), commitMessage(params.options)), ...paths);
    }
    default:
      return refuse(`${shown(action)} is not something the editor does.`);
  }
}

/**
 * Why a request must be refused because a file or folder it touches is, or is inside, a symbolic
 * link (which could lead out of the content folder, to `.git/config` or the teacher's files), or
 * undefined. Folders are looked through as deep as the request lists them.
 */
export function linkProblem(root: string, touched: Touched): string | undefined {
  const isLink = (path: string) => {
    try {
      return lstatSync(join(root, path)).isSymbolicLink();
    } catch {
      return false;
    }
  };
  const linkOnTheWay = (path: string) => {
    const parts = path.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/')).find(isLink);
  };
  const linkWithin = (folder: string, depth: number): string | undefined => {
    let items;
    try {
      items = readdirSync(join(root, folder), { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const item of items) {
      const path = `${folder}/${item.name}`;
      if (item.isSymbolicLink()) return path;
      if (item.isDirectory() && depth > 1) {
        const found = linkWithin(path, depth - 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  const found = touched.files.map(linkOnTheWay).find(Boolean) ?? touched.folders.map((f) => linkOnTheWay(f.path) ?? linkWithin(f.path, f.depth)).find(Boolean);
  return found ? `${found} is a link to somewhere else, which the editor does not follow. Replace it with the file itself.` : undefined;
}
