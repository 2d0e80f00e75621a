/**
 * Astro integration: once the site is built, fails the build if any internal link or anchor is
 * broken (see `internal-links.ts`). Starlight's usual plugin for this, starlight-links-validator,
 * assumes articles live in `src/content/docs/`, which this site's `content/docs/` does not.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, readPageLinks, type PageLinks } from './internal-links.ts';

/** `guide/index.html` → `/guide/`; other files keep their name: `/404.html`, `/_astro/x.css`. */
function pagePath(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/\/index\.html$/, '/');
}

/** Reads the built folder and throws, listing every broken link, if there is one. */
export async function assertNoBrokenLinks(root: string): Promise<{ pages: number; links: number }> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Set<string>();
  const pages = new Map<string, PageLinks>();
  let links = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = relative(root, `${entry.parentPath}${sep}${entry.name}`);
    files.add(`/${file.split(sep).join('/')}`);
    if (!entry.name.endsWith('.html')) continue;
    const page = readPageLinks(await readFile(`${entry.parentPath}${sep}${entry.name}`, 'utf8'));
    pages.set(pagePath(file), page);
    links += page.links.length;
  }
  const broken = findBrokenLinks(pages, files);
  if (broken.length > 0) {
    const list = broken.map(({ page, link, reason }) => `  ${page}: ${link} (${reason})`).join('\n');
    throw new Error(`${broken.length} broken internal link(s):\n${list}`);
  }
  return { pages: pages.size, links };
}

export function checkInternalLinks(): AstroIntegration {
  return {
    name: 'kyc-help:check-internal-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, links } = await assertNoBrokenLinks(fileURLToPath(dir));
        logger.info(`${links} links on ${pages} pages: none broken`);
      },
    },
  };
}
