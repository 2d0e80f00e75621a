/**
 * The search dialog, on Pagefind's own search API (`/pagefind/pagefind.js`). `search-loader.ts`
 * imports this module on first use; the Pagefind engine (its script, web worker, WebAssembly and
 * index) is fetched only once the dialog opens.
 *
 * A results page loads the fragments (title and text) of `PAGE_SIZE` pages only: each one is a
 * separate download. The keyboard works like a listbox: ↑/↓ move through the input, every result
 * link and "Show more results"; Enter opens; Escape closes, and focus goes back to the button
 * that opened the search.
 */
import { pageResult, resultsSummary, type PagefindFragment, type SearchHit, type TextRun } from './search-results.ts';

/** The part of Pagefind's browser API this module uses. */
interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  /** Starts fetching the index metadata, the WebAssembly and the worker. */
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
  destroy(): Promise<void>;
}

/** Results shown at once; each one is a fragment download (≈ 4 KB). */
const PAGE_SIZE = 5;
/**
 * Typing pauses this long before a search runs. Each search of a prefix ("pa", "pas", …) downloads
 * an index chunk (≈ 25 KB at 5,000 pages) and its own fragments, so a short pause costs bytes.
 */
const DEBOUNCE_MS = 400;
/** One or two letters match too many words to be worth a download unless the person stops there. */
const SHORT_QUERY_LENGTH = 3;
const SHORT_QUERY_DEBOUNCE_MS = 1000;
/** Words of context around the hits. */
const EXCERPT_WORDS = 24;

const TEXT = {
  dialog: 'Search',
  label: 'Search the help',
  placeholder: 'Search the help',
  close: 'Close',
  more: 'Show more results',
  keys: '↑ ↓ to move, Enter to open, Esc to close',
  failed: 'Search could not load. Check your connection and try again.',
};

const bundlePath = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let engine: Promise<PagefindApi> | undefined;
/** Bumped after a failed load, so that the next try fetches the script again instead of reusing the failure. */
let loadAttempt = 0;

function loadEngine(): Promise<PagefindApi> {
  engine ??= (async () => {
    const url = `${bundlePath}pagefind.js${loadAttempt > 0 ? `?attempt=${loadAttempt}` : ''}`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ excerptLength: EXCERPT_WORDS });
    await pagefind.init();
    return pagefind;
  })();
  return engine;
}

/** After a failure, the next search starts Pagefind afresh (it keeps a failed start otherwise). */
async function resetEngine(): Promise<void> {
  const failed = engine;
  engine = undefined;
  loadAttempt += 1;
  await failed?.then((pagefind) => pagefind.destroy()).catch(() => undefined);
}

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function excerpt(runs: readonly TextRun[]): HTMLParagraphElement {
  return element(
    'p',
    { class: 'kyc-search-excerpt' },
    runs.map((run) => (run.hit ? element('mark', {}, [run.text]) : run.text)),
  );
}

function hit(result: SearchHit, kind: 'page' | 'heading'): HTMLElement {
  const link = element('a', { href: result.url, [`data-search-${kind}`]: '' }, [result.title]);
  return element('div', { class: `kyc-search-hit kyc-search-hit-${kind}` }, [link, excerpt(result.excerpt)]);
}

function resultItem(fragment: PagefindFragment): HTMLLIElement {
  const result = pageResult(fragment);
  const item = element('li', { class: 'kyc-search-result' }, [hit(result, 'page')]);
  if (result.headings.length > 0) {
    item.append(
      element(
        'ul',
        { class: 'kyc-search-headings' },
        result.headings.map((heading) => element('li', {}, [hit(heading, 'heading')])),
      ),
    );
  }
  return item;
}

export interface SearchDialog {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  /** Called whenever the dialog closes (Escape, the close button, a click outside, a result opened). */
  onClose(listener: () => void): void;
}

export function createSearchDialog(): SearchDialog {
  const input = element('input', {
    type: 'search',
    id: 'kyc-search-input',
    class: 'kyc-search-input',
    placeholder: TEXT.placeholder,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-describedby': 'kyc-search-keys',
    'data-search-input': '',
  });
  const closeButton = element('button', { type: 'button', class: 'kyc-search-close' }, [TEXT.close]);
  const form = element('form', { class: 'kyc-search-form', role: 'search' }, [
    element('label', { for: 'kyc-search-input', class: 'sr-only' }, [TEXT.label]),
    input,
    closeButton,
  ]);
  const summary = element('p', { class: 'kyc-search-summary', role: 'status', 'data-search-summary': '' });
  const list = element('ol', { class: 'kyc-search-results', 'aria-label': 'Results', 'data-search-results': '' });
  const more = element('button', { type: 'button', class: 'kyc-search-more', hidden: '' }, [TEXT.more]);
  const keys = element('p', { id: 'kyc-search-keys', class: 'kyc-search-keys' }, [TEXT.keys]);
  const dialog = element('dialog', { class: 'kyc-search-dialog', 'aria-label': TEXT.dialog, 'data-search-dialog': '' }, [
    element('div', { class: 'kyc-search-panel' }, [form, summary, list, more, keys]),
  ]);
  document.body.append(dialog);

  /** Results of the last search not shown yet. */
  let pending: { data(): Promise<PagefindFragment> }[] = [];
  let searchId = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  /** The query the list shows results for. */
  let shownQuery = '';

  async function showNext(id: number): Promise<HTMLAnchorElement | null> {
    const batch = pending.splice(0, PAGE_SIZE);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return null;
    const items = fragments.map(resultItem);
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? null;
  }

  async function search(query: string): Promise<void> {
    clearTimeout(debounce);
    const id = ++searchId;
    const term = query.trim();
    if (term === '') {
      pending = [];
      shownQuery = '';
      list.replaceChildren();
      list.removeAttribute('data-query');
      summary.textContent = '';
      more.hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const found = await (await loadEngine()).search(term);
      if (id !== searchId || !found) return;
      pending = [...found.results];
      const total = pending.length;
      const firstPage = pending.splice(0, PAGE_SIZE);
      const fragments = await Promise.all(firstPage.map((result) => result.data()));
      if (id !== searchId) return;
      list.replaceChildren(...fragments.map(resultItem));
      more.hidden = pending.length === 0;
      shownQuery = term;
      list.setAttribute('data-query', term);
      summary.textContent = resultsSummary(total, term);
    } catch {
      if (id !== searchId) return;
      await resetEngine();
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = TEXT.failed;
    } finally {
      if (id === searchId) list.removeAttribute('aria-busy');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(debounce);
    if (input.value.trim() === '') {
      void search('');
      return;
    }
    const pause = input.value.trim().length < SHORT_QUERY_LENGTH ? SHORT_QUERY_DEBOUNCE_MS : DEBOUNCE_MS;
    debounce = setTimeout(() => void search(input.value), pause);
  });

  // Enter in the field: open the first result if it answers what is typed, else search at once.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (first && shownQuery === input.value.trim()) first.click();
    else void search(input.value);
  });

  let loadingMore = false;
  more.addEventListener('click', () => {
    if (loadingMore) return;
    loadingMore = true;
    const id = searchId;
    showNext(id)
      .then((firstNew) => firstNew?.focus())
      .catch(() => {
        if (id === searchId) summary.textContent = TEXT.failed;
      })
      .finally(() => (loadingMore = false));
  });

  closeButton.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes, as on any modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
    // A result opened here closes the search (it may be a heading of this very page); one opened in a new tab does not.
    else if (event.target instanceof Element && event.target.closest('a[href]') && !(event.ctrlKey || event.metaKey || event.shiftKey)) {
      dialog.close();
    }
  });

  /** Everything ↑/↓ move through, in order. */
  const stops = (): HTMLElement[] => [input, ...list.querySelectorAll<HTMLElement>('a[href]'), ...(more.hidden ? [] : [more])];

  dialog.addEventListener('keydown', (event) => {
    // Keys that compose a character (Chinese, Japanese…) belong to the input method.
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      // The search field would only clear itself; Escape closes the search at once.
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key === '/' && event.target !== input) {
      event.preventDefault();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const all = stops();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = all[Math.min(all.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (at === -1 || !next) return;
    event.preventDefault();
    next.focus();
  });

  return {
    open() {
      if (dialog.open) return;
      dialog.showModal();
      input.focus();
      input.select();
      // Starts Pagefind while the person types; a failure shows at the first search.
      void loadEngine().catch(() => undefined);
    },
    close() {
      dialog.close();
    },
    get isOpen() {
      return dialog.open;
    },
    onClose(listener) {
      dialog.addEventListener('close', listener);
    },
  };
}
