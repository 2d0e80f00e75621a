/** `/embed.js`: the host-side loader, bundled from `src/embed/loader.ts` when the site is built. */
import type { APIRoute } from 'astro';
import { bundleLoader } from '../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleLoader(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
