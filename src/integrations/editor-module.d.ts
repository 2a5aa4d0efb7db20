/** The module the page /admin/ starts the editor with (made by ./editor-bundle.ts). */
declare module 'virtual:school/editor' {
  /** Loads the editor's code and starts it. */
  export function startEditor(): Promise<unknown>;
}
