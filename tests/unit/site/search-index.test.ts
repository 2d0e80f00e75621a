import fc from 'fast-check';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { InStartOrder, indexedUrl, indexingPrerenderer, type Page } from '../../../src/integrations/search-index.ts';

describe('the URL a page is indexed under', () => {
  it.each([
    ['/', '/'],
    ['/guide/', '/guide/'],
    ['/bench/article-00001/', '/bench/article-00001/'],
    // Astro writes the status pages as files, and Pagefind names a page after its file.
    ['/404/', '/404.html'],
    ['/500/', '/500.html'],
    ['/404-help/', '/404-help/'],
  ])('%s → %s', (requestPath, url) => {
    expect(indexedUrl(requestPath)).toBe(url);
  });
});

/** Starts `count` tasks in order, finishes them in `finishOrder`, returns what was handed over. */
function runInOrder(count: number, finishOrder: number[], skipped: ReadonlySet<number> = new Set()) {
  const handedOver: number[] = [];
  const order = new InStartOrder<number>((result) => handedOver.push(result));
  const turns = Array.from({ length: count }, () => order.take());
  for (const task of finishOrder) order.deliver(turns[task]!, skipped.has(task) ? null : task);
  return { handedOver, pending: order.pending };
}

describe('results handed over in the order their tasks started', () => {
  it.each([
    ['in order', [0, 1, 2, 3], [0, 1, 2, 3]],
    ['reversed', [3, 2, 1, 0], [0, 1, 2, 3]],
    ['interleaved', [1, 0, 3, 2], [0, 1, 2, 3]],
  ])('finished %s', (_, finishOrder, expected) => {
    expect(runInOrder(4, finishOrder)).toEqual({ handedOver: expected, pending: 0 });
  });

  it('waits for an earlier task that has not finished', () => {
    expect(runInOrder(3, [1, 2])).toEqual({ handedOver: [], pending: 3 });
    expect(runInOrder(3, [0, 2])).toEqual({ handedOver: [0], pending: 2 });
  });

  it('skips a task that had nothing to hand over without holding up the later ones', () => {
    expect(runInOrder(3, [2, 1, 0], new Set([1]))).toEqual({ handedOver: [0, 2], pending: 0 });
  });

  it('hands over every result in start order, whatever the order tasks finish in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((count) => fc.tuple(fc.constant(count), fc.shuffledSubarray([...Array(count).keys()], { minLength: count }))),
        ([count, finishOrder]) => {
          expect(runInOrder(count, finishOrder)).toEqual({ handedOver: [...Array(count).keys()], pending: 0 });
        },
      ),
    );
  });
});

type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
const route = (type: string) => ({ routeData: { type } }) as unknown as RenderOptions;

/** A prerenderer that answers every request with `response()`, through the indexing wrapper. */
function wrapped(response: () => Response) {
  const pages: Page[] = [];
  const order = new InStartOrder<Page>((page) => pages.push(page));
  const fake: AstroPrerenderer = { name: 'fake', getStaticPaths: async () => [], render: async () => response() };
  return { prerenderer: indexingPrerenderer(fake, () => order), pages, order };
}

describe('the indexing prerenderer', () => {
  const html = '<!doctype html><html lang="en"><body><main data-pagefind-body><h1>Résumé</h1></main></body></html>';

  it('gives Astro the page unchanged and hands its HTML to the index', async () => {
    const { prerenderer, pages } = wrapped(() => new Response(html, { status: 200, headers: { 'content-type': 'text/html', 'x-kept': '1' } }));
    const response = (await prerenderer.render(new Request('http://site.invalid/guide/'), route('page'))) as Response;
    expect([response.status, response.headers.get('x-kept'), await response.text()]).toEqual([200, '1', html]);
    expect(pages).toEqual([{ url: '/guide/', html }]);
  });

  it('indexes the 404 page under the name of its file', async () => {
    const { prerenderer, pages } = wrapped(() => new Response(html, { status: 404 }));
    await prerenderer.render(new Request('http://site.invalid/404/'), route('page'));
    expect(pages.map((page) => page.url)).toEqual(['/404.html']);
  });

  it.each([
    ['an endpoint', 'endpoint', () => new Response('User-agent: *')],
    ['a redirect', 'page', () => new Response(null, { status: 301, headers: { location: '/guide/' } })],
  ])('leaves %s out of the index, without holding up the pages after it', async (_, type, response) => {
    const { prerenderer, pages, order } = wrapped(response);
    const result = (await prerenderer.render(new Request('http://site.invalid/robots.txt'), route(type))) as Response;
    expect(result.status).toBe(response().status);
    expect([pages, order.pending]).toEqual([[], 0]);
  });
});
