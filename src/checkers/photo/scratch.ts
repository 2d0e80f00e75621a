/**
 * Working memory for the analysis of one photo at a time.
 *
 * An analysis writes about 40 MB of short-lived per-pixel arrays (blurs, gradients, masks), a
 * few megabytes each. Chromium maps every such array afresh and faults its pages in on first
 * write; on the benchmark machine that was a third of the analysis time. Inside `withScratch`,
 * large arrays are cut from blocks kept from one analysis to the next and zeroed before use, so
 * only the first analysis pays for fresh memory. Outside it (a kernel called alone, as in the
 * unit tests) they are ordinary arrays.
 *
 * Nothing allocated here may outlive the `withScratch` call that made it: the next analysis
 * reuses the memory. The analysis returns plain numbers and strings, never these arrays. The
 * blocks are kept until `releaseScratch`: 40–70 MB for an analysis at the working size, and
 * never more than MAX_SCRATCH_BYTES (beyond it, an unusual photo's arrays are ordinary ones).
 */

/** Size of a block; a larger array gets a block of its own size. */
const BLOCK_BYTES = 8 << 20;
/** Smaller arrays come from the engine's own pools, which already reuse memory. */
const MIN_SCRATCH_BYTES = 64 << 10;
const MAX_SCRATCH_BYTES = 64 << 20;

const blocks: ArrayBuffer[] = [];
let keptBytes = 0;
let active = false;
let block = 0;
let offset = 0;

/** Runs `analysis` with large arrays taken from the kept blocks (nested calls share them). */
export function withScratch<T>(analysis: () => T): T {
  if (active) return analysis();
  active = true;
  block = 0;
  offset = 0;
  try {
    return analysis();
  } finally {
    active = false;
  }
}

/** Lets the kept blocks go (the worker calls this once no photo has come for a while). */
export function releaseScratch(): void {
  blocks.length = 0;
  keptBytes = 0;
}

/** Where the next `bytes` go: a block and an offset in it, or null for an ordinary array. */
function place(bytes: number): [ArrayBuffer, number] | null {
  if (!active || bytes < MIN_SCRATCH_BYTES) return null;
  // Every array starts at a multiple of 8 bytes, as each element type needs.
  const size = Math.ceil(bytes / 8) * 8;
  while (block < blocks.length && offset + size > blocks[block]!.byteLength) {
    block++;
    offset = 0;
  }
  if (block === blocks.length) {
    const blockBytes = Math.max(BLOCK_BYTES, size);
    if (keptBytes + blockBytes > MAX_SCRATCH_BYTES) return null;
    blocks.push(new ArrayBuffer(blockBytes));
    keptBytes += blockBytes;
  }
  const start = offset;
  offset += size;
  return [blocks[block]!, start];
}

/** A zeroed Float32Array of `length` elements. */
export function float32Array(length: number): Float32Array {
  const at = place(length * 4);
  return at ? new Float32Array(at[0], at[1], length).fill(0) : new Float32Array(length);
}

/** A zeroed Int32Array of `length` elements. */
export function int32Array(length: number): Int32Array {
  const at = place(length * 4);
  return at ? new Int32Array(at[0], at[1], length).fill(0) : new Int32Array(length);
}

/** A zeroed Uint8Array of `length` elements. */
export function uint8Array(length: number): Uint8Array {
  const at = place(length);
  return at ? new Uint8Array(at[0], at[1], length).fill(0) : new Uint8Array(length);
}
