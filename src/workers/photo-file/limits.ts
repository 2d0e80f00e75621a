/**
 * The largest file the photo checker takes. Phones save 12–50 megapixel photos as 2–25 MB JPEG
 * or HEIC files, so these limits let every normal photo through while refusing, before any
 * decoding, files whose pixels alone would need gigabytes of memory.
 */

/** Largest file in bytes (40 MB): above every normal phone photo, far below what strains a phone. */
export const MAX_FILE_BYTES = 40_000_000;

/**
 * Largest picture in pixels (100 megapixels): decoding needs 4 bytes a pixel, so 400 MB at most
 * for an instant; 108- and 200-megapixel camera modes are refused with a message.
 */
export const MAX_PIXELS = 100_000_000;
