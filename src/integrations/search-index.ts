/**
 * Astro integration: builds the Pagefind search index while Astro generates the pages, instead of
 * reading every page back from disk once they are all written (what Starlight does in
 * `astro:build:done` when its own `pagefind` option is on; astro.config.mjs turns it off).
 *
 * It wraps Astro's prerenderer: each page's HTML goes to Pagefind's indexer as soon as it is
 * rendered. The indexer is a separate native process, so it parses the pages on the other core
 * while Astro renders the next ones; once the last page is generated, only the index is left to
 * write. Pagefind gets what `addDirectory` on the output folder would have given it: every page,
 * under the URL its file has (an `.html` file that was not rendered, e.g. from `public/`, is read
 * from disk), and the build fails if a page appears after the index was written.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { builtFiles, pagePath, urlPath } from './built-pages.ts';

/** Astro writes these pages as `/404.html` and `/500.html`, not as folders (`build.format: 'directory'`). */
const STATUS_CODE_PAGES = new Set(['/404/', '/500/']);

/** The URL Pagefind gives a page when it finds its file in the output: `/guide/`, `/404.html`. */
export function indexedUrl(requestPath: string): string {
  return STATUS_CODE_PAGES.has(requestPath) ? `${requestPath.slice(0, -1)}.html` : requestPath;
}

interface PagefindResponse {
  errors: string[];
}

function assertNoErrors<Response extends PagefindResponse>(response: Response, step: string): Response {
  if (response.errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
  return response;
}

export interface Page {
  /** The URL Pagefind gives the page (`indexedUrl`). */
  url: string;
  html: string;
}

/**
 * Hands over the results of concurrent tasks in the order the tasks started: each task takes a
 * turn when it starts and delivers its result (or null) when it ends; `handOver` gets the results
 * in turn order, each as soon as every earlier task has delivered.
 */
export class InStartOrder<Result> {
  /** Results waiting for an earlier task (turn → result, or null for nothing to hand over). */
  private readonly waiting = new Map<number, Result | null>();
  private taken = 0;
  private handedOver = 0;

  constructor(private readonly handOver: (result: Result) => void) {}

  /** The turn of a task that is starting. */
  take(): number {
    return this.taken++;
  }

  deliver(turn: number, result: Result | null): void {
    this.waiting.set(turn, result);
    while (this.waiting.has(this.handedOver)) {
      const next = this.waiting.get(this.handedOver);
      this.waiting.delete(this.handedOver);
      this.handedOver += 1;
      if (next !== null && next !== undefined) this.handOver(next);
    }
  }

  /** Turns taken but not handed over yet: tasks still running, or waiting for an earlier one. */
  get pending(): number {
    return this.taken - this.handedOver;
  }
}

/**
 * A Pagefind index that pages are added to as they come, and that is written once at the end.
 * Pagefind numbers pages in the order it gets them, and that order shapes the index files; pages
 * are handed over in the order Astro started rendering them, whichever finishes first when
 * `build.concurrency` renders several at once, so that every build writes the same index.
 */
class GrowingIndex {
  private readonly index = pagefind.createIndex().then((created) => {
    if (!created.index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
    return created.index;
  });
  /** Every page handed over, so that a failure surfaces when the index is written. */
  private readonly adding: Promise<unknown>[] = [];
  readonly renders = new InStartOrder<Page>((page) => this.add(page));
  readonly urls = new Set<string>();

  /** Indexes a page now, outside the order of renders (a file found on disk at the end). */
  add({ url, html }: Page): void {
    this.urls.add(url);
    const added = this.index.then((index) => index.addHTMLFile({ url, content: html })).then((response) => assertNoErrors(response, `index ${url}`));
    // Awaited in write(); until then a failure must not count as unhandled.
    added.catch(() => {});
    this.adding.push(added);
  }

  async write(outputPath: string): Promise<void> {
    try {
      if (this.renders.pending > 0) throw new Error(`search-index: ${this.renders.pending} rendered pages were never handed over`);
      await Promise.all(this.adding);
      assertNoErrors(await (await this.index).writeFiles({ outputPath }), 'write the index');
    } finally {
      await pagefind.close();
    }
  }
}

/**
 * Astro's prerenderer, with every rendered page also delivered to `renders` (taken lazily, at the
 * first render). Astro gets the same response back, its body read once.
 */
export function indexingPrerenderer(prerenderer: AstroPrerenderer, renders: () => InStartOrder<Page>): AstroPrerenderer {
  return {
    // Called on Astro's prerenderer rather than copied from it: it may keep its state on itself.
    name: `${prerenderer.name}+kyc-help:search-index`,
    getStaticPaths: () => prerenderer.getStaticPaths(),
    ...(prerenderer.setup && { setup: () => prerenderer.setup!() }),
    ...(prerenderer.teardown && { teardown: () => prerenderer.teardown!() }),
    ...(prerenderer.collectStaticImages && { collectStaticImages: () => prerenderer.collectStaticImages!() }),
    render: async (request, options) => {
      const turn = renders().take();
      let page: Page | null = null;
      try {
        const rendered = await prerenderer.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        const isPage = options.routeData.type === 'page';
        const isRedirect = response.status >= 300 && response.status < 400;
        if (!isPage || isRedirect || !response.body) return rendered;
        const html = await response.text();
        page = { url: indexedUrl(new URL(request.url).pathname), html };
        const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
        return rendered instanceof Response ? copy : { ...rendered, response: copy };
      } finally {
        renders().deliver(turn, page);
      }
    },
  };
}

/** The `.html` files of the output that were not indexed, as URLs. */
async function unindexedPages(index: GrowingIndex, root: string): Promise<Map<string, string>> {
  const files = (await builtFiles(root)).filter((file) => file.endsWith('.html'));
  return new Map(files.map((file) => [pagePath(urlPath(root, file)), file] as const).filter(([url]) => !index.urls.has(url)));
}

export function searchIndex(): AstroIntegration {
  let index: GrowingIndex | undefined;
  const startIndex = () => (index ??= new GrowingIndex());
  let writing: Promise<{ fromDisk: number; seconds: number }> | undefined;
  return {
    name: 'kyc-help:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.build.format !== 'directory') throw new Error(`search-index: expects build.format 'directory', not '${config.build.format}'`);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => indexingPrerenderer(prerenderer, () => startIndex().renders));
      },
      // Written as soon as every page is: Astro's clean-up and the other integrations run meanwhile.
      'astro:build:generated': ({ dir }) => {
        const started = performance.now();
        const growing = startIndex();
        writing = (async () => {
          // Pages that did not come through the renderer (an .html file in public/) are read from disk.
          const fromDisk = await unindexedPages(growing, fileURLToPath(dir));
          for (const [url, file] of fromDisk) growing.add({ url, html: await readFile(file, 'utf8') });
          await growing.write(fileURLToPath(new URL('./pagefind/', dir)));
          return { fromDisk: fromDisk.size, seconds: (performance.now() - started) / 1000 };
        })();
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!writing) throw new Error('search-index: astro:build:generated never ran');
        const { fromDisk, seconds } = await writing;
        const missed = await unindexedPages(startIndex(), fileURLToPath(dir));
        if (missed.size > 0) {
          throw new Error(`search-index: pages written after the index was built are not searchable: ${[...missed.keys()].join(', ')}`);
        }
        logger.info(
          `indexed ${startIndex().urls.size} pages as they were generated${fromDisk > 0 ? ` (${fromDisk} read from disk)` : ''}; ` +
            `index written ${seconds.toFixed(1)} s after the last page`,
        );
      },
    },
  };
}
