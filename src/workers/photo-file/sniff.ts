/**
 * Tells what a file really is from its first bytes, whatever its name or MIME type says:
 * a phone may call a HEIC "photo.jpg", and a text file can be renamed to anything.
 */

/** What a file's first bytes say it is. */
export type FileKind =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'bmp'
  | 'avif'
  | 'heic'
  /** TIFF, and the camera RAW files built on it (DNG, CR2, NEF, ARW): Safari may open them, others do not. */
  | 'tiff'
  /** JPEG XL: Safari opens it, most other browsers do not. */
  | 'jxl'
  | 'pdf'
  | 'svg'
  | 'text'
  | 'unknown';

/** Kinds that browsers (or our HEIC decoder) can turn into pixels, or that some browsers can. */
export const IMAGE_KINDS: ReadonlySet<FileKind> = new Set(['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif', 'heic', 'tiff', 'jxl']);

/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 4096;

/** Byte signatures at the start of a file; `null` matches any byte. */
const SIGNATURES: readonly { kind: FileKind; bytes: readonly (number | null)[] }[] = [
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'gif', bytes: ascii('GIF87a') },
  { kind: 'gif', bytes: ascii('GIF89a') },
  { kind: 'webp', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { kind: 'bmp', bytes: ascii('BM') },
  { kind: 'tiff', bytes: [...ascii('II'), 42, 0] },
  { kind: 'tiff', bytes: [...ascii('MM'), 0, 42] },
  { kind: 'jxl', bytes: [0xff, 0x0a] },
  { kind: 'jxl', bytes: [0, 0, 0, 12, ...ascii('JXL '), 0x0d, 0x0a, 0x87, 0x0a] },
];

/** ISO-BMFF brands (the `ftyp` box) by the kind of image they announce. */
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
/** Generic HEIF brands: the compatible brands then tell AVIF from HEIC. */
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function matchesAt(bytes: Uint8Array, offset: number, expected: readonly (number | null)[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => byte === null || bytes[offset + index] === byte);
}

/** The `length` bytes at `offset` as Latin-1 text: a chunk or box type, a signature. */
export function textAt(bytes: Uint8Array, offset: number, length = 4): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** Reads the `ftyp` box of an ISO-BMFF file (AVIF, HEIC, but also MP4). */
function sniffFtyp(bytes: Uint8Array): FileKind | undefined {
  if (bytes.length < 16 || textAt(bytes, 4) !== 'ftyp') return undefined;
  const boxSize = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
  const end = Math.min(boxSize, bytes.length);
  const major = textAt(bytes, 8);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= end; offset += 4) compatible.push(textAt(bytes, offset));
  const brands = [major, ...compatible];
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  if (brands.some((brand) => GENERIC_HEIF_BRANDS.has(brand))) return 'heic';
  return undefined;
}

/** Decodes the start of a file as UTF-8 text, or returns undefined when it is binary. */
function asText(bytes: Uint8Array): string | undefined {
  // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      // Control characters other than tab, line feed, form feed and carriage return mean binary.
      return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) ? undefined : text;
    } catch {
      // Not valid UTF-8 at this length; try one byte shorter.
    }
  }
  return undefined;
}

/** What the first bytes of a file (at least the first {@link SNIFF_BYTES}, when it has them) say it is. */
export function sniffFileKind(head: Uint8Array): FileKind {
  const sample = head.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return 'unknown';
  const signature = SIGNATURES.find(({ bytes }) => matchesAt(sample, 0, bytes));
  if (signature) return signature.kind;
  const ftyp = sniffFtyp(sample);
  if (ftyp) return ftyp;
  // PDF readers accept "%PDF-" anywhere in the first 1024 bytes.
  const pdfAt = sample.subarray(0, 1024 + 5);
  for (let offset = 0; offset + 5 <= pdfAt.length; offset++) {
    if (matchesAt(pdfAt, offset, ascii('%PDF-'))) return 'pdf';
  }
  const text = asText(sample);
  if (text === undefined) return 'unknown';
  if (/^\uFEFF?\s*</.test(text) && /<svg[\s>]/i.test(text)) return 'svg';
  return 'text';
}
