/**
 * What the widget fetches on the first interaction with the form, or with the host page's first
 * message (see `lazy.ts`): the checker's rules, and the "Read as …" lines built on them.
 */
export { checkDataMatch, parseDate, readCountry } from '../../checkers/data-match/index.ts';
export { describeCountry, describeDate } from './readings.ts';
