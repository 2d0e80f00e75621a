/**
 * Parts of the checker that are fetched when they are first needed rather than with the page:
 * the `mrz` package is most of the checker's weight, and only people who type a machine-readable
 * zone need it.
 */
import type * as MrzModule from '../../checkers/data-match/mrz.ts';

/** `load`, started at most once; a failed load (the network dropped) is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The MRZ reader (`readMrz`), fetched on the first edit of the MRZ field. */
export const loadMrzReader: () => Promise<typeof MrzModule> = once(() => import('../../checkers/data-match/mrz.ts'));
