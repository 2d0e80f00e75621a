import { describe, expect, it } from 'vitest';
import { ageOn, parseDate, parseMrzDate, toIsoDate, type DateReading } from '../../../src/checkers/data-match/dates.ts';

/** A reading as one short string: `1990-04-03`, `1990-04-03|1990-03-04`, `invalid:zero`, `empty`. */
function summary(reading: DateReading): string {
  switch (reading.kind) {
    case 'empty':
      return 'empty';
    case 'date':
      return toIsoDate(reading.date);
    case 'ambiguous':
      return `${toIsoDate(reading.dayFirst)}|${toIsoDate(reading.monthFirst)}`;
    case 'invalid':
      return `invalid:${reading.problem}`;
  }
}

describe('parseDate: dates as people type them', () => {
  const cases: [string, string][] = [
    ['1990-04-03', '1990-04-03'],
    ['1990/4/3', '1990-04-03'],
    ['19900403', '1990-04-03'],
    ['03041990', '1990-04-03|1990-03-04'],
    ['3.4.1990', '1990-04-03'],
    ['03.04.1990', '1990-04-03'],
    ['03/04/1990', '1990-04-03|1990-03-04'],
    ['03-04-1990', '1990-04-03|1990-03-04'],
    ['13/04/1990', '1990-04-13'],
    ['04/13/1990', '1990-04-13'],
    ['04/04/1990', '1990-04-04'],
    ['12. Januar 1990', '1990-01-12'],
    ['12 février 1990', '1990-02-12'],
    ['12 de mayo de 1990', '1990-05-12'],
    ['12 giugno 1990', '1990-06-12'],
    ['12 mrt 1990', '1990-03-12'],
    ['12 dezembro 1990', '1990-12-12'],
    ['12APR1990', '1990-04-12'],
    ['the 12th of April 1990', '1990-04-12'],
    ['1990-04-12T00:00:00', '1990-04-12'],
    ['1990-04-12T00:00:00.000Z', '1990-04-12'],
    ['1990APR12', '1990-04-12'],
    ['3 April 1990', '1990-04-03'],
    ['3rd April 1990', '1990-04-03'],
    ['April 3, 1990', '1990-04-03'],
    ['03 APR 1990', '1990-04-03'],
    ['03 AVR/APR 1990', '1990-04-03'],
    ['14 MÄR/MAR 1985', '1985-03-14'],
    ['1990-Apr-03', '1990-04-03'],
    ['29.02.2000', '2000-02-29'],
    ['  1990-04-03  ', '1990-04-03'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['31/02/1990', 'invalid:no-such-day'],
    ['29.02.1900', 'invalid:no-such-day'],
    ['02/31/1990', 'invalid:no-such-day'],
    ['00/00/0000', 'invalid:zero'],
    ['00.04.1990', 'invalid:zero'],
    ['03/04/90', 'invalid:two-digit-year'],
    ['3 April 90', 'invalid:two-digit-year'],
    ['900403', 'invalid:two-digit-year'],
    ['1990-13-01', 'invalid:unreadable'],
    ['April 1990', 'invalid:unreadable'],
    ['yesterday', 'invalid:unreadable'],
    ['<script>', 'invalid:unreadable'],
    ['0990-04-03', 'invalid:unreadable'],
    ['1'.repeat(10_000), 'invalid:unreadable'],
  ];
  it.each(cases)('%j → %s', (text, expected) => {
    expect(summary(parseDate(text))).toBe(expected);
  });
});

describe('parseMrzDate: the century of a YYMMDD date', () => {
  const today = { year: 2026, month: 5, day: 1 };
  const cases: [string, 'birth' | 'expiry', string][] = [
    ['740812', 'birth', '1974-08-12'],
    ['050101', 'birth', '2005-01-01'],
    ['261231', 'birth', '1926-12-31'],
    ['120415', 'expiry', '2012-04-15'],
    ['350228', 'expiry', '2035-02-28'],
    ['991231', 'expiry', '1999-12-31'],
    ['740230', 'birth', 'invalid:no-such-day'],
    ['74O812', 'birth', 'invalid:unreadable'],
  ];
  it.each(cases)('%s as %s date → %s', (text, century, expected) => {
    expect(summary(parseMrzDate(text, century, today))).toBe(expected);
  });
});

describe('ageOn', () => {
  it('counts a birthday on the day itself', () => {
    expect(ageOn({ year: 2008, month: 5, day: 1 }, { year: 2026, month: 5, day: 1 })).toBe(18);
    expect(ageOn({ year: 2008, month: 5, day: 2 }, { year: 2026, month: 5, day: 1 })).toBe(17);
  });
  it('counts 29 February birthdays on 1 March in common years', () => {
    expect(ageOn({ year: 2008, month: 2, day: 29 }, { year: 2026, month: 2, day: 28 })).toBe(17);
    expect(ageOn({ year: 2008, month: 2, day: 29 }, { year: 2026, month: 3, day: 1 })).toBe(18);
  });
});
