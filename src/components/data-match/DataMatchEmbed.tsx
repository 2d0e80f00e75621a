import { useCallback, useEffect, useRef, useState } from 'react';
import { calendarDateOf, parseDate, toResultMessage, type CalendarDate, type DataMatchResult } from '../../checkers/data-match/index.ts';
import { dataMatchCheckMessageSchema } from '../../protocol/messages.ts';
import { announceReady, onHostMessage, postToHost, watchHeight } from '../embed/widget-messaging.ts';
import { DataMatchChecker } from './DataMatchChecker.tsx';
import { EMPTY_FORM, formFromCheckMessage, type FormValues } from './form.ts';

/** Results are posted once typing pauses this long, not on every keystroke. */
const POST_DELAY_MS = 150;

function todayFrom(text: string | undefined): CalendarDate {
  const reading = text ? parseDate(text) : undefined;
  return reading?.kind === 'date' ? reading.date : calendarDateOf(new Date());
}

/**
 * The data-match checker alone in an iframe. The host page may fill it with a
 * `kyc:data-match:check` message; it answers with `kyc:data-match:result`, and posts a new
 * result whenever the user edits a field. Results carry codes and messages only.
 */
export function DataMatchEmbed({ reasonLinks }: { reasonLinks: Readonly<Record<string, string>> }) {
  const [form, setForm] = useState(EMPTY_FORM);
  const [today, setToday] = useState(() => calendarDateOf(new Date()));
  // Nothing is posted until the host asked for a check or the user typed.
  const reporting = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const stopListening = onHostMessage(dataMatchCheckMessageSchema, (message) => {
      reporting.current = true;
      setToday(todayFrom(message.today));
      setForm(formFromCheckMessage(message));
    });
    announceReady('data-match');
    const stopWatching = watchHeight();
    return () => {
      stopListening();
      stopWatching();
      clearTimeout(pending.current);
    };
  }, []);

  const onResult = useCallback((result: DataMatchResult) => {
    if (!reporting.current) return;
    clearTimeout(pending.current);
    pending.current = setTimeout(() => postToHost(toResultMessage(result)), POST_DELAY_MS);
  }, []);
  const onFormChange = useCallback((update: (current: FormValues) => FormValues) => {
    reporting.current = true;
    setForm(update);
  }, []);
  const clear = useCallback(() => onFormChange(() => EMPTY_FORM), [onFormChange]);

  return (
    <DataMatchChecker form={form} onFormChange={onFormChange} onClear={clear} today={today} reasonLinks={reasonLinks} embedded onResult={onResult} titleAs="h1" />
  );
}
