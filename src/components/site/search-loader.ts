/**
 * Owns the way into the site search: the search buttons, Ctrl+K / ⌘K and "/".
 *
 * Pages ship only this small module. The search dialog (`search-dialog.ts`, ≈ 3 KB gz) is
 * fetched when a person reaches for search: focus or click on a search button, or a shortcut;
 * the Pagefind engine and index only once the dialog opens.
 */
import type { SearchDialog } from './search-dialog.ts';
import searchDialogUrl from 'lazy-module-url:./search-dialog.ts';

const loadFailureMessage = 'Search could not load. Check your connection and try again.';

let dialogPromise: Promise<SearchDialog> | undefined;
/** Bumped after a failed load, so that the next try fetches the script again: a browser may keep a failed module under its URL. */
let loadAttempt = 0;
/** The button that gets focus back when the search closes. */
let returnFocusTo: HTMLElement | null = null;

async function createDialog(): Promise<SearchDialog> {
  const url = loadAttempt > 0 ? `${searchDialogUrl}?attempt=${loadAttempt}` : searchDialogUrl;
  const { createSearchDialog } = (await import(/* @vite-ignore */ url)) as typeof import('./search-dialog.ts');
  const dialog = createSearchDialog();
  // The dialog gives focus back to what had it before, which is not a search button after Ctrl+K.
  dialog.onClose(() => returnFocusTo?.focus());
  return dialog;
}

/** Starts loading the search dialog once; later calls share the same promise. A failed load may be retried. */
function loadSearch(): Promise<SearchDialog> {
  dialogPromise ??= createDialog().catch((error: unknown) => {
    dialogPromise = undefined;
    loadAttempt += 1;
    throw error;
  });
  return dialogPromise;
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
    const dialog = await loadSearch();
    setStatus(opener, '');
    dialog.open();
  } catch {
    setStatus(opener, loadFailureMessage);
  }
}

async function toggleSearch(opener: HTMLElement) {
  const dialog = await dialogPromise?.catch(() => undefined);
  if (dialog?.isOpen) dialog.close();
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
      // Inside the open search, "/" belongs to the dialog (it jumps back to the input).
      if (document.querySelector('dialog[data-search-dialog][open]')) return;
      event.preventDefault();
      void openSearch(opener);
    }
  });
}
