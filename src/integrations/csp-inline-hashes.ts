/**
 * Astro integration: once the site is built, adds the hashes of each page's inline scripts and
 * styles to that page's CSP `<meta>` (see `inline-hashes.ts` for why this is done on the build).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineHashes } from './inline-hashes.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'kyc-help:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const withoutPolicy: string[] = [];
        const files = await htmlFiles(root);
        for (const file of files) {
          const result = addInlineHashes(await readFile(file, 'utf8'));
          if (!result.hasPolicy) withoutPolicy.push(file.slice(root.length));
          result.scriptHashes.forEach((hash) => scripts.add(hash));
          await writeFile(file, result.html);
        }
        logger.info(`hashed ${scripts.size} distinct inline scripts into the CSP of ${files.length} pages`);
        if (withoutPolicy.length > 0) logger.warn(`pages without a CSP <meta>: ${withoutPolicy.join(', ')}`);
      },
    },
  };
}
