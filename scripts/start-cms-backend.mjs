/**
 * The CMS's local Git backend for `npm start`: decap-server, with a layer in front that keeps
 * the working copy (which the development server is showing) on its branch and its own work out
 * of the CMS's commits.
 *
 * What decap-server does on its own, and why that is not enough here:
 * - In the review workflow it saves a draft by checking the draft's branch out in the working copy,
 *   committing, and checking the original branch out again, and it reads drafts the same way. The
 *   development server sees content files appear and vanish, reloads, and can keep showing a draft
 *   as if it were published. So drafts are read and written here with Git's object commands
 *   (`git show`, a temporary index, `commit-tree`), never touching the working copy: a draft is
 *   one commit on top of the published branch, on `cms/<collection>/<entry>`.
 * - Everything else that commits (publishing straight away, uploads from the media page,
 *   deleting) runs `git add .`, which would sweep anyone's uncommitted work into the CMS's commit.
 *   Those are refused while the working copy has changes of its own, with the files named.
 * Publishing a draft (a merge into the published branch) and everything else go to decap-server.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Actions after which decap-server runs `git add .` and commits. */
const COMMITTING = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles']);
const LABEL_PREFIX = 'decap-cms/';

function jsonAnswer(req, res, status, body) {
  const origin = req.headers.origin;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    // decap-server answers only this computer's pages; so does this.
    ...(origin && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {}),
  });
  res.end(JSON.stringify(body));
}

/**
 * A request handler for the local backend. `root` is the repository; `upstreamPort` is where
 * decap-server listens; `gitMode` is false when the folder is not a Git repository (decap-server
 * then writes files directly and there is nothing to guard).
 */
export function localBackend({ root, upstreamPort, gitMode }) {
  const git = (args, options = {}) => execFileSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], ...options });
  const text = (args, options) => git(args, { encoding: 'utf8', ...options }).trim();
  const exists = (branch) => {
    try {
      git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
      return true;
    } catch {
      return false;
    }
  };
  const draftBranch = (collection, slug) => `cms/${collection}/${slug}`;

  function uncommitted() {
    return text(['--no-optional-locks', 'status', '--porcelain', '--untracked-files=all'])
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
  }

  /** A draft as decap-server describes it: its status and the files it changes. */
  function unpublishedEntry({ branch, id, collection, slug, cmsLabelPrefix }) {
    if (id) {
      const i = id.indexOf('/');
      [collection, slug] = [id.slice(0, i), id.slice(i + 1)];
    }
    const draft = draftBranch(collection, slug);
    if (!exists(draft)) return [404, { message: 'Not Found' }];
    const binary = new Set(
      text(['diff', '--numstat', '--no-renames', branch, draft])
        .split('\n')
        .filter((l) => l.startsWith('-\t-\t'))
        .map((l) => l.slice(4)),
    );
    const diffs = text(['diff', '--name-status', '--no-renames', branch, draft])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code, path] = line.split('\t');
        const status = { A: 'added', D: 'deleted' }[code] ?? 'modified';
        return { oldPath: path, newPath: status === 'deleted' ? '' : path, status, newFile: status === 'added', path, id: path, binary: binary.has(path) || path.endsWith('.svg') };
      });
    let label = '';
    try {
      label = text(['config', `branch.${draft}.description`]);
    } catch {
      // No status yet.
    }
    const status = label.slice((cmsLabelPrefix || LABEL_PREFIX).length);
    const updatedAt = text(['log', '-1', '--format=%cI', draft]);
    return [200, { collection, slug, status, diffs, updatedAt }];
  }

  function draftFile({ collection, slug, path }) {
    return git(['show', `${draftBranch(collection, slug)}:${path}`]);
  }

  /**
   * Saves a draft as one commit on top of the published branch: the published files, with this
   * entry's file and pictures as the editor has them now. Nothing in the working copy changes.
   */
  function persistDraft({ branch, dataFiles, entry, assets, options, cmsLabelPrefix }) {
    const files = dataFiles ?? [entry];
    const draft = draftBranch(options.collectionName, files[0].slug);
    const existed = exists(draft);
    const dir = mkdtempSync(join(tmpdir(), 'school-cms-index-'));
    const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
    try {
      git(['read-tree', branch], { env });
      const add = (path, content) => {
        const object = text(['hash-object', '-w', '--stdin'], { input: content });
        git(['update-index', '--add', '--cacheinfo', `100644,${object},${path}`], { env });
      };
      for (const file of files) {
        if (file.newPath) git(['update-index', '--force-remove', file.path], { env });
        add(file.newPath ?? file.path, Buffer.from(file.raw, 'utf8'));
      }
      for (const asset of assets) add(asset.path, Buffer.from(asset.content, asset.encoding));
      const tree = text(['write-tree'], { env });
      // A new draft keeps the message it was created with ("Create …"), which is what publishing records.
      const message = existed ? text(['log', '-1', '--format=%B', draft]) : options.commitMessage;
      const commit = text(['commit-tree', tree, '-p', branch, '-m', message]);
      git(['update-ref', `refs/heads/${draft}`, commit]);
      if (!existed) git(['config', `branch.${draft}.description`, `${cmsLabelPrefix || LABEL_PREFIX}${options.status}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return [200, { message: 'entry persisted' }];
  }

  function forward(req, res, body) {
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: { ...req.headers, 'content-length': String(body.length) } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => jsonAnswer(req, res, 502, { error: `The local Git backend is not answering (${error.message}).` }));
    upstream.end(body);
  }

  function handle(req, res, body) {
    let message;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return forward(req, res, body);
    }
    const { action, params = {} } = message;
    if (!gitMode || req.method !== 'POST') return forward(req, res, body);
    try {
      if (action === 'unpublishedEntry') {
        const [status, answer] = unpublishedEntry(params);
        return jsonAnswer(req, res, status, answer);
      }
      if (action === 'unpublishedEntryDataFile') {
        return jsonAnswer(req, res, 200, { data: draftFile(params).toString('utf8') });
      }
      if (action === 'unpublishedEntryMediaFile') {
        const content = draftFile(params);
        return jsonAnswer(req, res, 200, {
          id: createHash('sha256').update(content).digest('hex'),
          content: content.toString('base64'),
          encoding: 'base64',
          path: params.path,
          name: basename(params.path),
        });
      }
      if (action === 'persistEntry' && params.options?.useWorkflow) {
        const [status, answer] = persistDraft(params);
        return jsonAnswer(req, res, status, answer);
      }
      if (COMMITTING.has(action)) {
        const files = uncommitted();
        if (files.length) {
          const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? ` and ${files.length - 5} more` : '');
          console.error(`\nThe CMS's save was refused: uncommitted changes in ${files.join(', ')}`);
          return jsonAnswer(req, res, 409, {
            error:
              `The editor did not save, so that nobody's unfinished work is committed with it: this copy of the website has changes that are not committed (${shown}). ` +
              'Commit them, or put them aside with “git stash --include-untracked”, then save again.',
          });
        }
      }
    } catch (error) {
      console.error(`\nThe CMS's local backend could not ${action}: ${error.stderr?.toString() || error.message}`);
      return jsonAnswer(req, res, 500, { error: `The local Git backend could not ${action}: ${String(error.stderr || error.message).trim()}` });
    }
    return forward(req, res, body);
  }

  return (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  };
}
