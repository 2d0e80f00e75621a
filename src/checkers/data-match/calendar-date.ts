/**
 * The day the checker works with. Apart from `dates.ts` (reading typed dates) because the widget
 * needs "today" before it loads the rules.
 */

/** A calendar day with no time zone: what documents print. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** The JavaScript `Date`'s local calendar day. */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
