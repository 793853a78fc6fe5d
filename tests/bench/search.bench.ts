/**
 * `npm run bench`: search figures (issue 6), measured in headless Chromium against the built site.
 * For every fixture query: time from submitting to the direct answer and to the first full-text
 * result, median and 95th percentile; bytes transferred for the first search (cold) and for a later
 * one, as served and gzip-compressed as a static host would send them. Prints a table and writes
 * bench-results.json. Speed is reported here, never asserted in tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const PORT = 4398;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TARGETS = { directMs: 50, fulltextMs: 300, firstSearchKB: 150 };

const fixtureQueries = readFileSync('tests/fixtures/bounce-samples.tsv', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t')[0]!);
/** Codes and comparisons get a direct answer only; words also get full-text results. */
const QUERIES = [
  'mailbox full',
  ...fixtureQueries,
  '550',
  '5.7.1',
  '421 vs 504',
  'authentication failed',
  'relay access denied',
  'greylisted',
  'message too big',
  'must issue a STARTTLS command first',
  '550 user unknown',
];

if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('Build the site first: npm run build');

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${ORIGIN}/en/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const gzipCache = new Map<string, number>();
  const gzipSize = async (url: string) => {
    if (!gzipCache.has(url)) gzipCache.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 6 }).length);
    return gzipCache.get(url)!;
  };

  /** Submits a query and returns its timings. */
  async function timedSearch(page: Page, query: string) {
    await page.locator('textarea[name="q"]').fill(query);
    const done = page.locator('#search-results').evaluate((root) => new Promise((r) => root.addEventListener('search-done', r, { once: true })));
    await page.locator('form.search-page-form button').click();
    await done;
    return page.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      const fulltext = performance.getEntriesByName('search-fulltext').length > 0;
      return {
        directMs: mark('search-direct') - mark('search-start'),
        fulltextMs: fulltext ? mark('search-fulltext') - mark('search-start') : undefined,
      };
    });
  }

  /**
   * What search costs on top of the page: its data file and Pagefind's script, worker, wasm and
   * index. Recorded at the network level, since Pagefind fetches most of it from a web worker.
   */
  function recordSearchBytes(context: BrowserContext) {
    const urls: string[] = [];
    context.on('response', (response) => {
      if (/\/search\/codes\.json$|\/pagefind\//.test(response.url())) urls.push(response.url());
    });
    return urls;
  }

  const direct: number[] = [];
  const fulltext: number[] = [];
  let first = { served: 0, gzip: 0 };
  let later = { served: 0, gzip: 0 };
  const servedSize = async (url: string) => (await (await fetch(url)).arrayBuffer()).byteLength;
  const sum = async (urls: string[]) => ({
    served: (await Promise.all(urls.map(servedSize))).reduce((n, b) => n + b, 0),
    gzip: (await Promise.all(urls.map(gzipSize))).reduce((n, b) => n + b, 0),
  });

  // A fresh browser context per query: every search is measured cold, as a reader's first.
  for (const [i, query] of QUERIES.entries()) {
    const context = await browser.newContext();
    const fetched = recordSearchBytes(context);
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/en/search/`);
    // The page loads the search engine while the reader types; measure from the moment it is ready.
    await page.locator('#search-results[data-ready]').waitFor({ state: 'attached' });
    const run = await timedSearch(page, query);
    direct.push(run.directMs);
    if (run.fulltextMs !== undefined) fulltext.push(run.fulltextMs);
    if (i === 0) {
      const firstUrls = [...fetched];
      first = await sum(firstUrls);
      await timedSearch(page, 'authentication failed');
      later = await sum(fetched.slice(firstUrls.length));
    }
    await context.close();
  }
  await browser.close();

  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
  const results = {
    queries: QUERIES.length,
    fulltextQueries: fulltext.length,
    directAnswerMs: { median: pct(direct, 50), p95: pct(direct, 95), target: TARGETS.directMs },
    firstFulltextResultMs: { median: pct(fulltext, 50), p95: pct(fulltext, 95), target: TARGETS.fulltextMs },
    firstSearchKB: { served: first.served / 1024, gzip: first.gzip / 1024, target: TARGETS.firstSearchKB },
    laterSearchKB: { served: later.served / 1024, gzip: later.gzip / 1024 },
  };
  const row = (name: string, value: string, target = '') => console.log(`${name.padEnd(36)}${value.padStart(22)}  ${target}`);
  console.log(`\nSearch (${QUERIES.length} queries, ${fulltext.length} with full-text results; headless Chromium, cold cache each)`);
  row('direct answer, median / p95', `${results.directAnswerMs.median.toFixed(1)} / ${results.directAnswerMs.p95.toFixed(1)} ms`, `target < ${TARGETS.directMs} ms`);
  row('first full-text result, median / p95', `${results.firstFulltextResultMs.median.toFixed(1)} / ${results.firstFulltextResultMs.p95.toFixed(1)} ms`, `target < ${TARGETS.fulltextMs} ms`);
  row('first search, served / gzip', `${results.firstSearchKB.served.toFixed(1)} / ${results.firstSearchKB.gzip.toFixed(1)} KB`, `target < ${TARGETS.firstSearchKB} KB`);
  row('later search, served / gzip', `${results.laterSearchKB.served.toFixed(1)} / ${results.laterSearchKB.gzip.toFixed(1)} KB`);
  writeFileSync('bench-results.json', JSON.stringify({ search: results }, null, 2));
  console.log('\nwritten: bench-results.json');
} finally {
  server.kill();
}
