/**
 * The HTML pages of a built site, each with its URL path and page type, read from the build
 * folder so that new pages are picked up as they land.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type PageType =
  | 'home'
  | 'guide'
  | 'failures'
  | 'faq'
  | 'integrators'
  | 'article'
  | 'checker'
  | 'embed'
  | 'not-found';

/** First matching rule wins; any other page is an `article`. */
const PAGE_TYPE_RULES: ReadonlyArray<readonly [RegExp, PageType]> = [
  [/^\/$/, 'home'],
  [/^\/404\.html$/, 'not-found'],
  [/^\/guide\//, 'guide'],
  [/^\/failures\//, 'failures'],
  [/^\/faq\//, 'faq'],
  [/^\/integrators\//, 'integrators'],
  [/^\/tools\/[^/]+\/$/, 'checker'],
  [/^\/embed\//, 'embed'],
];

/** Articles a reader comes to read: their HTML is held to the article budgets. */
export const CONTENT_PAGE_TYPES: ReadonlySet<PageType> = new Set(['guide', 'failures', 'faq', 'integrators', 'article']);

export interface BuiltPage {
  /** URL path, e.g. `/guide/` or `/404.html`. */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
  type: PageType;
}

export function pageTypeOf(path: string): PageType {
  return PAGE_TYPE_RULES.find(([pattern]) => pattern.test(path))?.[1] ?? 'article';
}

/** `guide/index.html` → `/guide/`; `404.html` → `/404.html`. */
export function urlPathOf(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page of the build (Pagefind's folder excluded), sorted by URL path. */
export function listBuiltPages(siteDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== join(siteDir, 'pagefind')) walk(full);
      } else if (entry.name.endsWith('.html')) {
        const path = urlPathOf(relative(siteDir, full));
        pages.push({ path, file: full, type: pageTypeOf(path) });
      }
    }
  };
  walk(siteDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file a same-origin URL path is served from (folder URLs serve their index.html). */
export function fileForUrlPath(siteDir: string, path: string): string {
  const decoded = decodeURIComponent(path);
  return join(siteDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

/**
 * The pages the Lighthouse audit and test visit: home, a guide page, a failure-reason page,
 * the FAQ and both checkers. The guide and failure pages are the first article of their section.
 */
export function auditedPages(pages: readonly BuiltPage[]): Array<{ label: string; path: string | undefined }> {
  // A real article rather than the section's index page, when there is one.
  const depth = (path: string) => path.split('/').filter(Boolean).length;
  const firstOf = (type: PageType) =>
    pages.filter((page) => page.type === type).sort((a, b) => depth(b.path) - depth(a.path))[0]?.path;
  const exact = (path: string) => pages.find((page) => page.path === path)?.path;
  return [
    { label: 'home', path: exact('/') },
    { label: 'guide', path: firstOf('guide') },
    { label: 'failure reason', path: firstOf('failures') },
    { label: 'FAQ', path: exact('/faq/') },
    { label: 'data-match checker', path: exact('/tools/data-match/') },
    { label: 'photo checker', path: exact('/tools/photo-check/') },
  ];
}
