/**
 * Finds the internal links of a built site that lead nowhere: a page or file that was not built,
 * an `#anchor` the target page does not have, or a folder URL without its trailing slash (the site
 * uses `trailingSlash: 'always'`). It reads the built HTML, so links written in Markdown, in
 * components, in checker islands and in the sidebar are all covered.
 * Pure: pages' start tags and file list in, broken links out; `built-pages.ts` applies it to the build.
 */
import { getAttribute, type StartTag } from './html-scan.ts';

/** Attributes that point at something the browser navigates to or fetches. */
const LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
  a: 'href',
  area: 'href',
  link: 'href',
  iframe: 'src',
  img: 'src',
  script: 'src',
  source: 'src',
};

/** `<link rel>` values that name the page's own address rather than a resource. */
const ADDRESS_RELS = new Set(['canonical', 'alternate']);

/** Stands in for the site's origin while resolving links. */
const SITE = 'http://site.invalid';

export interface PageLinks {
  /** Links as written (`href`/`src` values). */
  links: string[];
  /** Every `id` on the page: the anchors other pages may link to. */
  ids: Set<string>;
}

export type BrokenLinkReason = 'missing page' | 'missing anchor' | 'missing trailing slash';

export interface BrokenLink {
  /** URL path of the page the link is on. */
  page: string;
  link: string;
  reason: BrokenLinkReason;
}

/** `tags`: the page's start tags, from `scanStartTags(html)`. */
export function readPageLinks(tags: readonly StartTag[]): PageLinks {
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = getAttribute(tag, 'id');
    if (id) ids.add(id);
    const name = LINK_ATTRIBUTES[tag.name];
    const value = name ? getAttribute(tag, name) : undefined;
    if (value === undefined) continue;
    if (tag.name === 'link' && ADDRESS_RELS.has(getAttribute(tag, 'rel') ?? '')) continue;
    links.push(value);
  }
  return { links, ids };
}

/**
 * `pages`: URL path (`/guide/`, `/404.html`) → its links and ids. `files`: URL path of every built
 * file, pages included (`/guide/index.html`, `/_astro/x.css`).
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    for (const link of links) {
      const url = new URL(link, `${SITE}${page}`);
      // Other sites, mailto:, data: and the like are not this site's to check.
      if (url.origin !== SITE) continue;
      const reason = brokenReason(decoded(url.pathname), decoded(url.hash.slice(1)), pages, files);
      if (reason) broken.push({ page, link, reason });
    }
  }
  return broken;
}

/** Percent-decoded text; a malformed escape is compared as written rather than crashing the build. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function brokenReason(
  path: string,
  anchor: string,
  pages: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
): BrokenLinkReason | undefined {
  const target = pages.get(path);
  if (!target) {
    if (files.has(path)) return undefined;
    return files.has(`${path}/index.html`) ? 'missing trailing slash' : 'missing page';
  }
  return anchor && !target.ids.has(anchor) ? 'missing anchor' : undefined;
}
