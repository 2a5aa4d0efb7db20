/**
 * Keeps the editor from starting inside another site's page. Hosts that ignore the _headers file
 * (GitHub Pages, GitLab Pages) send no frame-ancestors or X-Frame-Options, and a <meta> policy
 * cannot forbid framing, so another site could show /admin/ in a frame and lure a logged-in
 * editor into clicking in it (clickjacking). This runs before the editor's code is even loaded:
 * framed by another site, the page says why instead.
 */

/** Whether this page is inside a frame of another site's page (this site's own frames may show the editor). */
export function framedByAnotherSite(): boolean {
  if (window.top === window.self) return false;
  try {
    // Reading another site's location throws.
    return window.top?.location.origin !== window.location.origin;
  } catch {
    return true;
  }
}

/** Shows the page's explanation (its `#cms-framed` template) where the editor would have been. */
export function refuseFrame(): void {
  const root = document.getElementById('nc-root');
  const message = document.getElementById('cms-framed');
  if (root && message instanceof HTMLTemplateElement) root.replaceChildren(message.content.cloneNode(true));
}
