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
 *
 * Before any of that, every request is checked (admin/local/guard.ts): it must come from
 * the editor's own page on this computer, as JSON, and ask only for the configured branch, the
 * editor's collections and their own files, and uploads in the media folder. Anything else is
 * refused with 403 and nothing done: no Git command runs and nothing reaches decap-server.
 */
import '../../scripts/ts-hooks.mjs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// After ts-hooks, so the project's TypeScript (extensionless imports) can be loaded.
const { API_PATH, LABEL_PREFIX, actionProblem, backendRules, headProblem, linkProblem } = await import('./guard.ts');
const { readSettings, translationLanguages } = await import('../../src/lib/content/settings.ts');

/** Actions after which decap-server runs `git add .` and commits. */
const COMMITTING = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles']);
/** decap-server's own limit on a request. */
const MAX_BODY = 50 * 1024 * 1024;

/**
 * A request handler for the local backend. `root` is the repository; `upstreamPort` is where
 * decap-server listens; `gitMode` is false when the folder is not a Git repository (decap-server
 * then writes files directly, and only the checks of each request apply). `branch` is the branch
 * the editor saves to, `contentDir` the content folder relative to `root`, and `origins` the
 * editor's own addresses (siteOrigins of the development server's port).
 */
export function localBackend({ root, upstreamPort, gitMode, branch, contentDir = 'content', origins }) {
  const git = (args, options = {}) => execFileSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], ...options });
  const text = (args, options) => git(args, { encoding: 'utf8', ...options }).trim();
  // Every revision below is refs/heads/<name> with a name the guard has checked, and comes after
  // --end-of-options, so nothing from a request can be read by Git as an option.
  const head = (name) => `refs/heads/${name}`;
  const exists = (name) => {
    try {
      git(['rev-parse', '--verify', '--quiet', '--end-of-options', head(name)]);
      return true;
    } catch {
      return false;
    }
  };

  /** The rules as the settings are now: a language added while the editor runs gets its translations at once. */
  let lastLanguages = [];
  function rules() {
    const { usable } = readSettings(join(root, contentDir));
    if (usable.languages) lastLanguages = translationLanguages(usable.languages);
    return backendRules({ branch, contentDir, languages: lastLanguages });
  }

  function jsonAnswer(req, res, status, body) {
    const origin = req.headers.origin;
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      ...(origin && origins.includes(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {}),
    });
    res.end(JSON.stringify(body));
  }

  function refuse(req, res, status, reason) {
    console.error(`\nThe CMS's local backend refused a request: ${reason}`);
    jsonAnswer(req, res, status, { error: `The editor's local backend refused this request: ${reason}` });
  }
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
    // What the draft itself changes since it left the published branch (A...B), not everything
    // that differs from the published branch today: an entry published after the draft was
    // started is not part of the draft, and the editor would try to open it as one of its files.
    const changes = `${head(branch)}...${head(draft)}`;
    const binary = new Set(
      text(['diff', '--numstat', '--no-renames', '--end-of-options', changes, '--'])
        .split('\n')
        .filter((l) => l.startsWith('-\t-\t'))
        .map((l) => l.slice(4)),
    );
    const diffs = text(['diff', '--name-status', '--no-renames', '--end-of-options', changes, '--'])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code, path] = line.split('\t');
        const status = { A: 'added', D: 'deleted' }[code] ?? 'modified';
        return {
          oldPath: path,
          newPath: status === 'deleted' ? '' : path,
          status,
          newFile: status === 'added',
          path,
          id: path,
          binary: binary.has(path) || path.endsWith('.svg'),
        };
      });
    let label = '';
    try {
      label = text(['config', '--get', `branch.${draft}.description`]);
    } catch {
      // No status yet.
    }
    const status = label.slice((cmsLabelPrefix || LABEL_PREFIX).length);
    const updatedAt = text(['log', '-1', '--format=%cI', '--end-of-options', head(draft), '--']);
    return [200, { collection, slug, status, diffs, updatedAt }];
  }

  function draftFile({ collection, slug, path }) {
    return git(['show', '--end-of-options', `${head(draftBranch(collection, slug))}:${path}`]);
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
      git(['read-tree', '--end-of-options', head(branch)], { env });
      const add = (path, content) => {
        const object = text(['hash-object', '-w', '--stdin'], { input: content });
        git(['update-index', '--add', '--cacheinfo', `100644,${object},${path}`], { env });
      };
      for (const file of files) {
        if (file.newPath) git(['update-index', '--force-remove', '--', file.path], { env });
        add(file.newPath ?? file.path, Buffer.from(file.raw, 'utf8'));
      }
      for (const asset of assets) add(asset.path, Buffer.from(asset.content, asset.encoding));
      const tree = text(['write-tree'], { env });
      // A new draft keeps the message it was created with ("Create …"), which is what publishing records.
      const message = existed ? text(['log', '-1', '--format=%B', '--end-of-options', head(draft), '--']) : options.commitMessage;
      const parent = text(['rev-parse', '--verify', '--end-of-options', head(branch)]);
      const commit = text(['commit-tree', '-p', parent, '-m', message, '--end-of-options', tree]);
      git(['update-ref', head(draft), commit]);
      if (!existed) git(['config', `branch.${draft}.description`, `${cmsLabelPrefix || LABEL_PREFIX}${options.status}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return [200, { message: 'entry persisted' }];
  }

  function forward(req, res, message) {
    // What was checked is what decap-server gets: the parsed message, written out again.
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const upstream = request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: 'POST',
        path: API_PATH,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(body.length),
          ...(req.headers.origin ? { origin: req.headers.origin } : {}),
        },
      },
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
      return refuse(req, res, 400, 'its body is not JSON.');
    }
    const check = actionProblem(message, rules());
    const problem = check.problem ?? linkProblem(root, check.touched);
    if (problem) return refuse(req, res, 403, problem);
    const { action, params = {} } = message;
    if (!gitMode) return forward(req, res, message);
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
    return forward(req, res, message);
  }

  return (req, res) => {
    // Refused before the body is read: another site's page, a re-pointed host name, not JSON.
    const problem = headProblem(req, req.socket.localPort, origins);
    if (problem) {
      req.resume();
      return refuse(req, res, 403, problem);
    }
    if (req.method === 'OPTIONS') {
      // The browser asks before the editor's page sends JSON here; only the editor's page is told yes.
      res.writeHead(204, {
        ...(req.headers.origin ? { 'Access-Control-Allow-Origin': req.headers.origin, Vary: 'Origin' } : {}),
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      });
      return res.end();
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY ? refuse(req, res, 413, 'it is larger than 50 MB.') : handle(req, res, Buffer.concat(chunks))));
  };
}
