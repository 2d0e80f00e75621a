/**
 * Resolves stable reason ids (declared in article frontmatter) to the page and heading that
 * explain them. Pure: the Astro binding in `reasons.ts` feeds it the collection.
 */
import type { ReasonAnchor } from './article-schema.ts';

export interface ArticleReasons {
  /** Page URL path, e.g. `/failures/document-quality/`. */
  href: string;
  title: string;
  reasons: readonly ReasonAnchor[];
  /** Slugs of the page's headings. */
  headingSlugs: readonly string[];
  /** Text of each heading, by slug. */
  headingText: Readonly<Record<string, string>>;
}

export interface ResolvedReason {
  id: string;
  /** Page and heading, e.g. `/failures/document-quality/#blurry-photo`. */
  href: string;
  pageTitle: string;
  heading: string;
}

export class ReasonIndexError extends Error {
  constructor(problems: readonly string[]) {
    super(`reason ids: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
    this.name = 'ReasonIndexError';
  }
}

/** Builds the id → heading index; throws when an anchor is missing or an id is declared twice. */
export function buildReasonIndex(articles: readonly ArticleReasons[]): Map<string, ResolvedReason> {
  const index = new Map<string, ResolvedReason>();
  const problems: string[] = [];
  for (const article of articles) {
    for (const { id, anchor } of article.reasons) {
      if (!article.headingSlugs.includes(anchor)) {
        problems.push(`${article.href} declares "${id}" at #${anchor}, but the page has no heading with that slug`);
        continue;
      }
      const existing = index.get(id);
      if (existing) {
        problems.push(`"${id}" is declared twice: ${existing.href} and ${article.href}#${anchor}`);
        continue;
      }
      index.set(id, {
        id,
        href: `${article.href}#${anchor}`,
        pageTitle: article.title,
        heading: article.headingText[anchor] ?? anchor,
      });
    }
  }
  if (problems.length > 0) throw new ReasonIndexError(problems);
  return index;
}

/** Throws, naming each one, when any of `ids` is not declared by any page. */
export function assertReasonsExist(index: ReadonlyMap<string, ResolvedReason>, ids: Iterable<string>, usedBy: string): void {
  const missing = [...new Set(ids)].filter((id) => !index.has(id));
  if (missing.length > 0) {
    throw new ReasonIndexError(missing.map((id) => `${usedBy} links to "${id}", which no page defines`));
  }
}
