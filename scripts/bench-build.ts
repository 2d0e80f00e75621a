/**
 * `npm run bench:build -- --pages N [--query WORD] [--keep]`: how the build and the search scale with the
 * number of articles.
 *
 * Makes a throwaway project under `.tmp/bench-build-N/` (the real `src/`, `public/` and config
 * linked in, a copy of `content/docs/`, plus N synthetic articles in `content/docs/bench/`, a
 * folder the sidebar does not list), builds it cold into `/tmp/kyc-bench-build-N`, then serves the
 * build and searches once through the site's real search UI in Chromium. A separate project root
 * keeps Astro's generated `.astro/` folder away from the real project's parallel builds.
 *
 * Prints: build seconds, pages per second, peak memory, Pagefind's bytes on disk, and what the
 * browser downloaded for the first search (every request for /pagefind/…, counted on the server).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { budgets, formatKb, formatTable, gzipSize } from './lib/budgets.ts';
import { listBuiltPages } from './lib/built-pages.ts';
import { startStaticServer } from './lib/static-server.ts';
import { syntheticArticle } from './bench-fixtures/synthetic-articles.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { openSearchWithShortcut, searchFor } from '../tests/helpers/search-ui.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '100' },
    query: { type: 'string', default: 'passport' },
    /** Keep the throwaway project and its build for a look afterwards. */
    keep: { type: 'boolean', default: false },
  },
});
const pageCount = Number(values.pages);
if (!Number.isInteger(pageCount) || pageCount < 1) {
  console.error(`bench:build: --pages must be a whole number of at least 1, not "${values.pages}"`);
  process.exit(2);
}
const query = values.query;

const repo = process.cwd();
const projectRoot = join(repo, '.tmp', `bench-build-${pageCount}`);
const outDir = `/tmp/kyc-bench-build-${pageCount}`;
const BENCH_FOLDER = 'bench';

function makeProject() {
  rmSync(projectRoot, { recursive: true, force: true });
  mkdirSync(join(projectRoot, 'content'), { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'tsconfig.json', 'astro.config.mjs', 'package.json']) {
    symlinkSync(join(repo, entry), join(projectRoot, entry));
  }
  const docs = join(projectRoot, 'content', 'docs');
  cpSync(join(repo, 'content', 'docs'), docs, { recursive: true });
  const folder = join(docs, BENCH_FOLDER);
  mkdirSync(folder);
  let words = 0;
  for (let index = 0; index < pageCount; index += 1) {
    // From content/docs/bench/ up to the project root, where scripts/ is linked in.
    const article = syntheticArticle(index, pageCount, BENCH_FOLDER, '../../../scripts/bench-fixtures/ChecklistIsland.tsx');
    writeFileSync(join(folder, article.fileName), article.text);
    words += article.words;
  }
  return { averageWords: Math.round(words / pageCount) };
}

/** Runs `astro build` on the throwaway project; resolves with wall seconds and peak memory. */
function build(): Promise<{ seconds: number; peakMb: number }> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log = join(repo, '.tmp', `bench-build-${pageCount}.log`);
  const started = performance.now();
  return new Promise((done, fail) => {
    // GNU time reports the peak resident memory of the build (in KB) as the last line.
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, astro, 'build', '--root', projectRoot], {
      env: { ...process.env, KYC_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(log, output);
      if (code !== 0) {
        fail(new Error(`the build failed (exit ${code}); its output is in ${log}:\n${output.slice(-3000)}`));
        return;
      }
      const peakKb = Number(output.trim().split('\n').at(-1));
      done({ seconds, peakMb: Math.round(peakKb / 1024) });
    });
  });
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Pagefind's own files are gzip already; a host compresses the rest (JS, CSS, JSON) on the way out. */
const isPrecompressed = (path: string) => /\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(path);

type SearchPart = 'search UI' | 'search engine' | 'index' | 'result fragments';
function searchPartOf(path: string): SearchPart {
  if (path.includes('-ui.')) return 'search UI';
  if (path.endsWith('.pf_fragment')) return 'result fragments';
  if (/\.(pf_meta|pf_index)$|pagefind-entry\.json$/.test(path)) return 'index';
  return 'search engine';
}

/** Opens an article, lets it idle, then searches once; returns every /pagefind/ file requested. */
async function measureFirstSearch(): Promise<{ files: string[]; results: number }> {
  const site = await startStaticServer({ root: outDir });
  const requested: string[] = [];
  site.server.on('request', (request) => requested.push(new URL(request.url ?? '/', site.origin).pathname));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/${BENCH_FOLDER}/article-00000/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1_000);
    requested.length = 0;
    await openSearchWithShortcut(page);
    const results = await searchFor(page, query, 5);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1_000);
    return { files: [...new Set(requested.filter((path) => path.startsWith('/pagefind/')))], results: results.length };
  } finally {
    await browser.close();
    await site.close();
  }
}

const { averageWords } = makeProject();
console.error(`bench:build: ${pageCount} synthetic articles (average ${averageWords} words) in ${projectRoot}; building…`);
const { seconds, peakMb } = await build();
const builtPages = listBuiltPages(outDir).length;
const pagefindDir = join(outDir, 'pagefind');
const indexBytes = folderBytes(join(pagefindDir, 'index')) + folderBytes(join(pagefindDir, 'fragment'));
const search = await measureFirstSearch();

const parts = new Map<SearchPart, { raw: number; sent: number; files: number }>();
for (const path of search.files) {
  const bytes = readFileSync(join(outDir, path));
  const part = parts.get(searchPartOf(path)) ?? { raw: 0, sent: 0, files: 0 };
  part.raw += bytes.length;
  part.sent += isPrecompressed(path) ? bytes.length : gzipSize(bytes);
  part.files += 1;
  parts.set(searchPartOf(path), part);
}
const total = [...parts.values()].reduce((sum, part) => ({ raw: sum.raw + part.raw, sent: sum.sent + part.sent, files: sum.files + part.files }), { raw: 0, sent: 0, files: 0 });

console.log(`\nBuild-scale benchmark: ${pageCount} synthetic + ${builtPages - pageCount} real pages, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM`);
console.log(
  formatTable(
    ['pages built', 'build s', 'pages/s', 'peak RAM', 'pagefind/ on disk', 'of which index+fragments'],
    [[String(builtPages), seconds.toFixed(1), (builtPages / seconds).toFixed(1), `${peakMb} MB`, formatKb(folderBytes(pagefindDir)), formatKb(indexBytes)]],
  ),
);
console.log(`\nFirst search for "${query}" (${search.results} results shown), files under /pagefind/ the browser requested:`);
console.log(
  formatTable(
    ['part', 'files', 'bytes on disk', 'sent by a compressing host'],
    [...parts].map(([part, figures]) => [part, String(figures.files), formatKb(figures.raw), formatKb(figures.sent)]).concat([
      ['total', String(total.files), formatKb(total.raw), `${formatKb(total.sent)} (target ≤ ${formatKb(budgets.firstSearchBytes)} at 5,000 pages)`],
    ]),
  ),
);
console.log(
  `\nJSON ${JSON.stringify({ syntheticPages: pageCount, builtPages, averageWords, buildSeconds: Number(seconds.toFixed(1)), pagesPerSecond: Number((builtPages / seconds).toFixed(1)), peakMb, pagefindBytes: folderBytes(pagefindDir), indexBytes, firstSearch: { files: total.files, raw: total.raw, sent: total.sent, byPart: Object.fromEntries(parts) } })}`,
);
if (!values.keep) {
  rmSync(projectRoot, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
}
