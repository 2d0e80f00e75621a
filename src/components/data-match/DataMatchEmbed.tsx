import { useCallback, useEffect, useRef, useState } from 'react';
import { calendarDateOf, type CalendarDate } from '../../checkers/data-match/calendar-date.ts';
import type { DataMatchResult } from '../../checkers/data-match/index.ts';
import { toResultMessage } from '../../checkers/data-match/result-message.ts';
import { MESSAGE_TYPES } from '../../protocol/constants.ts';
import { announceReady, onHostMessage, postToHost, watchHeight, WIDGET_WARNING_PREFIX } from '../embed/widget-messaging.ts';
import { DataMatchChecker } from './DataMatchChecker.tsx';
import { EMPTY_FORM, formFromCheckMessage, type FormValues } from './form.ts';
import { loadRules, type Rules } from './lazy.ts';

/** Results are posted once typing pauses this long, not on every keystroke. */
const POST_DELAY_MS = 150;

function todayFrom({ parseDate }: Rules, text: string | undefined): CalendarDate {
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
    const stopListening = onHostMessage(MESSAGE_TYPES.dataMatchCheck, (message) => {
      reporting.current = true;
      // A message that arrives before the rules have loaded waits for them; messages keep their order.
      loadRules().then(
        (rules) => {
          setToday(todayFrom(rules, message.today));
          setForm(formFromCheckMessage(message));
        },
        () => console.warn(`${WIDGET_WARNING_PREFIX} Could not load the checker to answer a "${message.type}" message; the next message tries again.`),
      );
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
