/** Serves the built site on http://127.0.0.1:4321 (or $PORT) with the headers it ships with. */
import { startStaticServer } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const root = process.env.KYC_OUT_DIR ?? 'dist';
const { origin } = await startStaticServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`KYC Help is being served at ${origin}/ (press Ctrl+C to stop)`);
