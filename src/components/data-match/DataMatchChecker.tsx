import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
// Values come from the small modules the form needs; the rules arrive through `useRules`.
import type { CalendarDate } from '../../checkers/data-match/calendar-date.ts';
import { ACCOUNT_FIELDS, FIELD_LABELS } from '../../checkers/data-match/fields.ts';
import type { DataMatchResult, FieldId, Finding, MrzResult } from '../../checkers/data-match/index.ts';
import type { DocumentType } from '../../protocol/messages.ts';
import { FieldInput } from './FieldInput.tsx';
import { EMPTY_FORM, isDocumentType, isFormEmpty, withMrzReading, type AccountValues, type DocumentValues, type FormValues } from './form.ts';
import { COLUMN_TITLES, DOCUMENT_TYPE_LABELS, INPUT_LABELS, SEVERITY_LABELS, TEXT, VERDICT_TEXT } from './labels.ts';
import { loadForeignNames, loadMrzReader, needsForeignNames, useRules, type Rules } from './lazy.ts';
import './data-match.css';

export interface DataMatchCheckerProps {
  form: FormValues;
  /** Called with a function of the latest form: MRZ readings arrive after later keystrokes. */
  onFormChange: (update: (form: FormValues) => FormValues) => void;
  onClear: () => void;
  /** The day to check age and expiry against. */
  today: CalendarDate;
  /** Reason id → article URL. */
  reasonLinks: Readonly<Record<string, string>>;
  /** In an iframe: links open a new tab. */
  embedded?: boolean;
  /** Called with each new result about the form as it stands (not about one it has left). */
  onResult?: (result: DataMatchResult) => void;
  /** `h1` when the widget is the whole page (the embed). */
  titleAs?: 'h1' | 'h2';
}

type DocumentTextField = Exclude<keyof DocumentValues, 'type'>;
const DOCUMENT_TEXT_FIELDS: readonly DocumentTextField[] = ['issuingCountry', 'givenNames', 'surname', 'dateOfBirth', 'nationality', 'expiryDate'];
const DATE_FIELDS = new Set<string>(['dateOfBirth', 'expiryDate']);
const COUNTRY_FIELDS = new Set<string>(['nationality', 'countryOfResidence', 'issuingCountry']);

/** Announcements wait for a pause in typing, so that screen readers are not flooded. */
const ANNOUNCE_DELAY_MS = 900;
/**
 * The notes under the field being typed in wait for a pause this long: a half-typed date is not
 * an error worth showing, and a note that vanishes on the next keystroke must never be where
 * Tab goes next (its link would take the focus with it).
 */
const SETTLE_DELAY_MS = 500;

function describe(rules: Rules | undefined, field: string, value: string, foreignNames: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!rules) return undefined;
  if (DATE_FIELDS.has(field)) return rules.describeDate(value);
  if (COUNTRY_FIELDS.has(field)) return rules.describeCountry(value, foreignNames);
  return undefined;
}

function summaryFor(result: DataMatchResult | undefined, empty: boolean): string {
  if (empty || !result) return '';
  const shown = result.findings.filter((finding) => finding.code !== 'field.missing');
  const count = (severity: Finding['severity']) => shown.filter((finding) => finding.severity === severity).length;
  const counts = [
    [count('error'), 'problem', 'problems'],
    [count('warning'), 'risky point', 'risky points'],
  ] as const;
  const parts = counts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const first = shown.filter((finding) => finding.severity !== 'info').slice(0, 3).map((finding) => `${INPUT_LABELS[finding.field]}: ${finding.message}`);
  return [VERDICT_TEXT[result.verdict], parts.join(', '), ...first].filter(Boolean).join(' ');
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** The data-match form with live findings. Holds no data of its own: the form is the parent's. */
export function DataMatchChecker({ form, onFormChange, onClear, today, reasonLinks, embedded = false, onResult, titleAs: Title = 'h2' }: DataMatchCheckerProps) {
  const idPrefix = useId().replace(/:/g, '');
  const firstInput = useRef<HTMLInputElement>(null);
  // Typing stays instant; the comparison follows at a lower priority. The day is deferred with the
  // form: a host's check sets both, and the old form must not be checked against the new day.
  const checked = useDeferredValue(form);
  const checkedToday = useDeferredValue(today);
  // The rules load on the first focus in the form, or as soon as the form is not the initial one
  // (the host page filled it, even with nothing); after a failed load, the next edit tries again.
  const { rules, failed, request: requestRules } = useRules();
  useEffect(() => {
    if (form !== EMPTY_FORM) requestRules();
  }, [form, requestRules]);
  // A country that reads as nothing in English fetches the other languages' nationalities; the
  // result waits for them, so that a host page is not sent a finding they would take back.
  const [foreignNames, setForeignNames] = useState<ReadonlyMap<string, string>>();
  const [foreignFailed, setForeignFailed] = useState(false);
  const awaitingForeign = !!rules && !foreignNames && !foreignFailed && needsForeignNames(rules, checked);
  useEffect(() => {
    if (awaitingForeign) loadForeignNames().then(setForeignNames, () => setForeignFailed(true));
  }, [awaitingForeign]);
  const result = useMemo(
    () =>
      awaitingForeign
        ? undefined
        : rules?.checkDataMatch({ account: checked.account, document: checked.document, mrz: checked.mrzReading, foreignNames, today: checkedToday }),
    [rules, checked, checkedToday, foreignNames, awaitingForeign],
  );
  // Only a result about the form as it now stands is reported: while the deferred form catches up,
  // a result about an earlier one (or the empty form the rules arrived on) would be taken back.
  const upToDate = checked === form && checkedToday === today;
  useEffect(() => {
    if (result && upToDate) onResult?.(result);
  }, [result, upToDate, onResult]);
  const empty = isFormEmpty(checked);
  const announcement = useDebounced(summaryFor(result, empty), ANNOUNCE_DELAY_MS);

  const byField = new Map<FieldId, Finding[]>();
  for (const finding of result?.findings ?? []) {
    if (finding.code === 'field.missing') continue;
    byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
  }
  const [focused, setFocused] = useState<FieldId | null>(null);
  const settled = useDebounced(form, SETTLE_DELAY_MS) === form;
  const findingsFor = (field: FieldId) => (!settled && field === focused ? [] : (byField.get(field) ?? []));
  const missing = result?.findings.filter((finding) => finding.code === 'field.missing') ?? [];
  const missingOn = (side: 'account' | 'document') =>
    missing.filter((finding) => finding.field.startsWith('document.') === (side === 'document')).map((finding) => FIELD_LABELS[finding.field]);

  const setAccount = (field: keyof AccountValues, value: string) => onFormChange((current) => ({ ...current, account: { ...current.account, [field]: value } }));
  const setDocument = (field: DocumentTextField, value: string) =>
    onFormChange((current) => ({ ...current, document: { ...current.document, [field]: value } }));
  const setType = (value: string) => {
    if (isDocumentType(value)) onFormChange((current) => ({ ...current, document: { ...current.document, type: value } }));
  };
  const setMrz = (text: string) => {
    onFormChange((current) => ({ ...current, mrz: text }));
    // The reading applies only while the zone still says what was read.
    const apply = (reading: MrzResult) => onFormChange((current) => (current.mrz === text ? withMrzReading(current, reading) : current));
    if (text.trim() === '') apply({ kind: 'empty' });
    // If the reader cannot be fetched (the connection dropped), the next edit tries again.
    else loadMrzReader().then(({ readMrz }) => apply(readMrz(text, today)), () => undefined);
  };
  const clear = () => {
    onClear();
    firstInput.current?.focus();
  };
  const common = { idPrefix, reasonLinks, embedded, onFocusChange: setFocused };

  return (
    <section className="dm" aria-labelledby={`${idPrefix}-title`} onFocus={requestRules}>
      <Title className="dm-title" id={`${idPrefix}-title`}>
        {TEXT.title}
      </Title>
      <p className="dm-privacy">{TEXT.privacy}</p>
      <div className={`dm-summary dm-summary--${empty || !result ? 'empty' : result.verdict}`}>
        {empty || !result ? (
          <p>{empty ? TEXT.empty : failed ? TEXT.loadFailed : TEXT.loading}</p>
        ) : (
          <>
            <p className="dm-verdict">
              <span className="dm-badge">{result.verdict === 'pass' ? 'OK' : SEVERITY_LABELS[result.verdict === 'fail' ? 'error' : 'warning']}</span>{' '}
              {VERDICT_TEXT[result.verdict]}
            </p>
            {missing.length > 0 && (
              <p className="dm-missing">
                {TEXT.stillEmpty}{' '}
                {[
                  missingOn('account').length > 0 && `${TEXT.accountSide}: ${missingOn('account').join(', ')}`,
                  missingOn('document').length > 0 && `${TEXT.documentSide}: ${missingOn('document').join(', ')}`,
                ]
                  .filter(Boolean)
                  .join('; ')}
                .
              </p>
            )}
          </>
        )}
        <button type="button" className="dm-clear" onClick={clear}>
          {TEXT.clear}
        </button>
      </div>
      <div className="dm-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <div className="dm-columns">
        <fieldset className="dm-column">
          <legend>{COLUMN_TITLES.account}</legend>
          {ACCOUNT_FIELDS.map((field, index) => (
            <FieldInput
              key={field}
              {...common}
              field={field}
              value={form.account[field]}
              onChange={(value) => setAccount(field, value)}
              findings={findingsFor(field)}
              reading={describe(rules, field, checked.account[field], foreignNames)}
              {...(index === 0 && { inputRef: firstInput })}
            />
          ))}
        </fieldset>
        <fieldset className="dm-column">
          <legend>{COLUMN_TITLES.document}</legend>
          <div className="dm-field">
            <label htmlFor={`${idPrefix}-document-type`}>{INPUT_LABELS['document.type']}</label>
            <select id={`${idPrefix}-document-type`} value={form.document.type} onChange={(event) => setType(event.target.value)}>
              {(Object.entries(DOCUMENT_TYPE_LABELS) as [DocumentType, string][]).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <FieldInput
            {...common}
            field="mrz"
            multiline
            value={form.mrz}
            onChange={setMrz}
            findings={findingsFor('mrz')}
          />
          {DOCUMENT_TEXT_FIELDS.map((field) => (
            <FieldInput
              key={field}
              {...common}
              field={`document.${field}`}
              value={form.document[field]}
              onChange={(value) => setDocument(field, value)}
              findings={findingsFor(`document.${field}`)}
              reading={describe(rules, field, checked.document[field], foreignNames)}
            />
          ))}
        </fieldset>
      </div>
    </section>
  );
}
