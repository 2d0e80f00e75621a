/**
 * `import url from 'lazy-module-url:./module.ts'` gives the URL of `module.ts` built as a chunk
 * of its own, to be loaded later with `import(url)`. A plain `import('./module.ts')` does the
 * same, but Vite wraps every such import in its preload helper (880 bytes gzip on every page
 * that has one, here every page for the search button), which a module with nothing to preload
 * alongside it does not need.
 */
import type { Plugin } from 'vite';

const PREFIX = 'lazy-module-url:';
const RESOLVED = '\0lazy-module-url:';

export function lazyModuleUrl(): Plugin {
  let serving = false;
  return {
    name: 'kyc-lazy-module-url',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const target = await this.resolve(source.slice(PREFIX.length), importer);
      if (!target) throw new Error(`${source}: module not found`);
      return RESOLVED + target.id;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const target = id.slice(RESOLVED.length);
      // The dev server serves each module at its own path.
      if (serving) return `export default ${JSON.stringify(`/@fs${target}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: target });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
