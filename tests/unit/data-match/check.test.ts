import { describe, expect, it } from 'vitest';
import { checkDataMatch, toResultMessage, type DataMatchInput } from '../../../src/checkers/data-match/index.ts';
import { foreignCountryNames } from '../../../src/checkers/data-match/foreign-names.ts';
import { readMrz } from '../../../src/checkers/data-match/mrz.ts';
import { dataMatchResultMessageSchema } from '../../../src/protocol/messages.ts';

const today = { year: 2026, month: 5, day: 1 };

const account = {
  givenNames: 'Anna Maria',
  surname: 'Eriksson',
  dateOfBirth: '1974-08-12',
  nationality: 'Sweden',
  countryOfResidence: 'SE',
};
const document = {
  type: 'passport',
  issuingCountry: 'SWE',
  givenNames: 'ANNA MARIA',
  surname: 'ERIKSSON',
  dateOfBirth: '12.08.1974',
  nationality: 'SWE',
  expiryDate: '2030-04-15',
};

type Overrides = { account?: Record<string, unknown>; document?: Record<string, unknown>; mrz?: string };

function check({ account: a = {}, document: d = {}, mrz }: Overrides = {}) {
  const input: DataMatchInput = { account: { ...account, ...a }, document: { ...document, ...d }, today };
  if (mrz !== undefined) input.mrz = readMrz(mrz, today);
  return checkDataMatch(input);
}

/** `code@field` of every finding other than the capitals-only note every passport gets. */
function codes(overrides: Overrides = {}): string[] {
  return check(overrides)
    .findings.filter((finding) => finding.kind !== 'name.case-spacing')
    .map((finding) => `${finding.code}@${finding.field}`);
}

describe('checkDataMatch: whole records', () => {
  it('finds nothing but capitals when the data match', () => {
    const result = check();
    expect(result.findings.map((finding) => finding.code)).toEqual(['name.case-spacing', 'name.case-spacing']);
    expect(result.verdict).toBe('pass');
  });

  const cases: [string, Overrides, string[]][] = [
    ['accent dropped (José vs JOSE)', { account: { givenNames: 'Jose' }, document: { givenNames: 'JOSÉ' } }, ['name.diacritics@givenNames']],
    ['ambiguous date against an ISO date', { account: { dateOfBirth: '08/12/1974' } }, ['dob.day-month-swapped@dateOfBirth']],
    ['day and month swapped', { account: { dateOfBirth: '1974-12-08' } }, ['dob.day-month-swapped@dateOfBirth']],
    ['different year', { account: { dateOfBirth: '1975-08-12' } }, ['dob.mismatch@dateOfBirth']],
    ['impossible date', { account: { dateOfBirth: '31/02/1974' } }, ['dob.invalid@dateOfBirth']],
    ['zeros', { account: { dateOfBirth: '00/00/0000' } }, ['dob.invalid@dateOfBirth']],
    ['two-digit year', { account: { dateOfBirth: '12.08.74' } }, ['dob.invalid@dateOfBirth']],
    ['birth date in the future', { account: { dateOfBirth: '2027-01-01' }, document: { dateOfBirth: '2027-01-01' } }, ['dob.invalid@dateOfBirth', 'dob.invalid@document.dateOfBirth']],
    ['under 18', { account: { dateOfBirth: '2010-01-01' }, document: { dateOfBirth: '2010-01-01' } }, ['age.minor@dateOfBirth']],
    ['18 today', { account: { dateOfBirth: '2008-05-01' }, document: { dateOfBirth: '2008-05-01' } }, []],
    ['expired yesterday', { document: { expiryDate: '2026-04-30' } }, ['document.expired@document.expiryDate']],
    ['expires today', { document: { expiryDate: '2026-05-01' } }, ['document.expiring-soon@document.expiryDate']],
    ['expires in 29 days', { document: { expiryDate: '2026-05-30' } }, ['document.expiring-soon@document.expiryDate']],
    ['expires in 30 days', { document: { expiryDate: '2026-05-31' } }, []],
    ['never expires', { document: { expiryDate: 'PERMANENTE' } }, []],
    ['impossible expiry date', { document: { expiryDate: '31/02/2030' } }, ['field.invalid@document.expiryDate']],
    ['passport from another country', { account: { countryOfResidence: 'Italy' } }, ['country.mismatch@countryOfResidence']],
    ['same country, other notation', { account: { countryOfResidence: 'Sweden' }, document: { issuingCountry: 'SE' } }, []],
    ['unknown country', { account: { countryOfResidence: 'Narnia' } }, ['field.invalid@countryOfResidence']],
    ['other nationality', { account: { nationality: 'Norway' } }, ['nationality.mismatch@nationality']],
    ['names swapped', { account: { givenNames: 'Eriksson', surname: 'Anna Maria' } }, ['name.order@surname']],
    ['middle name missing', { account: { givenNames: 'Anna' } }, ['name.middle-name@givenNames']],
    ['script in a name', { account: { surname: '<script>alert(1)</script>' } }, ['field.invalid@surname']],
    ['a 20,000-character surname pasted', { account: { surname: 'a'.repeat(20_000) } }, ['field.invalid@surname']],
    ['surname missing', { account: { surname: '' } }, ['field.missing@surname']],
    ['driving licence without nationality', { document: { type: 'driving-licence', nationality: '' } }, []],
    ['ID card without nationality', { document: { type: 'id-card', nationality: '' } }, ['field.missing@document.nationality']],
    // US licences write dates month first: 12/01/2026 is 1 December, not 12 January.
    ...(
      [
        ['a US licence valid until December', 'USA', '12/01/2026', []],
        ['a US licence that expired in February', 'United States', '02/01/2026', ['document.expired@document.expiryDate']],
        ['a Swedish licence read day-first', 'SWE', '12/01/2026', ['document.expired@document.expiryDate']],
      ] as const
    ).map(([label, issuingCountry, expiryDate, expected]): [string, Overrides, string[]] => [
      label,
      { account: { countryOfResidence: issuingCountry, nationality: issuingCountry }, document: { type: 'driving-licence', issuingCountry, nationality: '', expiryDate } },
      [...expected],
    ]),
    [
      'a US date of birth typed the American way on both sides',
      { account: { dateOfBirth: '08/12/1974', countryOfResidence: 'US', nationality: 'US' }, document: { issuingCountry: 'USA', nationality: 'USA', dateOfBirth: '08/12/1974' } },
      [],
    ],
    ['a Hong Kong resident with a Hong Kong SAR passport (issued by CHN)', { account: { countryOfResidence: 'Hong Kong', nationality: 'China' }, document: { issuingCountry: 'CHN', nationality: 'CHN' } }, []],
  ];
  it.each(cases)('%s', (_label, overrides, expected) => {
    expect(codes(overrides)).toEqual(expected);
  });

  it('warns when the day-month order is only unclear, and fails when it is certain', () => {
    const unclear = check({ account: { dateOfBirth: '08/12/1974' } });
    expect([unclear.verdict, unclear.findings.at(0)?.severity]).toEqual(['warn', 'warning']);
    const certain = check({ account: { dateOfBirth: '1974-12-08' } });
    expect([certain.verdict, certain.findings.at(0)?.severity]).toEqual(['fail', 'error']);
  });

  it('is stricter with an ID card from another country than with a passport', () => {
    const passport = check({ account: { countryOfResidence: 'IT' } });
    const idCard = check({ account: { countryOfResidence: 'IT' }, document: { type: 'id-card' } });
    expect([passport.verdict, idCard.verdict]).toEqual(['warn', 'fail']);
  });

  it('marks the swapped day and month', () => {
    const [finding] = check({ account: { dateOfBirth: '1974-12-08' } }).findings;
    const marked = (text?: { text: string; ranges: { start: number; end: number }[] }) =>
      text?.ranges.map(({ start, end }) => text.text.slice(start, end));
    expect(marked(finding?.highlight?.account)).toEqual(['8', 'December']);
    expect(marked(finding?.highlight?.document)).toEqual(['12', 'August']);
  });

  it('lists every required field of an empty form as missing', () => {
    const result = checkDataMatch({ account: {}, document: {}, today });
    expect(result.findings.map((finding) => finding.field)).toEqual([
      'givenNames', 'surname', 'dateOfBirth', 'nationality', 'countryOfResidence',
      'document.issuingCountry', 'document.givenNames', 'document.surname', 'document.dateOfBirth',
      'document.nationality', 'document.expiryDate',
    ]);
    expect(result.verdict).toBe('warn');
  });

  it('treats malformed input as missing and never throws', () => {
    for (const value of [null, 42, 'text', [], { givenNames: 7, surname: { x: 1 } }]) {
      expect(() => checkDataMatch({ account: value, document: value, today })).not.toThrow();
    }
    expect(checkDataMatch({ account: null, document: { type: 'spaceship' }, today }).verdict).toBe('warn');
  });

  it('checks against the device’s today when the caller passes no calendar day', () => {
    for (const today of [undefined, '2026-01-15', { year: 2026, month: 13, day: 1 }]) {
      const input = { account, document: { ...document, expiryDate: '2000-01-01' }, today } as unknown as DataMatchInput;
      expect(checkDataMatch(input).findings.map((finding) => finding.code)).toContain('document.expired');
    }
  });

  it('puts errors first', () => {
    const severities = check({ account: { givenNames: 'Jose', nationality: 'Norway' }, document: { givenNames: 'JOSÉ' } }).findings.map(
      (finding) => finding.severity,
    );
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(severities[0]).toBe('error');
  });

  it('keeps the user\'s values out of messages', () => {
    const result = check({ account: { givenNames: 'Zebulon', surname: 'Quixote', dateOfBirth: '1999-09-09' } });
    const text = JSON.stringify(toResultMessage(result));
    expect(text).not.toMatch(/Zebulon|Quixote|1999/);
    expect(dataMatchResultMessageSchema.safeParse(toResultMessage(result)).success).toBe(true);
  });
});

describe('checkDataMatch: with an MRZ', () => {
  const TD3_SPECIMEN = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
  const mrzOnly = (a: Record<string, unknown>, mrz: string) => checkDataMatch({ account: { ...account, ...a }, document: {}, mrz: readMrz(mrz, today), today });

  it('fills the document from the MRZ (ICAO 9303 TD3 specimen)', () => {
    const result = mrzOnly({ nationality: 'UTO', countryOfResidence: 'UTO' }, TD3_SPECIMEN);
    expect(result.findings.map((finding) => finding.kind)).toEqual(['expiry.expired', 'name.case-spacing', 'name.case-spacing']);
  });

  it('reads transliterated MRZ names as a match of the printed name', () => {
    const germanSpecimen = 'P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4';
    const result = mrzOnly(
      { givenNames: 'Erika', surname: 'Müstermann', dateOfBirth: '12.08.1964', nationality: 'Germany', countryOfResidence: 'DE' },
      germanSpecimen.replace(/MUSTERMANN/, 'MUESTERMANN').replace('<<<<<<<<<<<<<<<<<<<<<<', '<<<<<<<<<<<<<<<<<<<<<'),
    );
    expect(result.findings.map((finding) => `${finding.code}/${finding.severity}`)).toContain('name.diacritics/info');
    expect(result.verdict).toBe('pass');
  });

  it('reports a mistyped MRZ', () => {
    const result = mrzOnly({}, TD3_SPECIMEN.replace('7408122', '7408132'));
    const mrzFindings = result.findings.filter((finding) => finding.field === 'mrz');
    expect(mrzFindings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('date of birth'),
      expect.stringContaining('whole zone'),
    ]);
  });

  it('reports an MRZ of the wrong length', () => {
    expect(mrzOnly({}, 'P<UTOERIKSSON').findings.map((finding) => finding.kind)).toContain('mrz.layout');
  });

  /** A passport's MRZ with correct check digits: its names zone as written (`SURNAME<<GIVEN<NAMES`). */
  function passportMrz(state: string, names: string): string {
    const digit = (field: string) =>
      String(
        [...field].reduce((total, character, index) => {
          const value = character === '<' ? 0 : /\d/.test(character) ? Number(character) : character.charCodeAt(0) - 55;
          return total + value * [7, 3, 1][index % 3]!;
        }, 0) % 10,
      );
    const [number, birth, expiry, personal] = ['C01X00T47', '850312', '300101', '<'.repeat(14)];
    const checked = `${number}${digit(number)}${state}${birth}${digit(birth)}M${expiry}${digit(expiry)}${personal}${digit(personal)}`;
    const composite = checked.slice(0, 10) + checked.slice(13, 20) + checked.slice(21, 43);
    return `P<${state}${names.padEnd(39, '<')}\n${checked}${digit(composite)}`;
  }

  it.each([
    ['accents dropped where the MRZ spells out Ü and Ö', 'Jorg Osten', 'Muller', 'MUELLER<<JOERG<OESTEN', ['name.diacritics/warning', 'name.diacritics/warning']],
    ['Danish Ø and Å dropped, a real AA kept', 'Soren Age', 'Ostergaard', 'OESTERGAARD<<SOEREN<AAGE', ['name.diacritics/warning', 'name.diacritics/warning']],
    ['one special letter typed as printed, one dropped', 'Jörg Osten', 'Müller', 'MUELLER<<JOERG<OESTEN', ['name.diacritics/warning', 'name.diacritics/info']],
    ['the MRZ spelling typed in the account', 'Joerg Oesten', 'Mueller', 'MUELLER<<JOERG<OESTEN', ['name.case-spacing/info', 'name.case-spacing/info']],
    // Baur might be printed Baür: a warning to compare with the printed name, not a match.
    ['a different name that happens to share the letters', 'Peter', 'Baur', 'BAUER<<PETER', ['name.case-spacing/info', 'name.diacritics/warning']],
    ['a real misspelling', 'Jorg', 'Miller', 'MUELLER<<JOERG', ['name.diacritics/warning', 'name.spelling/error']],
    [
      'given names cut short where the zone ends',
      'Hubert Blaine Charles David',
      'Wolfeschlegel',
      'WOLFESCHLEGEL<<HUBERT<BLAINE<CHARLES<DA',
      ['name.middle-name/info', 'name.case-spacing/info'],
    ],
    ['a given name missing from an MRZ that has room to spare', 'Hubert Blaine', 'Wolfe', 'WOLFE<<HUBERT', ['name.middle-name/error', 'name.case-spacing/info']],
  ] as const)('compares MRZ names with the account: %s', (_, givenNames, surname, names, expected) => {
    const result = mrzOnly({ givenNames, surname, dateOfBirth: '1985-03-12', nationality: 'GBR', countryOfResidence: 'GB' }, passportMrz('GBR', names));
    const nameFindings = result.findings.filter((finding) => finding.field === 'givenNames' || finding.field === 'surname');
    const byField = (field: string) => nameFindings.filter((finding) => finding.field === field).map((finding) => `${finding.code}/${finding.severity}`);
    expect([...byField('givenNames'), ...byField('surname')]).toEqual(expected);
    expect(result.findings.filter((finding) => finding.field === 'mrz')).toEqual([]);
  });

  it('keeps typed document fields over the MRZ', () => {
    const result = checkDataMatch({ account, document: { ...document }, mrz: readMrz(TD3_SPECIMEN, today), today });
    expect(result.findings.some((finding) => finding.code === 'document.expired')).toBe(false);
  });
});

describe('checkDataMatch: a nationality in the document’s own language', () => {
  // A Norwegian passport prints its nationality as "NORSK".
  const input = (foreignNames?: ReadonlyMap<string, string>): DataMatchInput => ({
    account: { ...account, nationality: 'Norway' },
    document: { ...document, nationality: 'NORSK' },
    today,
    foreignNames,
  });

  it('is unknown until the other languages are loaded, then matches the account', () => {
    expect(checkDataMatch(input()).findings.map((f) => `${f.kind}@${f.field}`)).toContain('nationality.unknown@document.nationality');
    const withNames = checkDataMatch(input(foreignCountryNames)).findings.map((f) => `${f.kind}@${f.field}`);
    expect(withNames.filter((code) => code.includes('nationality'))).toEqual([]);
  });

  it('still tells two countries apart', () => {
    const result = checkDataMatch({ ...input(foreignCountryNames), document: { ...document, nationality: 'DEUTSCH' } });
    expect(result.findings.map((f) => `${f.kind}@${f.field}`)).toContain('nationality.mismatch@nationality');
  });
});
