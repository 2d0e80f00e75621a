import { useCallback, useMemo, useState } from 'react';
import { calendarDateOf } from '../../checkers/data-match/calendar-date.ts';
import { DataMatchChecker } from './DataMatchChecker.tsx';
import { EMPTY_FORM } from './form.ts';

/** The data-match checker on a site page. Its data lives in this component's state only. */
export function DataMatch({ reasonLinks }: { reasonLinks: Readonly<Record<string, string>> }) {
  const [form, setForm] = useState(EMPTY_FORM);
  const today = useMemo(() => calendarDateOf(new Date()), []);
  const clear = useCallback(() => setForm(EMPTY_FORM), []);
  return <DataMatchChecker form={form} onFormChange={setForm} onClear={clear} today={today} reasonLinks={reasonLinks} />;
}
