/**
 * Owns the site search: Pagefind's Component UI (`<pagefind-modal>`), loaded on first use only.
 *
 * Pages ship only this small module. The Component UI's script and stylesheet (~47 KB gz) are
 * fetched when a person reaches for search: focus or click on a search button, Ctrl+K / ⌘K, or "/".
 */

/** The part of Pagefind's `<pagefind-modal>` element this module relies on. */
interface PagefindModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

/** Where Starlight's Pagefind integration writes the search bundle. */
const bundlePath = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

const loadFailureMessage = 'Search could not load. Check your connection and try again.';

let modalPromise: Promise<PagefindModalElement> | undefined;
/** The button that gets focus back when the search closes. */
let returnFocusTo: HTMLElement | null = null;

function loadAsset(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener(
      'error',
      () => {
        element.remove();
        reject(new Error(`search: could not load ${bundlePath}`));
      },
      { once: true },
    );
    document.head.append(element);
  });
}

async function createModal(): Promise<PagefindModalElement> {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = `${bundlePath}pagefind-component-ui.css`;
  const script = document.createElement('script');
  // Pagefind looks for its index next to the script it was loaded from.
  script.src = `${bundlePath}pagefind-component-ui.js`;
  await Promise.all([loadAsset(stylesheet), loadAsset(script)]);

  const modal = document.createElement('pagefind-modal') as PagefindModalElement;
  document.body.append(modal);
  // Pagefind returns focus only to its own trigger element; ours are plain buttons.
  modal.querySelector('dialog')?.addEventListener('close', () => returnFocusTo?.focus());
  return modal;
}

/** Starts loading the search UI once; later calls share the same promise. A failed load may be retried. */
function loadSearch(): Promise<PagefindModalElement> {
  modalPromise ??= createModal().catch((error: unknown) => {
    modalPromise = undefined;
    throw error;
  });
  return modalPromise;
}

/** Each search button sits in a `[data-search]` wrapper with a `[data-search-status]` live region. */
function setStatus(opener: HTMLElement, message: string) {
  const status = opener.closest('[data-search]')?.querySelector('[data-search-status]');
  if (status) status.textContent = message;
}

/** Opens the search; when it closes, focus goes back to `opener`. */
async function openSearch(opener: HTMLElement): Promise<void> {
  returnFocusTo = opener;
  try {
    const modal = await loadSearch();
    setStatus(opener, '');
    if (!modal.isOpen) modal.open();
  } catch {
    setStatus(opener, loadFailureMessage);
  }
}

async function toggleSearch(opener: HTMLElement) {
  const modal = await modalPromise?.catch(() => undefined);
  if (modal?.isOpen) modal.close();
  else await openSearch(opener);
}

const isApple = /Mac|iPhone|iPod|iPad/i.test(navigator.platform);

/** Wires a search button: focus starts the download, a click opens the search. */
export function bindSearchOpener(opener: HTMLElement): void {
  opener.addEventListener('focus', () => void loadSearch().catch(() => undefined), { once: true });
  opener.addEventListener('click', () => void openSearch(opener));
  opener.setAttribute('aria-keyshortcuts', isApple ? 'Meta+K /' : 'Control+K /');
  const modifierKey = opener.querySelector('[data-search-modifier-key]');
  if (modifierKey && isApple) modifierKey.textContent = '⌘';
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

let shortcutsInstalled = false;

/**
 * Ctrl+K / ⌘K toggles the search anywhere; "/" opens it when the person is not typing.
 * Both return focus to `opener` (the header's search button) on close.
 */
export function installSearchShortcuts(opener: HTMLElement): void {
  if (shortcutsInstalled) return;
  shortcutsInstalled = true;
  document.addEventListener('keydown', (event) => {
    if (event.altKey) return;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      void toggleSearch(opener);
    } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !isTypingTarget(event.target)) {
      // Shift may be down: some keyboard layouts need it for "/".
      // Inside the open search, "/" belongs to Pagefind (it jumps back to the input).
      if (document.querySelector('pagefind-modal dialog[open]')) return;
      event.preventDefault();
      void openSearch(opener);
    }
  });
}
