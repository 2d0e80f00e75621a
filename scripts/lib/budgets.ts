/**
 * Byte budgets of the site, in one place. Every figure is the gzip size (Node's
 * `zlib.gzipSync` at level 9) of the file bytes, in KiB (1 KB = 1,024 bytes). The budgets
 * test asserts them; the audit and the benchmarks print against them.
 */
import { gzipSync } from 'node:zlib';

export const KB = 1024;

export const budgets = {
  /** HTML of a typical article: the median over all content pages. */
  typicalArticleHtml: 7 * KB,
  /**
   * HTML of any single content page. Long pages (the FAQ, a reason page with many sections)
   * legitimately exceed the typical figure; this is their ceiling.
   */
  longArticleHtml: 14 * KB,
  /** JavaScript a content page loads until the reader opens the search, idle prefetch included. */
  contentPageJs: 10 * KB,
  /** JavaScript of a checker page or an embed page at idle, React included. */
  checkerPageJs: 90 * KB,
  /** The host-side embed loader, `/embed.js`. */
  embedLoaderJs: 5 * KB,
  /** CSS any page loads. */
  pageCss: 25 * KB,
  /** Bytes the browser downloads for the first search query (benchmark target at 5,000 pages). */
  firstSearchBytes: 150 * KB,
  /** Build throughput target at 1,000 pages on 2 cores (benchmark target). */
  minPagesPerSecond: 50,
} as const;

/** Gzip size of some bytes, the way every budget is measured. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** `12345` → `"12.1 KB"`. */
export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** A plain-text table with aligned columns, for test and benchmark printouts. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
