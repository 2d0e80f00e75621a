import type { HighlightedText } from '../../checkers/data-match/index.ts';

/** A text with its differing characters in `<mark>`. Rendered as text nodes: markup in it stays text. */
export function Highlighted({ value }: { value: HighlightedText }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of value.ranges) {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={start}>{value.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <span className="dm-highlighted">{parts}</span>;
}
