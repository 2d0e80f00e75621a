import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_HEADINGS,
  excerptRuns,
  pageResult,
  resultsSummary,
  type PagefindFragment,
  type PagefindSubResult,
} from '../../../src/components/site/search-results.ts';

describe('excerptRuns', () => {
  it.each([
    ['plain text', 'Hold the card flat.', [{ text: 'Hold the card flat.', hit: false }]],
    [
      'a hit in the middle',
      'Avoid <mark>glare</mark> from lamps.',
      [
        { text: 'Avoid ', hit: false },
        { text: 'glare', hit: true },
        { text: ' from lamps.', hit: false },
      ],
    ],
    [
      'hits at both ends',
      '<mark>Blurry</mark> or <mark>blurred</mark>',
      [
        { text: 'Blurry', hit: true },
        { text: ' or ', hit: false },
        { text: 'blurred', hit: true },
      ],
    ],
    ['escaped angle brackets, shown as typed', 'a &lt;b&gt; tag', [{ text: 'a <b> tag', hit: false }]],
    ['markup-looking text stays text', '<img src=x onerror=alert(1)>', [{ text: '<img src=x onerror=alert(1)>', hit: false }]],
    ['an empty excerpt', '', []],
  ])('%s', (_name, excerpt, runs) => {
    expect(excerptRuns(excerpt)).toEqual(runs);
  });

  it('keeps every character of the text and drops only the <mark> tags', () => {
    const piece = fc.oneof(
      fc.string().filter((text) => !text.includes('<mark>') && !text.includes('</mark>') && !text.includes('&')),
      fc.constant('<mark>'),
      fc.constant('</mark>'),
    );
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        const excerpt = pieces.join('');
        const runs = excerptRuns(excerpt);
        expect(runs.map((run) => run.text).join('')).toBe(excerpt.replace(/<\/?mark>/g, ''));
        expect(runs.every((run) => run.text.length > 0)).toBe(true);
      }),
    );
  });
});

function section(id: string, title: string, hits: number): PagefindSubResult {
  return { title, url: `/faq/#${id}`, excerpt: `about <mark>${id}</mark>`, locations: Array.from({ length: hits }, (_, at) => at) };
}

function fragment(sections: PagefindSubResult[], meta: PagefindFragment['meta'] = { title: 'Questions' }): PagefindFragment {
  return { url: '/faq/', excerpt: 'the <mark>photo</mark> page', meta, sub_results: sections };
}

describe('pageResult', () => {
  it('lists the sections with hits under the page, with their links and excerpts', () => {
    const result = pageResult(fragment([section('glare', 'Glare', 2), section('blur', 'Blur', 1)]));
    expect(result).toEqual({
      url: '/faq/',
      title: 'Questions',
      excerpt: [
        { text: 'the ', hit: false },
        { text: 'photo', hit: true },
        { text: ' page', hit: false },
      ],
      headings: [
        { url: '/faq/#glare', title: 'Glare', excerpt: [{ text: 'about ', hit: false }, { text: 'glare', hit: true }] },
        { url: '/faq/#blur', title: 'Blur', excerpt: [{ text: 'about ', hit: false }, { text: 'blur', hit: true }] },
      ],
    });
  });

  it.each([
    ['the page itself', { title: 'Intro', url: '/faq/', excerpt: '' }],
    ['the page top, under its own title', { title: 'Questions', url: '/faq/#_top', excerpt: '' }],
    ['an untitled section', { title: '  ', url: '/faq/#x', excerpt: '' }],
  ])('does not repeat %s as a heading', (_name, duplicate) => {
    const result = pageResult(fragment([duplicate, section('glare', 'Glare', 1)]));
    expect(result.headings.map((heading) => heading.title)).toEqual(['Glare']);
  });

  it(`keeps the ${MAX_HEADINGS} sections with the most hits, in page order`, () => {
    const sections = [section('a', 'A', 1), section('b', 'B', 5), section('c', 'C', 2), section('d', 'D', 4), section('e', 'E', 3)];
    expect(pageResult(fragment(sections)).headings.map((heading) => heading.title)).toEqual(['B', 'D', 'E']);
  });

  it('names a page without a title', () => {
    expect(pageResult(fragment([], {})).title).toBe('Untitled page');
  });
});

describe('resultsSummary', () => {
  it.each([
    [0, 'No results for “qr”'],
    [1, '1 result for “qr”'],
    [1204, '1,204 results for “qr”'],
  ])('%i results', (total, summary) => {
    expect(resultsSummary(total, 'qr')).toBe(summary);
  });
});
