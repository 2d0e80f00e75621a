import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks, readPageLinks } from '../../../src/integrations/internal-links.ts';
import { scanStartTags } from '../../../src/integrations/html-scan.ts';
import { assertNoBrokenLinks, hashAndReadPages } from '../../../src/integrations/built-pages.ts';

const linksOf = (html: string) => readPageLinks(scanStartTags(html));
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** A small built site: URL path → HTML, plus the other files it has. */
const site = new Map([
  ['/', page('<a href="/guide/">Guide</a>')],
  ['/guide/', page('<h2 id="step-1">Step 1</h2><h2 id="résumé">Résumé</h2>')],
  ['/404.html', page('<p>Not here</p>')],
]);
const files = new Set(['/index.html', '/guide/index.html', '/404.html', '/_astro/site.css', '/embed.js']);

function brokenLinksOn(body: string) {
  const pages = new Map([...site].map(([path, html]) => [path, linksOf(html)]));
  pages.set('/faq/', linksOf(page(`<h2 id="top">FAQ</h2>${body}`)));
  return findBrokenLinks(pages, new Set([...files, '/faq/index.html'])).map(({ link, reason }) => [link, reason]);
}

describe('internal link check', () => {
  it.each([
    ['a page', '<a href="/guide/">x</a>'],
    ['an anchor on another page', '<a href="/guide/#step-1">x</a>'],
    ['an anchor on the same page', '<a href="#top">x</a>'],
    ['a relative link', '<a href="../guide/">x</a>'],
    ['a page with a query', '<a href="/guide/?q=1#step-1">x</a>'],
    ['a built file', '<link rel="stylesheet" href="/_astro/site.css"><script src="/embed.js"></script>'],
    ['the 404 page itself', '<a href="/404.html">x</a>'],
    ['an anchor with accents, raw or percent-encoded', '<a href="/guide/#résumé">x</a><a href="/guide/#r%C3%A9sum%C3%A9">y</a>'],
    ['another site, mail and data links', '<a href="https://example.com/nope/">x</a><a href="mailto:a@b.c">m</a><img src="data:image/png;base64,AA" alt="">'],
    ['the canonical address', '<link rel="canonical" href="/somewhere-else/">'],
    ['a link inside a template', '<template><a href="/guide/">x</a></template>'],
    ['a link with an encoded ampersand', '<a href="/guide/?a=1&amp;b=2#step-1">x</a>'],
    ['link-like text in a script, a comment and a textarea', '<script>"<a href=/nope/>"</script><!-- <a href="/nope/"> --><textarea><a href="/nope/"></textarea>'],
    ['a link inside an inline SVG', '<svg viewBox="0 0 1 1"><a href="/guide/"><path d="M0 0"/></a></svg>'],
  ])('accepts %s', (_case, body) => {
    expect(brokenLinksOn(body)).toEqual([]);
  });

  it.each([
    ['a page that was not built', '<a href="/tools/data-match/">x</a>', '/tools/data-match/', 'missing page'],
    ['an anchor the page lacks', '<a href="/guide/#step-9">x</a>', '/guide/#step-9', 'missing anchor'],
    ['an anchor the same page lacks', '<a href="#nowhere">x</a>', '#nowhere', 'missing anchor'],
    ['a folder URL without its slash', '<a href="/guide">x</a>', '/guide', 'missing trailing slash'],
    ['a missing script', '<script src="/_astro/gone.js"></script>', '/_astro/gone.js', 'missing page'],
    ['a missing image', '<img src="/og.png" alt="">', '/og.png', 'missing page'],
    ['a malformed escape, without crashing', '<a href="/guide/#100%zz">x</a>', '/guide/#100%zz', 'missing anchor'],
    ['a broken link inside a template', '<template><a href="/nope/">x</a></template>', '/nope/', 'missing page'],
    ['a link after a script holding "</a>"', '<script>document.write("</a>")</script><a href="/nope/">x</a>', '/nope/', 'missing page'],
  ])('reports %s', (_case, body, link, reason) => {
    expect(brokenLinksOn(body)).toEqual([[link, reason]]);
  });
});

describe('the build step', () => {
  const root = mkdtempSync(join(tmpdir(), 'kyc-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), html);
  };

  it('passes a built folder whose links all resolve', async () => {
    write('index.html', page('<a href="/guide/#step-1">x</a>'));
    write('guide/index.html', page('<h2 id="step-1">1</h2><a href="/">home</a>'));
    const read = await hashAndReadPages(root);
    await expect(assertNoBrokenLinks(root, read)).resolves.toEqual({ pages: 2, links: 2, latePages: 0 });
  });

  it('fails, naming the page and the link, when one does not', async () => {
    write('guide/index.html', page('<h2 id="step-1">1</h2><a href="/failures/blur/">blur</a>'));
    await expect(assertNoBrokenLinks(root, await hashAndReadPages(root))).rejects.toThrow('/guide/: /failures/blur/ (missing page)');
  });

  it('reads the pages written after the others were read, and the files written since', async () => {
    write('guide/index.html', page('<h2 id="step-1">1</h2><a href="/late/#here">late</a><link rel="sitemap" href="/sitemap.xml">'));
    const read = await hashAndReadPages(root);
    write('late/index.html', page('<h2 id="here">Late</h2><a href="/gone/">x</a>'));
    write('sitemap.xml', '<urlset/>');
    await expect(assertNoBrokenLinks(root, read)).rejects.toThrow(/^1 broken internal link\(s\):\n {2}\/late\/: \/gone\/ \(missing page\)$/);
  });

  it('names the page the scanner cannot read', async () => {
    write('odd/index.html', page('<svg><style>a{}</style></svg>'));
    await expect(hashAndReadPages(root)).rejects.toThrow('/odd/index.html: <style> inside <svg>');
    rmSync(join(root, 'odd'), { recursive: true });
  });
});
