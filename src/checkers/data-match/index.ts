/** The data-match checker: pure rules, no DOM. */
export { checkDataMatch, type DataMatchInput, type DataMatchResult } from './check.ts';
export { toResultMessage } from './result-message.ts';
export { dataMatchReasonIds, EXPIRING_SOON_DAYS, type DataMatchReasonId, type Finding, type FindingKind } from './findings.ts';
export { calendarDateOf, type CalendarDate } from './calendar-date.ts';
export { formatDate, parseDate, toIsoDate, type DateReading } from './dates.ts';
export { readCountry, sameCountry, type CountryReading } from './countries.ts';
// `readMrz` is imported from './mrz.ts' on its own: the widget loads it only when an MRZ is typed.
export type { MrzDocumentFields, MrzResult } from './mrz.ts';
export { ACCOUNT_FIELDS, DOCUMENT_FIELDS, FIELD_LABELS, FIELD_PAIRS, type FieldId } from './fields.ts';
export type { HighlightedText, TextRange } from './diff.ts';
