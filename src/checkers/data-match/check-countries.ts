/** Country rules: residence against the issuing country, nationality against nationality. */
import type { DocumentType } from '../../protocol/messages.ts';
import { readCountry, sameCountry, type CountryReading } from './countries.ts';
import { makeFinding, type Finding, type FindingKind } from './findings.ts';
import { FIELD_LABELS, type FieldId } from './fields.ts';

/** Documents accepted only from the country of residence; the rest (passports) from anywhere. */
const LOCAL_DOCUMENTS: ReadonlySet<DocumentType> = new Set(['id-card', 'driving-licence']);

function read(field: FieldId, text: string, unknownKind: FindingKind, findings: Finding[], foreignNames?: ReadonlyMap<string, string>): CountryReading {
  const reading = readCountry(text, foreignNames);
  if (reading.kind === 'unknown') findings.push(makeFinding(unknownKind, field, { fieldLabel: FIELD_LABELS[field] }));
  return reading;
}

function known(reading: CountryReading): boolean {
  return reading.kind === 'country' || reading.kind === 'special';
}

/** Regions whose residents' passports are issued by another state: Hong Kong and Macau SAR passports say CHN. */
const ISSUER_OF_REGION: Readonly<Record<string, string>> = { HK: 'CN', MO: 'CN' };

function isRegionOf(region: CountryReading, issuing: CountryReading): boolean {
  return region.kind === 'country' && issuing.kind === 'country' && ISSUER_OF_REGION[region.alpha2] === issuing.alpha2;
}

export interface CountryFields {
  countryOfResidence: string;
  issuingCountry: string;
  accountNationality: string;
  documentNationality: string;
  documentType: DocumentType | undefined;
  /** Nationalities in other languages, when loaded (see foreign-names.ts). */
  foreignNames?: ReadonlyMap<string, string> | undefined;
}

export function checkCountries(fields: CountryFields): Finding[] {
  const findings: Finding[] = [];
  const { foreignNames } = fields;
  const residence = read('countryOfResidence', fields.countryOfResidence, 'country.unknown', findings, foreignNames);
  const issuing = read('document.issuingCountry', fields.issuingCountry, 'country.unknown', findings, foreignNames);
  if (known(residence) && known(issuing) && !sameCountry(residence, issuing) && !isRegionOf(residence, issuing)) {
    const local = fields.documentType !== undefined && LOCAL_DOCUMENTS.has(fields.documentType);
    const kind = local ? 'country.mismatch-local-document' : 'country.mismatch-abroad';
    findings.push(makeFinding(kind, 'countryOfResidence', { fieldLabel: FIELD_LABELS.countryOfResidence }));
  }
  const accountNationality = read('nationality', fields.accountNationality, 'nationality.unknown', findings, foreignNames);
  const documentNationality = read('document.nationality', fields.documentNationality, 'nationality.unknown', findings, foreignNames);
  if (known(accountNationality) && known(documentNationality) && !sameCountry(accountNationality, documentNationality)) {
    findings.push(makeFinding('nationality.mismatch', 'nationality', { fieldLabel: FIELD_LABELS.nationality }));
  }
  return findings;
}
