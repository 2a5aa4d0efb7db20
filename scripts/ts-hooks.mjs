// Lets Node run the project's TypeScript directly (Node 24 strips types itself): relative
// imports written without an extension, as Vite allows, are resolved to their .ts file, and the
// project's alias `@/` (tsconfig.json) to src/.
import { registerHooks } from 'node:module';

const SRC = new URL('../src/', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const wanted = specifier.startsWith('@/') ? SRC + specifier.slice(2) : specifier;
    try {
      return nextResolve(wanted, context);
    } catch (error) {
      if (!/^(\.{1,2}\/|file:)/.test(wanted) || /\.[cm]?[jt]s$/.test(wanted)) throw error;
      return nextResolve(`${wanted}.ts`, context);
    }
  },
});
