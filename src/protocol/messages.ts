/**
 * Zod schemas of every message exchanged between an embedded widget and its host page.
 * The widgets, the host-side loader's tests and the integrator docs all read these.
 */
import { z } from 'zod';
import { MESSAGE_TYPES, PROTOCOL_VERSION, WIDGETS } from './constants.ts';

// The site's CSP has no 'unsafe-eval': keep zod from compiling parsers with `new Function`, and
// from probing for it, which the browser reports as a CSP violation even though zod catches it.
z.config({ jitless: true });

const version = z.literal(PROTOCOL_VERSION).describe('Protocol version; messages with another version are ignored.');

/** Overall outcome: `fail` = very likely rejected, `warn` = risky, `pass` = nothing found. */
export const verdictSchema = z.enum(['pass', 'warn', 'fail']).describe('Overall outcome: `fail` = very likely rejected, `warn` = risky, `pass` = nothing found.');
export type Verdict = z.infer<typeof verdictSchema>;

/** Identity document kinds the exchange accepts. */
export const documentTypeSchema = z.enum(['passport', 'id-card', 'driving-licence']).describe('Identity document kinds the exchange accepts.');
export type DocumentType = z.infer<typeof documentTypeSchema>;

/** Stable codes of the data-match checker's findings. */
export const findingCodeSchema = z.enum([
  'name.diacritics',
  'name.order',
  'name.middle-name',
  'name.spelling',
  'name.case-spacing',
  'dob.day-month-swapped',
  'dob.mismatch',
  'dob.invalid',
  'document.expired',
  'document.expiring-soon',
  'country.mismatch',
  'nationality.mismatch',
  'age.minor',
  'field.missing',
  'field.invalid',
  'mrz.check-digit',
]).describe('Stable codes of the data-match checker\'s findings.');
export type FindingCode = z.infer<typeof findingCodeSchema>;

/** How much a finding matters: `error` gets the application rejected, `info` does not. */
export const severitySchema = z.enum(['error', 'warning', 'info']).describe('How much a finding matters: `error` gets the application rejected, `info` does not.');
export type Severity = z.infer<typeof severitySchema>;

/** Stable ids of the photo checker's checks. */
export const photoCheckIdSchema = z.enum(['resolution', 'sharpness', 'glare', 'exposure', 'framing']).describe('Stable ids of the photo checker\'s checks.');
export type PhotoCheckId = z.infer<typeof photoCheckIdSchema>;

/** Outcome of one photo check. */
export const checkStatusSchema = z.enum(['pass', 'warn', 'fail']).describe('Outcome of one photo check.');
export type CheckStatus = z.infer<typeof checkStatusSchema>;

/** Why a file could not be analysed. */
export const photoErrorCodeSchema = z.enum(['not-an-image', 'unsupported-format', 'too-large', 'decode-failed']).describe('Why a file could not be analysed.');
export type PhotoErrorCode = z.infer<typeof photoErrorCodeSchema>;

/** A field value as the host sends it; anything that is not a string counts as missing. */
const looseText = z.string().max(10_000).optional().catch(undefined);

/** Personal data as entered in the exchange account. Every field may be missing. */
export const accountInputSchema = z.object({
  givenNames: looseText.describe('Given names (first and middle names) as entered in the account.'),
  surname: looseText.describe('Surname (family name) as entered in the account.'),
  dateOfBirth: looseText.describe('Date of birth as typed, e.g. `1990-04-03` or `03/04/1990`.'),
  nationality: looseText.describe('Nationality: ISO alpha-2, alpha-3 or English name.'),
  countryOfResidence: looseText.describe('Country of residence: ISO alpha-2, alpha-3 or English name.'),
}).describe('Personal data as entered in the exchange account. Every field may be missing.');
export type AccountInput = z.infer<typeof accountInputSchema>;

/** Data as printed on the identity document. Every field may be missing. */
export const documentInputSchema = z.object({
  type: documentTypeSchema.optional().catch(undefined).describe('Kind of document; an unknown value counts as missing.'),
  issuingCountry: looseText.describe('Country that issued the document.'),
  givenNames: looseText.describe('Given names as printed.'),
  surname: looseText.describe('Surname as printed.'),
  dateOfBirth: looseText.describe('Date of birth as printed.'),
  nationality: looseText.describe('Nationality as printed.'),
  expiryDate: looseText.describe('Expiry date as printed.'),
}).describe('Data as printed on the identity document. Every field may be missing.');
export type DocumentInput = z.infer<typeof documentInputSchema>;

/** Host → widget: fill the data-match form and run a check. */
export const dataMatchCheckMessageSchema = z.object({
  type: z.literal(MESSAGE_TYPES.dataMatchCheck),
  version,
  account: accountInputSchema.default({}).describe('Account fields to fill; missing fields are left empty.'),
  document: documentInputSchema.default({}).describe('Document fields to fill; missing fields are left empty.'),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('The date to check expiry and age against, `YYYY-MM-DD`; defaults to the user\'s today.'),
}).describe('Host → widget: fill the data-match form and run a check.');
export type DataMatchCheckMessage = z.infer<typeof dataMatchCheckMessageSchema>;

/** One problem the data-match checker found, as sent to the host. */
export const findingMessageSchema = z.object({
  code: findingCodeSchema.describe('Stable code, see the reference.'),
  field: z.string().describe('The form field it concerns, e.g. `surname` or `document.expiryDate`.'),
  severity: severitySchema,
  message: z.string().describe('Plain-language explanation.'),
}).describe('One problem the data-match checker found, as sent to the host.');

/** Data-match widget → host: the findings for the current form. */
export const dataMatchResultMessageSchema = z.object({
  type: z.literal(MESSAGE_TYPES.dataMatchResult),
  version,
  verdict: verdictSchema,
  findings: z.array(findingMessageSchema).describe('Every problem found; empty when nothing was found.'),
}).describe('Data-match widget → host: the findings for the current form.');
export type DataMatchResultMessage = z.infer<typeof dataMatchResultMessageSchema>;

/** One photo check's outcome, as sent to the host (no pixels, no file name). */
export const photoCheckMessageSchema = z.object({
  id: photoCheckIdSchema,
  status: checkStatusSchema,
  message: z.string().describe('Plain-language explanation.'),
  value: z.number().optional().describe('The measured figure behind the status (its unit depends on the check).'),
}).describe('One photo check\'s outcome, as sent to the host (no pixels, no file name).');

/** Photo-check widget → host: the checks for the last photo. */
export const photoCheckResultMessageSchema = z.object({
  type: z.literal(MESSAGE_TYPES.photoCheckResult),
  version,
  verdict: verdictSchema,
  checks: z.array(photoCheckMessageSchema).describe('One entry per photo check.'),
  timings: z.object({
    totalMs: z.number().nonnegative().describe('Milliseconds from file chosen to result, decoding included.'),
  }).describe('How long the analysis took on the user\'s device.'),
}).describe('Photo-check widget → host: the checks for the last photo.');
export type PhotoCheckResultMessage = z.infer<typeof photoCheckResultMessageSchema>;

/** Photo-check widget → host: a file could not be analysed. */
export const photoCheckErrorMessageSchema = z.object({
  type: z.literal(MESSAGE_TYPES.photoCheckError),
  version,
  code: photoErrorCodeSchema,
  message: z.string().describe('Plain-language explanation with what to do.'),
}).describe('Photo-check widget → host: a file could not be analysed.');
export type PhotoCheckErrorMessage = z.infer<typeof photoCheckErrorMessageSchema>;

/** Widget → host: the widget's content height in CSS pixels changed. */
export const resizeMessageSchema = z.object({
  type: z.literal(MESSAGE_TYPES.resize),
  version,
  height: z.number().nonnegative().max(100_000).describe('Height of the widget\'s content in CSS pixels.'),
}).describe('Widget → host: the widget\'s content height in CSS pixels changed.');
export type ResizeMessage = z.infer<typeof resizeMessageSchema>;

/** Widget → host: the widget has loaded and listens for messages. */
export const readyMessageSchema = z.object({
  type: z.literal(MESSAGE_TYPES.ready),
  version,
  widget: z.enum(WIDGETS).describe('Which widget is ready.'),
}).describe('Widget → host: the widget has loaded and listens for messages.');
export type ReadyMessage = z.infer<typeof readyMessageSchema>;

/** Every message a widget may send to its host. */
export const widgetToHostMessageSchema = z.discriminatedUnion('type', [
  resizeMessageSchema,
  readyMessageSchema,
  dataMatchResultMessageSchema,
  photoCheckResultMessageSchema,
  photoCheckErrorMessageSchema,
]).describe('Every message a widget may send to its host.');
export type WidgetToHostMessage = z.infer<typeof widgetToHostMessageSchema>;

/** Every message a host may send to a widget. */
export const hostToWidgetMessageSchema = z.discriminatedUnion('type', [dataMatchCheckMessageSchema]).describe('Every message a host may send to a widget.');
export type HostToWidgetMessage = z.infer<typeof hostToWidgetMessageSchema>;
