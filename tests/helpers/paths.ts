import { resolve } from 'node:path';

/** Where the site was built: `dist/`, or `$KYC_OUT_DIR` for parallel builds. */
export const builtSiteDir = resolve(process.env.KYC_OUT_DIR ?? 'dist');
