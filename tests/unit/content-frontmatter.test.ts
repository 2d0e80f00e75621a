/**
 * Checks the MDX articles without building the site: valid frontmatter, every declared reason
 * anchor is a real heading, every stable reason id is defined exactly once, and internal links
 * to an article's headings point at headings that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { buildReasonIndex, type ArticleReasons } from '../../src/content/reason-index.ts';

const contentDir = 'content/docs';

/** The ids the checkers and other pages rely on, and the page that must define each. */
const stableReasonIds: Readonly<Record<string, readonly string[]>> = {
  '/failures/document-quality/': ['photo.blur', 'photo.glare', 'photo.cut-off', 'photo.low-resolution', 'photo.lighting'],
  '/failures/information-mismatch/': [
    'data.name',
    'data.date-of-birth',
    'data.expired-document',
    'data.country',
    'data.nationality',
    'data.age',
    'data.incomplete',
    'data.mrz',
  ],
  '/failures/facial-verification/': ['face.lighting', 'face.accessories', 'face.camera-position', 'face.movement'],
  '/failures/technical-problems/': ['tech.browser', 'tech.app-version', 'tech.network', 'tech.session-timeout'],
  '/failures/after-several-failures/': [
    'retry.read-reason',
    'retry.prepare',
    'retry.contact-support',
    'retry.other-document',
  ],
};

interface Article {
  file: string;
  href: string;
  frontmatter: Record<string, unknown>;
  body: string;
  headings: { text: string; slug: string }[];
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return /^[^_].*\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

function hrefOf(file: string): string {
  const path = relative(contentDir, file)
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  return path ? `/${path}/` : '/';
}

/** The text a heading renders to: markup, links and components removed, as Astro sees it. */
function headingText(source: string): string {
  return source
    .replace(/<[^>]*\/>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

function headingsOf(body: string): Article['headings'] {
  const slugger = new GithubSlugger();
  const headings: Article['headings'] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[2]) {
      const text = headingText(match[2]);
      headings.push({ text, slug: slugger.slug(text) });
    }
  }
  return headings;
}

function readArticle(file: string): Article {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  const frontmatter = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
  const body = match[2] ?? '';
  return { file, href: hrefOf(file), frontmatter, body, headings: headingsOf(body) };
}

const articles = mdxFiles(contentDir).map(readArticle);
const byHref = new Map(articles.map((article) => [article.href, article]));

describe('article frontmatter', () => {
  it.each(articles.map((article) => [article.file, article] as const))('%s is valid', (_file, article) => {
    const parsed = articleSchema.safeParse(article.frontmatter);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(article.frontmatter['title']).toEqual(expect.any(String));
    const description = String(article.frontmatter['description'] ?? '');
    // Search engines show about 160 characters; under 50 rarely says anything useful.
    expect(description.length, `${article.file}: meta description should be 50 to 160 characters`).toBeGreaterThanOrEqual(50);
    expect(description.length, `${article.file}: meta description should be 50 to 160 characters`).toBeLessThanOrEqual(160);
  });

  it('gives every page its own description', () => {
    const descriptions = articles.map((article) => article.frontmatter['description']);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});

describe('reason ids', () => {
  const reasonArticles: ArticleReasons[] = articles.map((article) => ({
    href: article.href,
    title: String(article.frontmatter['title']),
    reasons: articleSchema.parse(article.frontmatter).reasons,
    headingSlugs: article.headings.map((heading) => heading.slug),
    headingText: Object.fromEntries(article.headings.map((heading) => [heading.slug, heading.text])),
  }));

  it('point at real headings and are declared once (the build would fail otherwise)', () => {
    expect(() => buildReasonIndex(reasonArticles)).not.toThrow();
  });

  it.each(Object.entries(stableReasonIds))('%s defines its stable ids', (href, ids) => {
    const index = buildReasonIndex(reasonArticles);
    for (const id of ids) expect(index.get(id)?.href, id).toMatch(new RegExp(`^${href}#[a-z0-9-]+$`));
  });

  it('defines no id outside the stable list', () => {
    const declared = reasonArticles.flatMap((article) => article.reasons.map((reason) => reason.id)).sort();
    expect(declared).toEqual(Object.values(stableReasonIds).flat().sort());
  });
});

/** Links from an article to a heading of another article (or itself) that does not exist. */
function brokenAnchorLinks(article: Pick<Article, 'body'>): string[] {
  const targets = [...article.body.matchAll(/(?:\]\(|href=["']?)(\/[^)"'\s}]*)/g)].map((match) => match[1] ?? '');
  return targets.filter((target) => {
    const [path = '', anchor] = target.split('#');
    const page = byHref.get(path);
    // Pages that are not articles (the checkers, built from src/pages) are checked in the browser.
    if (!page || anchor === undefined) return false;
    return !page.headings.some((heading) => heading.slug === anchor);
  });
}

describe('internal links', () => {
  it.each(articles.map((article) => [article.file, article] as const))(
    '%s links only to headings that exist',
    (_file, article) => {
      expect(brokenAnchorLinks(article)).toEqual([]);
    },
  );

  it('reports a link to a heading that does not exist', () => {
    const body = [
      'See [the wait](/faq/#how-long-does-verification-take) and',
      '[a typo](/faq/#how-long-does-verfication-take) or <LinkCard href="/stay-safe/#no-such-heading" />.',
    ].join('\n');
    expect(brokenAnchorLinks({ body })).toEqual(['/faq/#how-long-does-verfication-take', '/stay-safe/#no-such-heading']);
  });
});
