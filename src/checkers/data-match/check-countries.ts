/** Country rules: residence against the issuing country, nationality against nationality. */
import type { DocumentType } from '../../protocol/messages.ts';
import { readCountry, sameCountry, type CountryReading } from './countries.ts';
import { makeFinding, type Finding, type FindingKind } from './findings.ts';
import { FIELD_LABELS, type FieldId } from './fields.ts';

/** Documents accepted only from the country of residence; the rest (passports) from anywhere. */
const LOCAL_DOCUMENTS: ReadonlySet<DocumentType> = new Set(['id-card', 'driving-licence']);

function read(field: FieldId, text: string, unknownKind: FindingKind, findings: Finding[]): CountryReading {
  const reading = readCountry(text);
  if (reading.kind === 'unknown') findings.push(makeFinding(unknownKind, field, { fieldLabel: FIELD_LABELS[field] }));
  return reading;
}

function known(reading: CountryReading): boolean {
  return reading.kind === 'country' || reading.kind === 'special';
}

export interface CountryFields {
  countryOfResidence: string;
  issuingCountry: string;
  accountNationality: string;
  documentNationality: string;
  documentType: DocumentType | undefined;
}

export function checkCountries(fields: CountryFields): Finding[] {
  const findings: Finding[] = [];
  const residence = read('countryOfResidence', fields.countryOfResidence, 'country.unknown', findings);
  const issuing = read('document.issuingCountry', fields.issuingCountry, 'country.unknown', findings);
  if (known(residence) && known(issuing) && !sameCountry(residence, issuing)) {
    const local = fields.documentType !== undefined && LOCAL_DOCUMENTS.has(fields.documentType);
    const kind = local ? 'country.mismatch-local-document' : 'country.mismatch-abroad';
    findings.push(makeFinding(kind, 'countryOfResidence', { fieldLabel: FIELD_LABELS.countryOfResidence }));
  }
  const accountNationality = read('nationality', fields.accountNationality, 'nationality.unknown', findings);
  const documentNationality = read('document.nationality', fields.documentNationality, 'nationality.unknown', findings);
  if (known(accountNationality) && known(documentNationality) && !sameCountry(accountNationality, documentNationality)) {
    findings.push(makeFinding('nationality.mismatch', 'nationality', { fieldLabel: FIELD_LABELS.nationality }));
  }
  return findings;
}
