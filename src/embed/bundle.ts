/**
 * Bundles the host-side loader into one small ES module with esbuild, at build time (and on
 * request in `astro dev`). Kept apart from the endpoint so tests can bundle it too.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The loader's entry; Astro runs builds and endpoints from the project root. */
export const LOADER_ENTRY = resolve(process.cwd(), 'src/embed/loader.ts');

export async function bundleLoader(entry: string = LOADER_ENTRY): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`bundleLoader: esbuild produced no output for ${entry}`);
  return output.text;
}
