/**
 * The browser half of SearchPage.astro: the `<school-search>` element, which runs the page's GET
 * form in place with Pagefind, keeps the search in the address bar, pages the results and offers a
 * corrected spelling. Imported by the component's `<script>` so Astro bundles it as a module file:
 * the Content-Security-Policy allows no inline script.
 */
import { SEARCH_FILTERS, foundAsTyped, suggestSpelling } from '../lib/domain/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  mergeIndex(path: string): Promise<void>;
  debouncedSearch(q: string | null, o?: { filters?: Record<string, string> }, ms?: number): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;
const BUNDLE = '/pagefind/pagefind.js';
/** Wide screens show the filters unfolded: the width from which the header shows its whole menu. */
const WIDE = window.matchMedia('(min-width: 48rem)');

class SchoolSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #vocabulary: Promise<string[]> | undefined;
  #results: PagefindSearch['results'] = [];
  #shown = 0;
  #run = 0;
  /** Whether the current history entry is a search still being typed. */
  #typing = false;
  /** The archive index being merged, once asked for: every search after that waits for it. */
  #merged: Promise<void> | undefined;
  #words: Record<string, string> = {};

  connectedCallback() {
    this.#words = JSON.parse(this.dataset.words ?? '{}');
    const form = this.querySelector('form')!;
    this.#part('fallback').hidden = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search('push');
    });
    form.querySelector('input')!.addEventListener('input', () => this.#search('replace', true));
    for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => this.#search('push'));
    this.#archiveBox()?.addEventListener('change', () => this.#search('push'));
    this.#part('clear')?.addEventListener('click', (event) => {
      event.preventDefault();
      for (const select of form.querySelectorAll('select')) select.value = '';
      this.#search('push');
    });
    this.#part('more').addEventListener('click', () => this.#showMore());
    this.#part('suggestion-link').addEventListener('click', (event) => {
      event.preventDefault();
      form.querySelector('input')!.value = (event.currentTarget as HTMLAnchorElement).textContent ?? '';
      this.#search('push');
    });
    window.addEventListener('popstate', () => {
      this.#typing = false;
      this.#fromAddress();
    });
    this.#fromAddress();
  }

  #archiveBox(): HTMLInputElement | null {
    return this.querySelector('#search-archive');
  }

  /** Older pages are wanted when the box is ticked, or a school year from the archive is chosen. */
  #wantsArchive(filters: Record<string, string>): boolean {
    const years: string[] = JSON.parse(this.dataset.archiveYears ?? '[]');
    return Boolean(this.#archiveBox()?.checked) || (filters.year !== undefined && years.includes(filters.year));
  }

  #part<E extends HTMLElement = HTMLElement>(name: string): E {
    return this.querySelector(`[data-search-${name}]`) as E;
  }

  /** Fills the form from the address bar and searches: on arrival, and on Back and Forward. */
  #fromAddress() {
    const params = new URLSearchParams(location.search);
    const form = this.querySelector('form')!;
    form.querySelector('input')!.value = params.get('q') ?? '';
    for (const select of form.querySelectorAll('select')) {
      const wanted = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
    const box = this.#archiveBox();
    if (box) box.checked = params.get('archive') === '1';
    // Folded away on a phone so the results come first, but never hiding a filter that is in use.
    const folded = this.querySelector<HTMLDetailsElement>('[data-search-filters]');
    if (folded && (WIDE.matches || [...form.querySelectorAll('select')].some((s) => s.value))) folded.open = true;
    this.#search(null);
  }

  #query() {
    const form = this.querySelector('form')!;
    const q = form.querySelector('input')!.value.trim();
    const filters: Record<string, string> = {};
    for (const select of form.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
    return { q, filters };
  }

  /**
   * Puts the search in the address bar. Typing keeps rewriting one history entry, so Back goes
   * to the previous finished search rather than through every letter typed.
   */
  #remember(q: string, filters: Record<string, string>, how: 'push' | 'replace') {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const name of SEARCH_FILTERS) if (filters[name]) params.set(name, filters[name]);
    if (this.#archiveBox()?.checked) params.set('archive', '1');
    const search = params.toString();
    const address = `${location.pathname}${search ? `?${search}` : ''}`;
    const replace = how === 'replace' ? this.#typing : this.#typing || address === `${location.pathname}${location.search}`;
    window.history[replace ? 'replaceState' : 'pushState'](null, '', address);
    this.#typing = how === 'replace';
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ BUNDLE).then(async (pagefind: Pagefind) => {
      // No worker: one file less to download on a phone, and searching a few hundred kilobytes of index is quick.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search(history: 'push' | 'replace' | null, typing = false) {
    const { q, filters } = this.#query();
    if (history) this.#remember(q, filters, history);
    const run = ++this.#run;
    const status = this.#part('status');
    this.#part('suggestion').hidden = true;
    this.#part('help').hidden = true;
    if (!q && Object.keys(filters).length === 0) {
      this.#render([], run);
      status.textContent = this.#words.empty ?? '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#load();
    } catch {
      this.#unavailable();
      return;
    }
    if (this.#wantsArchive(filters)) {
      // Two searches can start while the archive loads (ticking the box, then typing): both wait
      // for the one merge, or the second would search without the archive and win.
      this.#merged ??= pagefind.mergeIndex('/pagefind-archive/');
      await this.#merged;
    } else if (this.#merged) {
      // Pagefind cannot un-merge an index: start again from the address.
      location.reload();
      return;
    }
    const found = typing ? await pagefind.debouncedSearch(q || null, { filters }) : await pagefind.search(q || null, { filters });
    if (!found || run !== this.#run) return;
    await this.#render(found.results, run);
    if (run !== this.#run) return;
    const n = found.results.length;
    const words = this.#words;
    const label = q || Object.values(filters).join(', ');
    status.textContent = (n === 0 ? words.none : n === 1 ? words.one : words.many)!.replace('{n}', String(n)).replace('{q}', label);
    if (n === 0) this.#part('help').hidden = false;
    const excerpts = [...this.#part('results').querySelectorAll('.search-result__excerpt')].map((e) => e.innerHTML);
    if (q && !foundAsTyped(q, excerpts)) this.#suggest(pagefind, q, filters, run);
  }

  /** Offers a corrected spelling when the words were not found as typed, if the correction finds pages. */
  async #suggest(pagefind: Pagefind, q: string, filters: Record<string, string>, run: number) {
    const words = this.dataset.vocabulary;
    if (!words) return;
    this.#vocabulary ??= fetch(words).then(
      (r) => (r.ok ? r.json() : []),
      () => [],
    );
    const better = suggestSpelling(q, await this.#vocabulary);
    if (!better || run !== this.#run) return;
    if ((await pagefind.search(better, { filters })).results.length === 0 || run !== this.#run) return;
    const link = this.#part<HTMLAnchorElement>('suggestion-link');
    link.textContent = better;
    link.href = `${location.pathname}?q=${encodeURIComponent(better)}`;
    this.#part('suggestion').hidden = false;
  }

  async #render(results: PagefindSearch['results'], run: number) {
    this.#results = results;
    this.#shown = 0;
    this.#part('results').replaceChildren();
    await this.#showMore(run);
  }

  async #showMore(run = this.#run) {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const list = this.#part('results');
    const first = list.children.length;
    list.append(...data.map((d) => this.#result(d)));
    this.#shown += next.length;
    this.#part('more').hidden = this.#shown >= this.#results.length;
    // After "Show more", move on to the first new result rather than leaving focus on a vanished button.
    if (first > 0 && data.length) (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
  }

  #result(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = [data.meta.type, data.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // Pagefind escapes the page text and adds only <mark> around the words found.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, meta, excerpt);
    const sections = data.sub_results.filter((s) => s.url.includes('#') && s.title !== data.meta.title).slice(0, 3);
    if (sections.length) {
      const list = document.createElement('ul');
      list.className = 'search-result__sections';
      for (const s of sections) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.textContent = s.title;
        li.append(a);
        list.append(li);
      }
      item.append(list);
    }
    return item;
  }

  #unavailable() {
    const fallback = this.#part('fallback');
    this.#part('fallback-reason').textContent = this.#words.unavailable ?? '';
    fallback.hidden = false;
    this.#part('status').textContent = '';
  }
}

customElements.define('school-search', SchoolSearch);
