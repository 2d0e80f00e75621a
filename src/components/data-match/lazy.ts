/**
 * Parts of the checker that are fetched when they are first needed rather than with the page, so
 * that the page's first load carries React and the form only:
 * - the rules (`rules.ts`), on the first interaction with the form or the host page's first message;
 * - the MRZ reader, the `mrz` package and most of the checker's weight, when an MRZ is typed;
 * - country names and nationalities in other languages, when a country field reads as no country in English.
 */
import { useCallback, useRef, useState } from 'react';
import type * as ForeignNamesModule from '../../checkers/data-match/foreign-names.ts';
import type * as MrzModule from '../../checkers/data-match/mrz.ts';
import type * as RulesModule from './rules.ts';
import type { FormValues } from './form.ts';
// By URL, not `import()`: Vite's preload helper (880 bytes gzip) would ship with the page for them.
import rulesUrl from 'lazy-module-url:./rules.ts';
import mrzReaderUrl from 'lazy-module-url:../../checkers/data-match/mrz.ts';
import foreignNamesUrl from 'lazy-module-url:../../checkers/data-match/foreign-names.ts';

export type Rules = typeof RulesModule;

/** `load`, started at most once; a failed load (the network dropped) is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The checker's rules. Callers waiting on them are served in the order they asked. */
export const loadRules: () => Promise<Rules> = once(() => import(/* @vite-ignore */ rulesUrl));

/** The MRZ reader (`readMrz`). */
export const loadMrzReader: () => Promise<typeof MrzModule> = once(() => import(/* @vite-ignore */ mrzReaderUrl));

/** Nationalities in other languages, by `nameKey` (see foreign-names.ts). */
export const loadForeignNames: () => Promise<ReadonlyMap<string, string>> = once(() =>
  import(/* @vite-ignore */ foreignNamesUrl).then((module: typeof ForeignNamesModule) => module.foreignCountryNames),
);

/** Whether a country field of the form reads as no country in English, so other languages may help. */
export function needsForeignNames({ readCountry }: Rules, { account, document }: FormValues): boolean {
  return [account.nationality, account.countryOfResidence, document.issuingCountry, document.nationality].some(
    (text) => readCountry(text).kind === 'unknown',
  );
}

export interface RulesState {
  /** The rules, once loaded. */
  rules: Rules | undefined;
  /** The last attempt to load them failed; `request` tries again. */
  failed: boolean;
  /** Starts loading the rules, unless they are loaded or on their way. */
  request: () => void;
}

/** The rules for a component: nothing until `request` is first called. */
export function useRules(): RulesState {
  const [rules, setRules] = useState<Rules>();
  const [failed, setFailed] = useState(false);
  const requested = useRef(false);
  const request = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    setFailed(false);
    loadRules().then(setRules, () => {
      requested.current = false;
      setFailed(true);
    });
  }, []);
  return { rules, failed, request };
}
