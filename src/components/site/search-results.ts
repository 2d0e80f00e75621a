/**
 * What the search shows for one Pagefind result: the page, its excerpt, and the sections (headings)
 * where the words were found. Pure: no DOM, so that the rules are unit-tested.
 */

/** The part of a Pagefind result fragment (what `result.data()` resolves to) that the search shows. */
export interface PagefindFragment {
  url: string;
  /** Text around the best hits; matched words wrapped in `<mark>`, `<` and `>` escaped by Pagefind. */
  excerpt: string;
  meta: { title?: string };
  sub_results?: readonly PagefindSubResult[];
}

/** One section of a page that holds hits: Pagefind cuts pages at their headings. */
export interface PagefindSubResult {
  title: string;
  /** The page URL with the heading's `#id`. */
  url: string;
  excerpt: string;
  /** Word positions of the hits in this section. */
  locations?: readonly number[];
}

/** A run of excerpt text; `hit` marks words that matched the query. */
export interface TextRun {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  excerpt: TextRun[];
}

/** A page in the results, with up to `MAX_HEADINGS` of its sections that match. */
export interface PageResult extends SearchHit {
  headings: SearchHit[];
}

/** Sections shown under a page: the ones with the most hits, in page order. */
export const MAX_HEADINGS = 3;

const UNTITLED = 'Untitled page';

/** Pagefind escapes only these two in excerpts; anything else is plain text. */
const ESCAPES: Record<string, string> = { '&lt;': '<', '&gt;': '>' };

/** Splits a Pagefind excerpt into plain-text runs, so that it is rendered without `innerHTML`. */
export function excerptRuns(excerpt: string): TextRun[] {
  const runs: TextRun[] = [];
  let hit = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      hit = part === '<mark>';
      continue;
    }
    const text = part.replace(/&[lg]t;/g, (entity) => ESCAPES[entity] ?? entity);
    if (text) runs.push({ text, hit });
  }
  return runs;
}

function pathAndHash(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, '');
}

/**
 * The sections worth listing under a page: not the page's own top (Pagefind reports the text
 * before the first heading, or under the page's `<h1>`, as a section too), at most
 * `MAX_HEADINGS`, those with the most hits, kept in page order.
 */
function headingsOf(fragment: PagefindFragment, title: string): PagefindSubResult[] {
  const pageUrl = pathAndHash(fragment.url);
  const sections = (fragment.sub_results ?? []).filter(
    (section) => pathAndHash(section.url) !== pageUrl && section.title.trim() !== title && section.title.trim() !== '',
  );
  if (sections.length <= MAX_HEADINGS) return sections;
  const kept = new Set(
    [...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, MAX_HEADINGS),
  );
  return sections.filter((section) => kept.has(section));
}

export function pageResult(fragment: PagefindFragment): PageResult {
  const title = fragment.meta.title?.trim() || UNTITLED;
  return {
    url: fragment.url,
    title,
    excerpt: excerptRuns(fragment.excerpt),
    headings: headingsOf(fragment, title).map((section) => ({
      url: section.url,
      title: section.title.trim(),
      excerpt: excerptRuns(section.excerpt),
    })),
  };
}

/** What the results' live region says. */
export function resultsSummary(total: number, query: string): string {
  const count = total === 0 ? 'No results' : `${total.toLocaleString('en')} result${total === 1 ? '' : 's'}`;
  return `${count} for “${query}”`;
}
