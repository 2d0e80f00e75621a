/**
 * `npm run bench:build -- --pages N [--query WORD] [--ref COMMIT] [--keep]`: how the build and the search scale with the
 * number of articles.
 *
 * Makes a throwaway project under `.tmp/bench-build-N/` (the real `src/`, `public/` and config
 * linked in, or those of commit `--ref`; a copy of `content/`, plus N synthetic articles in
 * `content/docs/bench/`, a folder the sidebar does not list), builds it cold into `/tmp/kyc-bench-build-N`, then serves the
 * build and searches once through the site's real search UI in Chromium. A separate project root
 * keeps Astro's generated `.astro/` folder away from the real project's parallel builds.
 *
 * Prints: build seconds, pages per second, peak memory, Pagefind's bytes on disk, and what the
 * browser downloaded for the first search (every request for /pagefind/…, counted on the server).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { budgets, formatKb, formatTable, gzipSize } from './lib/budgets.ts';
import { listBuiltPages } from './lib/built-pages.ts';
import { startStaticServer } from './lib/static-server.ts';
import { syntheticArticle } from './bench-fixtures/synthetic-articles.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { RESULT_PAGE_LINK, SEARCH_INPUT, openSearchWithShortcut } from '../tests/helpers/search-ui.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '100' },
    /** Comma-separated; each query is a first search in a fresh browser (nothing cached). */
    query: { type: 'string', default: 'passport,hologram' },
    /** Build the files of this commit instead of the working tree. */
    ref: { type: 'string' },
    /** Keep the throwaway project and its build for a look afterwards. */
    keep: { type: 'boolean', default: false },
  },
});
const pageCount = Number(values.pages);
if (!Number.isInteger(pageCount) || pageCount < 1) {
  console.error(`bench:build: --pages must be a whole number of at least 1, not "${values.pages}"`);
  process.exit(2);
}
const queries = values.query.split(',').map((query) => query.trim()).filter(Boolean);

const repo = process.cwd();
const projectRoot = join(repo, '.tmp', `bench-build-${pageCount}`);
const outDir = `/tmp/kyc-bench-build-${pageCount}`;
const BENCH_FOLDER = 'bench';

/** What a build needs from the project, besides node_modules (found by walking up from `.tmp/`). */
const PROJECT_ENTRIES = ['src', 'public', 'scripts', 'content', 'tsconfig.json', 'astro.config.mjs', 'package.json'];

/**
 * The throwaway project: the working tree linked in (content copied), or with `--ref`, the
 * files of that commit, so a run is reproducible and immune to half-finished work in the tree.
 */
function makeProject() {
  rmSync(projectRoot, { recursive: true, force: true });
  mkdirSync(projectRoot, { recursive: true });
  if (values.ref) {
    const archive = execFileSync('git', ['archive', '--format=tar', values.ref, ...PROJECT_ENTRIES], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', projectRoot], { input: archive });
  } else {
    for (const entry of PROJECT_ENTRIES.filter((name) => name !== 'content')) {
      symlinkSync(join(repo, entry), join(projectRoot, entry));
    }
    cpSync(join(repo, 'content'), join(projectRoot, 'content'), { recursive: true });
  }
  const folder = join(projectRoot, 'content', 'docs', BENCH_FOLDER);
  mkdirSync(folder);
  let words = 0;
  for (let index = 0; index < pageCount; index += 1) {
    // From content/docs/bench/ up to the project root, where scripts/ is.
    const article = syntheticArticle(index, pageCount, BENCH_FOLDER, '../../../scripts/bench-fixtures/ChecklistIsland.tsx');
    writeFileSync(join(folder, article.fileName), article.text);
    words += article.words;
  }
  return { averageWords: Math.round(words / pageCount) };
}

interface BuildFigures {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system) of the build: less sensitive than wall time to a busy machine. */
  cpuSeconds: number;
  peakMb: number;
}

/** Runs `astro build` on the throwaway project. */
function build(): Promise<BuildFigures> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const astro = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const log = join(repo, '.tmp', `bench-build-${pageCount}.log`);
  const started = performance.now();
  return new Promise((done, fail) => {
    // GNU time reports peak resident memory (KB), user and system CPU seconds as the last line.
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, astro, 'build', '--root', projectRoot], {
      // Run from the throwaway project: with the output outside the project, Astro keeps its
      // scratch folder (.astro/.prerender) in the working directory, which must not be shared
      // with other builds; and build-time code that reads files relative to it reads its own.
      cwd: projectRoot,
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
      const [peakKb = 0, user = 0, system = 0] = (output.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      done({ seconds, cpuSeconds: user + system, peakMb: Math.round(peakKb / 1024) });
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
/** Anything outside /pagefind/ is the site's own search dialog, fetched on first use. */
function searchPartOf(path: string): SearchPart {
  if (!path.startsWith('/pagefind/') || path.includes('-ui.')) return 'search UI';
  if (path.endsWith('.pf_fragment')) return 'result fragments';
  if (/\.(pf_meta|pf_index)$|pagefind-entry\.json$/.test(path)) return 'index';
  return 'search engine';
}

/**
 * Opens an article, lets it idle, then searches once through the site's search UI, until the
 * first results have rendered; returns every file requested from then on (the search dialog's
 * script and Pagefind's files). The query should match at least five pages.
 */
async function measureFirstSearch(query: string): Promise<{ files: string[]; results: number }> {
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
    await page.fill(SEARCH_INPUT, query);
    // The first results as a person sees them: wait until five have rendered (results render lazily).
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length >= 5, RESULT_PAGE_LINK, { timeout: 120_000 });
    const results = await page.locator(RESULT_PAGE_LINK).count();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1_000);
    return { files: [...new Set(requested)], results };
  } finally {
    await browser.close();
    await site.close();
  }
}

const { averageWords } = makeProject();
console.error(`bench:build: ${pageCount} synthetic articles (average ${averageWords} words) in ${projectRoot}; building…`);
const loadBefore = loadavg()[0]!;
const { seconds, cpuSeconds, peakMb } = await build();
const loadAfter = loadavg()[0]!;
const builtPages = listBuiltPages(outDir).length;
const pagefindDir = join(outDir, 'pagefind');
const indexBytes = folderBytes(join(pagefindDir, 'index')) + folderBytes(join(pagefindDir, 'fragment'));

const source = values.ref ? `commit ${execFileSync('git', ['rev-parse', '--short', values.ref]).toString().trim()}` : 'working tree';
console.log(`\nBuild-scale benchmark (${source}): ${pageCount} synthetic + ${builtPages - pageCount} real pages, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM`);
console.log(
  formatTable(
    ['pages built', 'build s', 'pages/s', 'CPU s', 'pages/CPU s', 'peak RAM', 'load avg', 'pagefind/ on disk', 'of which index+fragments'],
    [
      [
        String(builtPages),
        seconds.toFixed(1),
        (builtPages / seconds).toFixed(1),
        cpuSeconds.toFixed(1),
        (builtPages / cpuSeconds).toFixed(1),
        `${peakMb} MB`,
        `${loadBefore.toFixed(1)}→${loadAfter.toFixed(1)}`,
        formatKb(folderBytes(pagefindDir)),
        formatKb(indexBytes),
      ],
    ],
  ),
);

interface SearchFigures {
  query: string;
  results: number;
  files: string[];
  byPart: Map<SearchPart, { raw: number; sent: number; files: number }>;
  total: { raw: number; sent: number; files: number };
}

async function searchFigures(query: string): Promise<SearchFigures> {
  const { files, results } = await measureFirstSearch(query);
  const byPart = new Map<SearchPart, { raw: number; sent: number; files: number }>();
  const total = { raw: 0, sent: 0, files: 0 };
  for (const path of files) {
    const bytes = readFileSync(join(outDir, path));
    const sent = isPrecompressed(path) ? bytes.length : gzipSize(bytes);
    const part = byPart.get(searchPartOf(path)) ?? { raw: 0, sent: 0, files: 0 };
    byPart.set(searchPartOf(path), { raw: part.raw + bytes.length, sent: part.sent + sent, files: part.files + 1 });
    total.raw += bytes.length;
    total.sent += sent;
    total.files += 1;
  }
  return { query, results, files, byPart, total };
}

const searches: SearchFigures[] = [];
for (const query of queries) {
  const search = await searchFigures(query);
  searches.push(search);
  console.log(`\nFirst search for "${query}" (${search.results} results shown), files under /pagefind/ the browser requested:`);
  console.log(
    formatTable(
      ['part', 'files', 'bytes on disk', 'sent by a compressing host'],
      [...search.byPart]
        .map(([part, figures]) => [part, String(figures.files), formatKb(figures.raw), formatKb(figures.sent)])
        .concat([['total', String(search.total.files), formatKb(search.total.raw), `${formatKb(search.total.sent)} (target ≤ ${formatKb(budgets.firstSearchBytes)} at 5,000 pages)`]]),
    ),
  );
}
console.log(
  `\nJSON ${JSON.stringify({
    syntheticPages: pageCount,
    builtPages,
    averageWords,
    buildSeconds: Number(seconds.toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(1)),
    loadAverage: [loadBefore, loadAfter],
    pagesPerSecond: Number((builtPages / seconds).toFixed(1)),
    peakMb,
    pagefindBytes: folderBytes(pagefindDir),
    indexBytes,
    firstSearches: searches.map(({ byPart, ...search }) => ({ ...search, byPart: Object.fromEntries(byPart) })),
  })}`,
);
if (!values.keep) {
  rmSync(projectRoot, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
}
