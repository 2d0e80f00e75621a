/** "Read as …" lines under date and country inputs, so the user sees how the checker understood them. */
import { formatDate, parseDate, readCountry } from '../../checkers/data-match/index.ts';
import { TEXT } from './labels.ts';

export function describeDate(text: string): string | undefined {
  const reading = parseDate(text);
  if (reading.kind === 'date') return `${TEXT.readAs} ${formatDate(reading.date)}`;
  if (reading.kind === 'ambiguous') {
    return `${TEXT.readAs} ${formatDate(reading.dayFirst)} (day first) ${TEXT.orMonthFirst} ${formatDate(reading.monthFirst)}`;
  }
  return undefined;
}

export function describeCountry(text: string, foreignNames?: ReadonlyMap<string, string>): string | undefined {
  const reading = readCountry(text, foreignNames);
  if (reading.kind !== 'country' && reading.kind !== 'special') return undefined;
  // Typing the full name needs no echo.
  return reading.name.toLowerCase() === text.trim().toLowerCase() ? undefined : `${TEXT.readAs} ${reading.name}`;
}
