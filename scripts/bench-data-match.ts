/**
 * `npm run bench:data-match`: how long one data-match check takes (the work behind each
 * keystroke), for a typical record, a record with an MRZ, and the worst case of 10,000-character
 * fields. Target: well under one frame (16 ms) even in the worst case; a typical check ≤ 1 ms.
 * Options: `--runs N` (default 2000).
 */
import { parseArgs } from 'node:util';
import { checkDataMatch, type DataMatchInput } from '../src/checkers/data-match/index.ts';
import { readMrz } from '../src/checkers/data-match/mrz.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);
const today = { year: 2026, month: 5, day: 1 };

const typical: DataMatchInput = {
  account: { givenNames: 'Jose Maria', surname: 'Garcia', dateOfBirth: '03/04/1990', nationality: 'Spain', countryOfResidence: 'ES' },
  document: { type: 'passport', issuingCountry: 'ESP', givenNames: 'JOSÉ MARÍA', surname: 'GARCÍA MÁRQUEZ', dateOfBirth: '1990-03-04', nationality: 'ESP', expiryDate: '2031-06-30' },
  today,
};
// ICAO Doc 9303 Part 4 specimen.
const specimenMrz = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
const withMrz: DataMatchInput = {
  account: { givenNames: 'Anna Maria', surname: 'Eriksson', dateOfBirth: '1974-08-12', nationality: 'UTO', countryOfResidence: 'UTO' },
  document: {},
  today,
};
const long = 'é'.repeat(10_000);
const worst: DataMatchInput = {
  account: { givenNames: long, surname: long, dateOfBirth: long, nationality: long, countryOfResidence: long },
  document: { givenNames: `${long}x`, surname: long, dateOfBirth: long, nationality: long, issuingCountry: long, expiryDate: long },
  today,
};

/** One keystroke's work; in the MRZ field that is reading the zone, then the check. */
function measure(label: string, input: DataMatchInput, mrz?: string): void {
  const run = () => checkDataMatch(mrz === undefined ? input : { ...input, mrz: readMrz(mrz, today) });
  for (let i = 0; i < 50; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(`${label.padEnd(28)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${at(1)} ms`);
}

console.log(`data-match check, ${runs} runs each (Node ${process.version})`);
measure('typical record', typical);
measure('record with an MRZ', withMrz, specimenMrz);
measure('10,000-character fields', worst, long);
