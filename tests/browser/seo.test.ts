/**
 * What search engines and link previews read, checked on every page of the build: a unique
 * title, a description, the canonical address, Open Graph tags on articles, `noindex` on the
 * embed pages, and a robots.txt and sitemap that list exactly the pages meant to be found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { brand } from '../../src/config/brand.ts';
import { builtSiteDir } from '../helpers/paths.ts';
import { fileForUrlPath, listBuiltPages, type BuiltPage } from '../../scripts/lib/built-pages.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface HeadTags {
  title: string;
  /** `name` or `property` → content of every `<meta>`. */
  meta: Map<string, string>;
  canonical: string | undefined;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function readHead(page: BuiltPage): HeadTags {
  const tags: HeadTags = { title: '', meta: new Map(), canonical: undefined };
  for (const element of elements(parse(readFileSync(page.file, 'utf8')))) {
    if (element.tagName === 'title') {
      tags.title = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('').trim();
    } else if (element.tagName === 'meta') {
      const key = attr(element, 'name') ?? attr(element, 'property');
      if (key) tags.meta.set(key, attr(element, 'content') ?? '');
    } else if (element.tagName === 'link' && attr(element, 'rel') === 'canonical') {
      tags.canonical = attr(element, 'href');
    }
  }
  return tags;
}

const pages = listBuiltPages(builtSiteDir).map((page) => ({ ...page, head: readHead(page) }));
/** Pages meant to be found by search engines: everything but the embeds and the 404 page. */
const indexable = pages.filter((page) => page.type !== 'embed' && page.type !== 'not-found');
const embeds = pages.filter((page) => page.type === 'embed');
const siteUrl = (path: string) => new URL(path, brand.siteUrl).href;

/** Every `<loc>` of the sitemap index and the sitemaps it lists. */
function sitemapUrls(): string[] {
  const locs = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  return locs(join(builtSiteDir, 'sitemap-index.xml')).flatMap((sitemap) =>
    locs(fileForUrlPath(builtSiteDir, new URL(sitemap).pathname)),
  );
}

describe('search engine basics', () => {
  it('gives every page a title of its own', () => {
    expect(pages.filter((page) => !page.head.title).map((page) => page.path)).toEqual([]);
    const byTitle = Map.groupBy(pages, (page) => page.head.title);
    const shared = [...byTitle].filter(([, same]) => same.length > 1).map(([title, same]) => `${title}: ${same.map((p) => p.path).join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('gives every page a description', () => {
    const without = pages.filter((page) => page.type !== 'embed' && !page.head.meta.get('description')?.trim());
    expect(without.map((page) => page.path)).toEqual([]);
  });

  it('names the canonical address of every indexable page', () => {
    const wrong = indexable
      .filter((page) => page.head.canonical !== siteUrl(page.path))
      .map((page) => `${page.path}: ${page.head.canonical ?? 'none'}`);
    expect(indexable.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  it('gives every indexable page the Open Graph tags a link preview needs', () => {
    const missing = indexable.flatMap((page) =>
      ['og:title', 'og:description', 'og:url', 'og:type']
        .filter((property) => !page.head.meta.get(property)?.trim())
        .map((property) => `${page.path}: ${property}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the embed pages out of search results', () => {
    const indexed = embeds.filter((page) => !/\bnoindex\b/.test(page.head.meta.get('robots') ?? '')).map((page) => page.path);
    expect(indexed).toEqual([]);
  });

  it('serves a robots.txt that points at the sitemap', () => {
    const robots = join(builtSiteDir, 'robots.txt');
    expect(existsSync(robots)).toBe(true);
    const text = readFileSync(robots, 'utf8');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap).toBe(siteUrl('/sitemap-index.xml'));
    expect(existsSync(fileForUrlPath(builtSiteDir, new URL(sitemap!).pathname))).toBe(true);
  });

  it('lists exactly the indexable pages in the sitemap', () => {
    expect(sitemapUrls().sort()).toEqual(indexable.map((page) => siteUrl(page.path)).sort());
  });
});
