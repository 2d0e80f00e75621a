/**
 * Global setup of the browser tests: serves the built site, and a host page on another origin
 * for the embed tests, both with the headers the site ships with.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { builtSiteDir } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, e.g. `http://127.0.0.1:40123`. */
    siteOrigin: string;
    /** Origin of the host-page fixtures, a different origin from the site. */
    hostOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(builtSiteDir)) {
    throw new Error(`browser tests: no built site at ${builtSiteDir}; run "npm run build" first`);
  }
  const site = await startStaticServer({ root: builtSiteDir });
  // "localhost" versus "127.0.0.1" makes the host page a different origin (and site) from the widgets.
  const host = await startStaticServer({ root: 'tests/fixtures/host', host: 'localhost', applyHeadersFile: false });
  project.provide('siteOrigin', site.origin);
  project.provide('hostOrigin', host.origin);
  return async () => {
    await Promise.all([site.close(), host.close()]);
  };
}
