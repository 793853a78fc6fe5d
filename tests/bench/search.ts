/**
 * Search figures, measured in headless Chromium against the served build. For every
 * fixture query: time from submitting to the direct answer and to the first full-text result,
 * median and 95th percentile; bytes transferred for the first search (cold) and for a later one,
 * raw and gzip-compressed as a static host would send them.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { fetchSizes, type Bytes } from './fetch-size.ts';
import { kib, percentile } from './stats.ts';

export const SEARCH_TARGETS = { directMs: 50, fulltextMs: 300, firstSearchKB: 150 };

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

export interface SearchResults {
  queries: number;
  fulltextQueries: number;
  directAnswerMs: { median: number; p95: number; target: number };
  firstFulltextResultMs: { median: number; p95: number; target: number };
  firstSearchKB: { served: number; gzip: number; target: number };
  laterSearchKB: { served: number; gzip: number };
}

/** Runs every query on /en/search/ at `origin`, each in a fresh browser context. */
export async function measureSearch(browser: Browser, origin: string): Promise<SearchResults> {
  const direct: number[] = [];
  const fulltext: number[] = [];
  let first: Bytes = { raw: 0, gzip: 0 };
  let later: Bytes = { raw: 0, gzip: 0 };

  // A fresh browser context per query: every search is measured cold, as a reader's first.
  for (const [i, query] of QUERIES.entries()) {
    const context = await browser.newContext();
    const fetched = recordSearchBytes(context);
    const page = await context.newPage();
    await page.goto(`${origin}/en/search/`);
    // The page loads the search engine while the reader types; measure from the moment it is ready.
    await page.locator('#search-results[data-ready]').waitFor({ state: 'attached' });
    const run = await timedSearch(page, query);
    direct.push(run.directMs);
    if (run.fulltextMs !== undefined) fulltext.push(run.fulltextMs);
    if (i === 0) {
      const firstUrls = [...fetched];
      first = await fetchSizes(firstUrls);
      await timedSearch(page, 'authentication failed');
      later = await fetchSizes(fetched.slice(firstUrls.length));
    }
    await context.close();
  }

  return {
    queries: QUERIES.length,
    fulltextQueries: fulltext.length,
    directAnswerMs: { median: percentile(direct, 50), p95: percentile(direct, 95), target: SEARCH_TARGETS.directMs },
    firstFulltextResultMs: { median: percentile(fulltext, 50), p95: percentile(fulltext, 95), target: SEARCH_TARGETS.fulltextMs },
    firstSearchKB: { served: kib(first.raw), gzip: kib(first.gzip), target: SEARCH_TARGETS.firstSearchKB },
    laterSearchKB: { served: kib(later.raw), gzip: kib(later.gzip) },
  };
}

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
function recordSearchBytes(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('response', (response) => {
    if (/\/search\/codes\.json$|\/pagefind\//.test(response.url())) urls.push(response.url());
  });
  return urls;
}
