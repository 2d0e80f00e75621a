/**
 * Zod schemas of every message exchanged between an embedded widget and its host page.
 * The widgets, the host-side loader's tests and the integrator docs all read these.
 *
 * Written with `zod/mini`, the tree-shakable form of zod 4: the widgets ship these schemas to the
 * browser, and the full API would cost them ~25 KB gzip of their 90 KB JavaScript budget.
 */
import { z } from 'zod/mini';
import { MESSAGE_TYPES, PROTOCOL_VERSION, WIDGETS } from './constants.ts';

// The site's CSP has no 'unsafe-eval': keep zod from compiling parsers with `new Function`, and
// from probing for it, which the browser reports as a CSP violation even though zod catches it.
z.config({ jitless: true });

/** Attaches a description; the integrator reference is generated from these. */
const about = (description: string) => z.describe(description);

const version = z.literal(PROTOCOL_VERSION).check(about('Protocol version; messages with another version are ignored.'));

export const verdictSchema = z
  .enum(['pass', 'warn', 'fail'])
  .check(about('Overall outcome: `fail` = very likely rejected, `warn` = risky, `pass` = nothing found.'));
export type Verdict = z.infer<typeof verdictSchema>;

export const documentTypeSchema = z
  .enum(['passport', 'id-card', 'driving-licence'])
  .check(about('Identity document kinds the exchange accepts.'));
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const findingCodeSchema = z
  .enum([
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
  ])
  .check(about("Stable codes of the data-match checker's findings."));
export type FindingCode = z.infer<typeof findingCodeSchema>;

export const severitySchema = z
  .enum(['error', 'warning', 'info'])
  .check(about('How much a finding matters: `error` gets the application rejected, `info` does not.'));
export type Severity = z.infer<typeof severitySchema>;

export const photoCheckIdSchema = z
  .enum(['resolution', 'sharpness', 'glare', 'exposure', 'framing'])
  .check(about("Stable ids of the photo checker's checks."));
export type PhotoCheckId = z.infer<typeof photoCheckIdSchema>;

export const checkStatusSchema = z.enum(['pass', 'warn', 'fail']).check(about('Outcome of one photo check.'));
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const photoErrorCodeSchema = z
  .enum(['not-an-image', 'unsupported-format', 'too-large', 'decode-failed'])
  .check(
    about(
      'Why a file could not be analysed: `not-an-image` (empty, text, or not a picture at all), `unsupported-format` ' +
        '(a PDF, an SVG, an iPhone HEIC that could not be converted, or a TIFF, camera RAW or JPEG XL this browser ' +
        'cannot open), `too-large` (a file or picture larger than the checker takes; the message gives the limit), ' +
        '`decode-failed` (a damaged or incomplete picture, or a fault of the checker). The message says what to do.',
    ),
  );
export type PhotoErrorCode = z.infer<typeof photoErrorCodeSchema>;

/** The longest field value taken: far longer than any real name, date or country. */
export const MAX_FIELD_LENGTH = 10_000;

/** A field value as the host sends it; anything that is not a string of sane length counts as missing. */
const looseText = (description: string) =>
  z.catch(z.optional(z.string().check(z.maxLength(MAX_FIELD_LENGTH))), undefined).check(about(description));

export const accountInputSchema = z
  .object({
    givenNames: looseText('Given names (first and middle names) as entered in the account.'),
    surname: looseText('Surname (family name) as entered in the account.'),
    dateOfBirth: looseText('Date of birth as typed, e.g. `1990-04-03` or `03/04/1990`.'),
    nationality: looseText('Nationality: ISO alpha-2, alpha-3 or English name.'),
    countryOfResidence: looseText('Country of residence: ISO alpha-2, alpha-3 or English name.'),
  })
  .check(about('Personal data as entered in the exchange account. Every field may be missing.'));
export type AccountInput = z.infer<typeof accountInputSchema>;

export const documentInputSchema = z
  .object({
    type: z.catch(z.optional(documentTypeSchema), undefined).check(about('Kind of document; an unknown value counts as missing.')),
    issuingCountry: looseText('Country that issued the document.'),
    givenNames: looseText('Given names as printed.'),
    surname: looseText('Surname as printed.'),
    dateOfBirth: looseText('Date of birth as printed.'),
    nationality: looseText('Nationality as printed.'),
    expiryDate: looseText('Expiry date as printed.'),
  })
  .check(about('Data as printed on the identity document. Every field may be missing.'));
export type DocumentInput = z.infer<typeof documentInputSchema>;

export const dataMatchCheckMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.dataMatchCheck),
    version,
    account: z._default(accountInputSchema, {}).check(about('Account fields to fill; missing fields are left empty.')),
    document: z._default(documentInputSchema, {}).check(about('Document fields to fill; missing fields are left empty.')),
    today: z
      .optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))
      .check(about("The date to check expiry and age against, `YYYY-MM-DD`; defaults to the user's today.")),
  })
  .check(about('Host → data-match widget: fill the form and run a check.'));
export type DataMatchCheckMessage = z.infer<typeof dataMatchCheckMessageSchema>;

export const findingMessageSchema = z
  .object({
    code: findingCodeSchema,
    field: z.string().check(about('The form field it concerns, e.g. `surname` or `document.expiryDate`.')),
    severity: severitySchema,
    message: z.string().check(about('Plain-language explanation.')),
  })
  .check(about('One problem the data-match checker found, as sent to the host.'));

export const dataMatchResultMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.dataMatchResult),
    version,
    verdict: verdictSchema,
    findings: z.array(findingMessageSchema).check(about('Every problem found; empty when nothing was found.')),
  })
  .check(about('Data-match widget → host: the findings for the current form.'));
export type DataMatchResultMessage = z.infer<typeof dataMatchResultMessageSchema>;

export const photoCheckRequestMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.photoCheck),
    version,
    photo: z
      .instanceof(Blob)
      .check(
        about(
          "The photo, as a `File` or `Blob` (for example from the host page's own file input). It is copied into the widget's frame, checked on the device and never sent anywhere.",
        ),
      ),
  })
  .check(about('Host → photo-check widget: check this photo, exactly as if the user had picked it; the answer is a result or an error message.'));
export type PhotoCheckRequestMessage = z.infer<typeof photoCheckRequestMessageSchema>;

export const photoCheckMessageSchema = z
  .object({
    id: photoCheckIdSchema,
    status: checkStatusSchema,
    message: z.string().check(about('Plain-language explanation.')),
    value: z.optional(z.number()).check(about('The measured figure behind the status (its unit depends on the check).')),
  })
  .check(about("One photo check's outcome, as sent to the host (no pixels, no file name)."));

export const photoCheckResultMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.photoCheckResult),
    version,
    verdict: verdictSchema,
    checks: z.array(photoCheckMessageSchema).check(about('One entry per photo check.')),
    timings: z
      .object({
        totalMs: z.number().check(z.nonnegative(), about('Milliseconds from file chosen to result, decoding included.')),
      })
      .check(about("How long the analysis took on the user's device.")),
  })
  .check(about('Photo-check widget → host: the checks for the last photo.'));
export type PhotoCheckResultMessage = z.infer<typeof photoCheckResultMessageSchema>;

export const photoCheckErrorMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.photoCheckError),
    version,
    code: photoErrorCodeSchema,
    message: z.string().check(about('Plain-language explanation with what to do.')),
  })
  .check(about('Photo-check widget → host: a file could not be analysed.'));
export type PhotoCheckErrorMessage = z.infer<typeof photoCheckErrorMessageSchema>;

export const resizeMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.resize),
    version,
    height: z.number().check(z.nonnegative(), z.maximum(100_000), about("Height of the widget's content in CSS pixels.")),
  })
  .check(about("Widget → host: the widget's content height in CSS pixels changed."));
export type ResizeMessage = z.infer<typeof resizeMessageSchema>;

export const readyMessageSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.ready),
    version,
    widget: z.enum(WIDGETS).check(about('Which widget is ready.')),
  })
  .check(about('Widget → host: the widget has loaded and listens for messages.'));
export type ReadyMessage = z.infer<typeof readyMessageSchema>;

/** Every message a widget may send to its host, one schema each. */
export const widgetToHostMessageSchemas = [
  resizeMessageSchema,
  readyMessageSchema,
  dataMatchResultMessageSchema,
  photoCheckResultMessageSchema,
  photoCheckErrorMessageSchema,
] as const;

export const widgetToHostMessageSchema = z
  .discriminatedUnion('type', widgetToHostMessageSchemas)
  .check(about('Every message a widget may send to its host.'));
export type WidgetToHostMessage = z.infer<typeof widgetToHostMessageSchema>;

/** Every message a host may send to a widget, one schema each. */
export const hostToWidgetMessageSchemas = [dataMatchCheckMessageSchema, photoCheckRequestMessageSchema] as const;

export const hostToWidgetMessageSchema = z
  .discriminatedUnion('type', hostToWidgetMessageSchemas)
  .check(about('Every message a host may send to a widget.'));
export type HostToWidgetMessage = z.infer<typeof hostToWidgetMessageSchema>;
