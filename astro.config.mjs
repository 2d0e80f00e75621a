// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { brand } from './src/config/brand.ts';

// Builds for tests and benchmarks can go to their own folder so that parallel builds never clash.
const outDir = process.env.KYC_OUT_DIR ?? './dist';
const cacheDir = process.env.KYC_OUT_DIR ? `${process.env.KYC_OUT_DIR}-cache` : './node_modules/.astro';

export default defineConfig({
  site: brand.siteUrl,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: brand.siteName,
      description: brand.tagline,
      favicon: '/favicon.svg',
      lastUpdated: false,
      components: {
        Search: './src/components/site/Search.astro',
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
        { label: 'Help', items: ['stay-safe', 'faq'] },
      ],
    }),
    react(),
  ],
});
