/**
 * Character ranges that differ between two short texts, for highlighting. Work is bounded: past
 * `MAX_DIFF_LENGTH` characters only the differing middle (after the common start and end) is
 * marked, which is linear.
 */
import { diffArrays } from 'diff';

/** A half-open range of UTF-16 offsets into `text`, ready for `String.slice`. */
export interface TextRange {
  start: number;
  end: number;
}

/** A text with the parts to highlight. */
export interface HighlightedText {
  text: string;
  ranges: TextRange[];
}

/** Longer texts are not names; an exact diff of them is not worth quadratic work. */
export const MAX_DIFF_LENGTH = 200;

type SameCharacter = (a: string, b: string) => boolean;

function addRange(ranges: TextRange[], start: number, end: number): void {
  if (end <= start) return;
  const last = ranges.at(-1);
  if (last && last.end === start) last.end = end;
  else ranges.push({ start, end });
}

/** Sorts ranges and merges those that touch or overlap. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function unitsOf(characters: readonly string[]): number {
  return characters.reduce((total, character) => total + character.length, 0);
}

/** Marks the span between the common start and the common end. */
function diffByEnds(a: readonly string[], b: readonly string[], same: SameCharacter): [TextRange[], TextRange[]] {
  let head = 0;
  while (head < a.length && head < b.length && same(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  const rangeOf = (characters: readonly string[]): TextRange[] => {
    const start = unitsOf(characters.slice(0, head));
    const end = unitsOf(characters.slice(0, characters.length - tail));
    return end > start ? [{ start, end }] : [];
  };
  return [rangeOf(a), rangeOf(b)];
}

/** UTF-16 offset of each code point, plus the end. */
function offsetsOf(characters: readonly string[]): number[] {
  const offsets = [0];
  for (const character of characters) offsets.push(offsets.at(-1)! + character.length);
  return offsets;
}

/** Marks what `diffArrays` found removed from `a` and added in `b`. */
function diffExactly(a: readonly string[], b: readonly string[], same: SameCharacter): [TextRange[], TextRange[]] {
  const offsetsA = offsetsOf(a);
  const offsetsB = offsetsOf(b);
  const rangesA: TextRange[] = [];
  const rangesB: TextRange[] = [];
  let indexA = 0;
  let indexB = 0;
  for (const change of diffArrays([...a], [...b], { comparator: same })) {
    const count = change.value.length;
    if (change.removed) {
      addRange(rangesA, offsetsA[indexA]!, offsetsA[indexA + count]!);
      indexA += count;
    } else if (change.added) {
      addRange(rangesB, offsetsB[indexB]!, offsetsB[indexB + count]!);
      indexB += count;
    } else {
      indexA += count;
      indexB += count;
    }
  }
  return [rangesA, rangesB];
}

/**
 * Highlights the characters of `a` missing from `b` and those of `b` missing from `a`,
 * comparing characters (code points) with `same`.
 */
export function diffTexts(a: string, b: string, same: SameCharacter = (x, y) => x === y): [HighlightedText, HighlightedText] {
  const charsA = Array.from(a);
  const charsB = Array.from(b);
  const bounded = charsA.length > MAX_DIFF_LENGTH || charsB.length > MAX_DIFF_LENGTH;
  const [rangesA, rangesB] = (bounded ? diffByEnds : diffExactly)(charsA, charsB, same);
  return [
    { text: a, ranges: rangesA },
    { text: b, ranges: rangesB },
  ];
}
