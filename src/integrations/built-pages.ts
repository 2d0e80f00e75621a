/**
 * Astro integration: reads every built page once and
 * - gives its CSP `<meta>` the hashes of exactly its own inline scripts and styles (`inline-hashes.ts`);
 * - fails the build if any internal link or `#anchor` is broken (`internal-links.ts`). Starlight's
 *   usual plugin for this, starlight-links-validator, assumes articles live in `src/content/docs/`,
 *   which this site's `content/docs/` does not.
 *
 * The pages are read as soon as Astro has generated them (`astro:build:generated`), so that the
 * work runs while Pagefind writes its index on the other core (`search-index.ts`); each page is
 * replaced in one rename, so a reader sees either version, and they differ only in the CSP. The links are checked in
 * `astro:build:done`, after the other integrations have written their files (sitemap, Pagefind):
 * keep this integration last. No integration of this site changes pages after they are generated;
 * one that did would have to run before this one reads them.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scanStartTags } from './html-scan.ts';
import { addInlineHashes } from './inline-hashes.ts';
import { findBrokenLinks, readPageLinks, type PageLinks } from './internal-links.ts';

/** Pages read at once: enough to keep the disk busy while the scanner runs. */
const CONCURRENT_PAGES = 8;

export interface ReadPages {
  /** URL path (`/guide/`, `/404.html`) → the page's links and ids. */
  pages: Map<string, PageLinks>;
  /** URL paths of the files read (`/guide/index.html`). */
  files: Set<string>;
  /** Distinct inline scripts over all pages. */
  inlineScripts: number;
  /** Pages that had no CSP `<meta>` to add hashes to (URL paths). */
  withoutPolicy: string[];
}

/** `guide/index.html` → `/guide/index.html` (the path a URL would use). */
export function urlPath(root: string, file: string): string {
  return `/${relative(root, file).split(sep).join('/')}`;
}

/** `/guide/index.html` → `/guide/`; other files keep their name: `/404.html`. */
export function pagePath(path: string): string {
  return path.replace(/\/index\.html$/, '/');
}

/**
 * Every file of the build. Hidden folders are Astro's own scratch space (`.prerender`), which it
 * may be deleting while this runs: they are skipped, and a folder that vanishes reads as empty.
 */
export async function builtFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => {
        const path = `${folder}${sep}${entry.name}`;
        if (entry.isDirectory()) return builtFiles(path);
        return entry.isFile() ? [path] : [];
      }),
  );
  return nested.flat();
}

/**
 * Reads each HTML page under `root` (but those in `done`, URL paths), writes its CSP hashes and
 * keeps its links and ids.
 */
export async function hashAndReadPages(root: string, done: ReadonlySet<string> = new Set()): Promise<ReadPages> {
  const files = (await builtFiles(root)).filter((file) => file.endsWith('.html') && !done.has(urlPath(root, file)));
  const pages = new Map<string, PageLinks>();
  const read = new Set<string>();
  const scripts = new Set<string>();
  const withoutPolicy: string[] = [];
  const readOne = async (file: string) => {
    const path = urlPath(root, file);
    const html = await readFile(file, 'utf8');
    let tags;
    try {
      tags = scanStartTags(html);
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
    const hashed = addInlineHashes(html, tags);
    if (!hashed.hasPolicy) withoutPolicy.push(path);
    hashed.scriptHashes.forEach((hash) => scripts.add(hash));
    pages.set(pagePath(path), readPageLinks(tags));
    read.add(path);
    if (hashed.html !== html) {
      // Whole or not at all, for Pagefind reading the same files meanwhile.
      await writeFile(`${file}.csp-tmp`, hashed.html);
      await rename(`${file}.csp-tmp`, file);
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) await readOne(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_PAGES, files.length) }, worker));
  return { pages, files: read, inlineScripts: scripts.size, withoutPolicy };
}

/**
 * Throws, listing every broken link, if a link of `pages` leads nowhere in the built folder.
 * Pages written after `pages` was read are read now.
 */
export async function assertNoBrokenLinks(root: string, read: ReadPages): Promise<{ pages: number; links: number; latePages: number }> {
  const late = await hashAndReadPages(root, read.files);
  const files = new Set((await builtFiles(root)).map((file) => urlPath(root, file)));
  const pages = new Map([...read.pages, ...late.pages]);
  const broken = findBrokenLinks(pages, files);
  if (broken.length > 0) {
    const list = broken.map(({ page, link, reason }) => `  ${page}: ${link} (${reason})`).join('\n');
    throw new Error(`${broken.length} broken internal link(s):\n${list}`);
  }
  const links = [...pages.values()].reduce((total, page) => total + page.links.length, 0);
  return { pages: pages.size, links, latePages: late.pages.size };
}

export function builtPages(): AstroIntegration {
  let reading: Promise<ReadPages> | undefined;
  let started = 0;
  return {
    name: 'kyc-help:built-pages',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        started = performance.now();
        reading = hashAndReadPages(fileURLToPath(dir));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        reading.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const waitFrom = performance.now();
        const read = await (reading ?? hashAndReadPages(fileURLToPath(dir)));
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        logger.info(
          `hashed ${read.inlineScripts} distinct inline scripts into the CSP of ${read.pages.size} pages ` +
            `(${seconds(performance.now() - started)} since the pages were generated, ${seconds(performance.now() - waitFrom)} waited for)`,
        );
        if (read.withoutPolicy.length > 0) logger.warn(`pages without a CSP <meta>: ${read.withoutPolicy.join(', ')}`);
        const { pages, links, latePages } = await assertNoBrokenLinks(fileURLToPath(dir), read);
        if (latePages > 0) logger.info(`${latePages} pages written after generation were hashed and read too`);
        logger.info(`${links} links on ${pages} pages: none broken`);
      },
    },
  };
}
