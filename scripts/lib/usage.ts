/** A command's help: the comment that opens its file, so the help and the code's own description cannot drift apart. */
import { readFileSync } from 'node:fs';

/** The opening `/** … *\/` comment of the module at `moduleUrl` (its `import.meta.url`), without the comment marks. */
export function usage(moduleUrl: string): string {
  return readFileSync(new URL(moduleUrl), 'utf8')
    .split('*/')[0]!
    .replace(/^\/\*\*|^ \* ?/gm, '');
}
