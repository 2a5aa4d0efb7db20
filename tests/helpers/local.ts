/** For tests that run Git and servers on this computer: a free port on loopback (the one npm start uses), and Git in a folder. */
import { spawnSync } from 'node:child_process';

export { freePort } from '../../admin/local/ports.mjs';

/** Runs Git in a folder and returns what it printed, trimmed; throws with Git's message when it fails. */
export function gitIn(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
