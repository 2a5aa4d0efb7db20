/**
 * The phone menu's behaviour with JavaScript: the button says whether the menu is open, the first
 * link takes the focus when it opens (so a keyboard or switch user is in the menu at once), and
 * Escape closes it and gives the focus back to the button. Nothing keeps the focus inside: Tab
 * goes on from the last link to the page. On a wide screen, where the button is hidden and the
 * menu always shown, none of this applies.
 */
for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-site-menu]')) {
  const button = menu.querySelector('summary')!;
  const folded = () => button.getClientRects().length > 0;
  const mirror = () => button.setAttribute('aria-expanded', String(menu.open));
  mirror();
  menu.addEventListener('toggle', () => {
    mirror();
    if (menu.open && folded()) menu.querySelector<HTMLElement>('nav a')?.focus();
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || !folded()) return;
    menu.open = false;
    button.focus();
  });
}
