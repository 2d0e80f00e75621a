/** A made-up person whose account and passport disagree, for the live demo and the docs snippet. */
export const SAMPLE_CHECK = {
  account: { givenNames: 'Anna', surname: 'Müller', dateOfBirth: '1990-04-03', nationality: 'DE', countryOfResidence: 'DE' },
  document: {
    type: 'passport',
    issuingCountry: 'DEU',
    givenNames: 'Anna',
    surname: 'Mueller',
    dateOfBirth: '1990-03-04',
    nationality: 'DEU',
    expiryDate: '2020-01-31',
  },
} as const;
