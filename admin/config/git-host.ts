/**
 * Which Git host the editor logs in to and saves to, chosen by environment variables where the
 * site is built, so a school sets up GitLab, Gitea, Forgejo or GitHub without editing code; and,
 * under `npm start`, the local Git backend.
 */

/** The environment variables that choose and set up the Git host. */
export interface CmsEnvironment {
  /** `gitlab`, `github`, `gitea` or `forgejo`. Unset: the local Git backend only (`npm start`). */
  CMS_BACKEND?: string;
  /** The repository, `owner/name` (GitLab: the project path, such as `school/website`). */
  CMS_REPO?: string;
  /** The branch the site is built from. Default `main`. */
  CMS_BRANCH?: string;
  /** GitLab, Gitea, Forgejo: the OAuth application's ID (client ID), from the host's settings. */
  CMS_APP_ID?: string;
  /** GitLab, Gitea, Forgejo: the host's address (default https://gitlab.com). GitHub: the OAuth provider's address. */
  CMS_BASE_URL?: string;
  /** The host's API address, when it is not the usual one for the host. */
  CMS_API_ROOT?: string;
  /** GitHub: the OAuth provider's login path (default `auth`). */
  CMS_AUTH_ENDPOINT?: string;
  /** GitHub: the `site_id` sent to the OAuth provider (default: the site's host name). */
  CMS_SITE_DOMAIN?: string;
  /** `simple` to publish straight away instead of draft → in review → ready → published. */
  CMS_PUBLISH_MODE?: string;
  /** Set by `npm start`: the local Git backend's address (decap-server). */
  CMS_LOCAL_BACKEND?: string;
  /** Set by `npm start`: the branch checked out locally, which local edits are committed to. */
  CMS_LOCAL_BRANCH?: string;
}

export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

/** The backend part of the configuration, or the reasons it cannot be built. */
export interface CmsBackend {
  /** False when no Git host is set up and there is no local backend: the admin page says so. */
  configured: boolean;
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  publish_mode: 'editorial_workflow' | 'simple';
  /** Origins the admin page talks to (for its Content-Security-Policy). */
  connect: string[];
  /** Origins of avatars and pictures the Git host serves. */
  images: string[];
  /** What is wrong with the environment, in words for whoever sets up the hosting. */
  problems: string[];
}

function origin(url: string): string {
  return new URL(url).origin;
}

function httpsAddress(value: string | undefined, variable: string, problems: string[]): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname))
      problems.push(`${variable} must start with https:// (it is "${value}").`);
    return value.replace(/\/+$/, '');
  } catch {
    problems.push(`${variable} is not a web address (it is "${value}"); write it like https://gitlab.example.org`);
    return undefined;
  }
}

/**
 * The Git host from the environment. `dev` is true under `astro dev`, where the local Git backend
 * (decap-server, started by `npm start`) is always offered on this computer.
 */
export function cmsBackend(env: CmsEnvironment, dev: boolean): CmsBackend {
  const problems: string[] = [];
  const name = (env.CMS_BACKEND ?? '').trim().toLowerCase();
  const branch = env.CMS_BRANCH?.trim() || 'main';
  const localUrl = env.CMS_LOCAL_BACKEND?.trim() || (dev ? DEFAULT_LOCAL_BACKEND : '');
  const local = localUrl ? { url: localUrl } : undefined;
  const localBranch = env.CMS_LOCAL_BRANCH?.trim() || branch;
  let publish: CmsBackend['publish_mode'] = env.CMS_PUBLISH_MODE?.trim() === 'simple' ? 'simple' : 'editorial_workflow';
  const connect: string[] = local ? [origin(local.url)] : [];
  const images: string[] = [];
  let backend: Record<string, unknown>;

  const repo = env.CMS_REPO?.trim();
  const needRepo = () => {
    if (!repo) problems.push(`CMS_BACKEND is ${name}, so CMS_REPO must name the repository, such as school/website.`);
    else if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) problems.push(`CMS_REPO "${repo}" is not a repository name: write it as owner/name, such as school/website.`);
  };
  const needAppId = () => {
    if (!env.CMS_APP_ID?.trim())
      problems.push(
        `CMS_BACKEND is ${name}, so CMS_APP_ID must be the OAuth application's ID from ${name === 'gitlab' ? 'GitLab' : name === 'gitea' ? 'Gitea' : 'Forgejo'} (see “Connecting the school’s Git host” in docs/setting-up.md).`,
      );
  };

  switch (name) {
    case '':
    case 'local':
      backend = { name: 'proxy', proxy_url: localUrl || DEFAULT_LOCAL_BACKEND, branch: localBranch };
      return { configured: Boolean(local), backend, local_backend: local, publish_mode: publish, connect, images, problems };
    case 'gitlab': {
      needRepo();
      needAppId();
      const base = httpsAddress(env.CMS_BASE_URL, 'CMS_BASE_URL', problems) ?? 'https://gitlab.com';
      const api = httpsAddress(env.CMS_API_ROOT, 'CMS_API_ROOT', problems) ?? `${base}/api/v4`;
      backend = { name, repo, branch, auth_type: 'pkce', app_id: env.CMS_APP_ID?.trim(), base_url: base, auth_endpoint: 'oauth/authorize', api_root: api };
      connect.push(origin(base), origin(api));
      images.push(origin(base), 'https://secure.gravatar.com');
      break;
    }
    case 'gitea':
    case 'forgejo': {
      needRepo();
      needAppId();
      const base = httpsAddress(env.CMS_BASE_URL, 'CMS_BASE_URL', problems);
      if (!base)
        problems.push(
          `CMS_BACKEND is ${name}, so CMS_BASE_URL must be the address of your ${name === 'gitea' ? 'Gitea' : 'Forgejo'} server, such as https://git.example.org`,
        );
      const api = httpsAddress(env.CMS_API_ROOT, 'CMS_API_ROOT', problems) ?? (base ? `${base}/api/v1` : undefined);
      backend = {
        name,
        repo,
        branch,
        app_id: env.CMS_APP_ID?.trim(),
        api_root: api,
        ...(name === 'gitea' ? { base_url: base, auth_endpoint: `${base}/login/oauth/authorize` } : {}),
      };
      // Decap's Gitea backend has no editorial workflow (its Forgejo backend has one).
      if (name === 'gitea') publish = 'simple';
      if (base) connect.push(origin(base));
      if (api) connect.push(origin(api));
      if (base) images.push(origin(base));
      images.push('https://secure.gravatar.com');
      break;
    }
    case 'github': {
      needRepo();
      const base = httpsAddress(env.CMS_BASE_URL, 'CMS_BASE_URL', problems);
      if (!base)
        problems.push(
          'CMS_BACKEND is github, so CMS_BASE_URL must be the address of your OAuth provider (the small service that logs editors in with GitHub), such as https://cms-auth.example.org',
        );
      const api = httpsAddress(env.CMS_API_ROOT, 'CMS_API_ROOT', problems) ?? 'https://api.github.com';
      backend = {
        name,
        repo,
        branch,
        base_url: base,
        auth_endpoint: env.CMS_AUTH_ENDPOINT?.trim() || 'auth',
        api_root: api,
        ...(env.CMS_SITE_DOMAIN?.trim() ? { site_domain: env.CMS_SITE_DOMAIN.trim() } : {}),
      };
      // githubstatus.com: the CMS warns editors when GitHub itself is having problems.
      connect.push(origin(api), 'https://www.githubstatus.com');
      images.push('https://avatars.githubusercontent.com');
      break;
    }
    default:
      problems.push(
        `CMS_BACKEND "${env.CMS_BACKEND}" is not one this site supports: use gitlab, github, gitea or forgejo (or leave it unset for local editing only).`,
      );
      backend = { name: 'proxy', proxy_url: DEFAULT_LOCAL_BACKEND, branch };
  }
  return {
    configured: problems.length === 0,
    backend,
    local_backend: local,
    publish_mode: publish,
    connect: [...new Set(connect)],
    images: [...new Set(images)],
    problems,
  };
}
