// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { brand } from './src/config/brand.ts';
import { builtPages } from './src/integrations/built-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { minifyWorker } from './src/integrations/minify-worker.ts';
import { lazyModuleUrl } from './src/integrations/lazy-module-url.ts';

// Builds for tests and benchmarks can go to their own folder so that parallel builds never clash.
const outDir = process.env.KYC_OUT_DIR ?? './dist';
const cacheDir = process.env.KYC_OUT_DIR ? `${process.env.KYC_OUT_DIR}-cache` : './node_modules/.astro';

export default defineConfig({
  site: brand.siteUrl,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: {
    // Styles and scripts go to cached files instead of being inlined into every page: smaller
    // HTML (the 7 KB budget) and fewer inline hashes in each page's CSP.
    inlineStylesheets: 'never',
    // Four pages rendered at once: while one waits for its folder and file to be written, the
    // next renders (≈ 10 % off a 1,000-page build on 2 cores; more than 4 gained nothing).
    concurrency: 4,
  },
  // Starlight would prefetch every link a reader hovers or taps. Pages here weigh ~7 KB gzip and
  // load fast anyway; the prefetcher would cost 1.1 KB of script on every page, the checkers'
  // included, and speculative downloads on metered phone connections.
  prefetch: false,
  // Module workers, so that the photo worker loads the HEIC decoder (3 MB) as a separate chunk, only for HEIC files.
  // No comments in the worker: the final minifier would write its pure-call annotations back (30 bytes gzip).
  vite: {
    plugins: [lazyModuleUrl()],
    worker: { format: 'es', plugins: () => [minifyWorker()], rolldownOptions: { output: { comments: false } } },
    build: {
      assetsInlineLimit: 0,
      // React, its DOM renderer and JSX runtime in one chunk: every island page loads all three, and
      // together they compress better than as four chunks (−575 bytes gzip on each checker page).
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] } } },
    },
  },
  // Every page gets a CSP <meta>; builtPages() then gives it the hashes of exactly its own
  // inline scripts and styles (Astro misses Starlight's). frame-ancestors: see public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "object-src 'none'",
        "form-action 'self'",
        "connect-src 'self'",
        "img-src 'self' blob: data:",
        "font-src 'self'",
        "worker-src 'self' blob:",
        // The integrator docs show the widgets live, framed from this site.
        "frame-src 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight and Expressive Code write style="" attributes; <style> elements stay hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: brand.siteName,
      description: brand.tagline,
      favicon: '/favicon.svg',
      lastUpdated: false,
      // The search index is built by searchIndex() below, while the pages are generated.
      pagefind: false,
      components: {
        Search: './src/components/site/Search.astro',
        LanguageSelect: './src/components/site/LanguageSelect.astro',
      },
      sidebar: [
        { label: 'Verification guide', items: ['guide', 'guide/levels', 'guide/steps', 'guide/after-verification'] },
        {
          label: 'Why was I rejected?',
          items: [
            'failures',
            'failures/document-quality',
            'failures/information-mismatch',
            'failures/facial-verification',
            'failures/technical-problems',
            'failures/after-several-failures',
          ],
        },
        { label: 'Checkers', items: [{ autogenerate: { directory: 'tools' } }] },
        { label: 'Help', items: ['stay-safe', 'faq'] },
        { label: 'For integrators', items: ['integrators/embed'] },
      ],
    }),
    react(),
    // Replaces the sitemap Starlight would add, to leave out the embed pages (they are noindex).
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
    searchIndex(),
    // Last, so that it sees every file the other integrations write: CSP hashes, and a broken link fails the build.
    builtPages(),
  ],
});
