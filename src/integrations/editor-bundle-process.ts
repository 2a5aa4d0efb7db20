/**
 * Bundles the editor, or takes it from the build cache, in a process of its own
 * (`prepareEditorApart` in editor-bundle.ts starts it): the project's folder, the build cache's
 * and the assets folder's name are its arguments; the last line it writes is what it prepared, as
 * JSON. A problem is written to its error output, and it ends with 1.
 */
import { prepareEditor } from './editor-bundle';

const [root, cacheDir, assets] = process.argv.slice(2);
try {
  const editor = await prepareEditor(root!, cacheDir!, { assets });
  process.stdout.write(`\n${JSON.stringify(editor)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
