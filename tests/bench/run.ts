/**
 * `npm run bench`: builds the site and a framework floor, analyses dist/, serves it gzip-compressed,
 * measures in Debian's Chromium what pages ship, what a first search transfers and how fast it
 * answers in every locale, times the bounce reader in Node, and asks Lighthouse, then prints one
 * table and writes everything to bench-results.json. Figures are reported here and never asserted
 * by the tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildFloor, buildSite, fastest, type FloorBuild, type SiteBuild } from './build.ts';
import { launchChromium } from '../chromium.ts';
import { codePageWeight, countPages, htmlSizes, pagefindSizes, readDistPages } from './dist-pages.ts';
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS, runLighthouse, type LighthousePage } from './lighthouse.ts';
import { measureReader } from './reader.ts';
import { printFailingAudits, printTable, tableRows, TARGETS, type BenchFigures, type Row } from './report.ts';
import { measureSearch } from './search.ts';
import { serveStatic } from './server.ts';
import { measureShippedAssets } from './shipped.ts';
import { GZIP_LEVEL, percentile } from './stats.ts';

const DIST = 'dist';
const OUTPUT = 'bench-results.json';
/** Ports set aside for the benchmark on shared machines: the static server and Lighthouse's Chromium. */
const SERVER_PORT = 4390;
const LIGHTHOUSE_DEBUG_PORT = 4391;

/** A whole message for the search page's Lighthouse run, handed over as a paste would be. */
const PASTED = readFileSync('tests/fixtures/bounces/postfix-01-two-recipients-unknown-and-full.eml', 'utf8');
const LIGHTHOUSE_PAGES: LighthousePage[] = (['en', 'es', 'ja'] as const).flatMap((l) => [
  { label: `home ${l}`, path: `/${l}/` },
  { label: `code ${l}`, path: `/${l}/codes/550/` },
  { label: `comparison ${l}`, path: `/${l}/compare/421-vs-504/` },
  { label: `reason ${l}`, path: `/${l}/reasons/mailbox-full/` },
  { label: `search with a pasted bounce ${l}`, path: `/${l}/search/`, paste: PASTED },
]);

const step = (text: string) => console.log(`… ${text}`);

/** Figures measured with Playwright's Chromium: what each page type ships, and search. */
async function measureInBrowser(origin: string) {
  const browser = await launchChromium();
  try {
    step('measuring JavaScript and CSS per page type');
    const shipped = await measureShippedAssets(browser, origin);
    step('measuring search');
    const search = await measureSearch(browser, origin);
    return { shipped, search, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

/** Figures that need the site served: what pages ship, search, Lighthouse. */
async function measureServedSite() {
  const server = await serveStatic(DIST, SERVER_PORT);
  try {
    const inBrowser = await measureInBrowser(server.origin);
    // Once Playwright's browser has closed, so that Lighthouse's timings have the cores to themselves.
    step('running Lighthouse');
    const lighthouse = await runLighthouse(server.origin, LIGHTHOUSE_PAGES, LIGHTHOUSE_DEBUG_PORT);
    return { ...inBrowser, lighthouse };
  } finally {
    await server.close();
  }
}

/** Everything measured, with how it was measured, as written to bench-results.json. */
function resultsJson(f: BenchFigures, rows: Row[], chromium: string): string {
  return JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      environment: {
        node: process.version,
        chromium,
        cpus: cpus().length,
        gzipLevel: GZIP_LEVEL,
        kilobyte: 1024,
        server: 'tests/bench/server.ts: dist/ over node:http, text gzip-compressed, 404.html for missing paths',
        lighthouse: { config: 'default (mobile emulation, simulated throttling); the pasted search as a user-flow navigation', categories: LIGHTHOUSE_CATEGORIES, runsPerPage: LIGHTHOUSE_RUNS, reported: 'the median performance run' },
        search: 'tests/bench/search.ts: a fresh browser context per query; bytes are response bodies as sent after the page has loaded',
      },
      targets: TARGETS,
      table: rows,
      build: {
        site: f.site,
        floor: { pages: f.floor.pages, seconds: f.floor.seconds },
        ratio: percentile(f.ratios, 50),
        pairedRatios: f.ratios,
        fastestOverFastest: f.site.totalSeconds / f.floor.seconds,
        allRuns: { siteSeconds: siteRuns.map((r) => r.totalSeconds), floorSeconds: floorRuns.map((r) => r.seconds) },
      },
      pages: { total: f.pages.length, perTypeAndLocale: f.counts },
      htmlBytes: f.html,
      otherLocalizedHtmlBytes: f.pages.filter((p) => p.type === 'other localized').map((p) => ({ path: p.path, raw: p.rawBytes, gzip: p.gzipBytes })),
      codePageGzipHtmlPlusCss: f.codePage,
      shippedBeforeInteraction: f.shipped,
      pagefind: f.pagefind,
      search: f.search,
      reader: f.reader,
      lighthouse: f.lighthouse,
    },
    null,
    2,
  );
}

/**
 * Build times on these machines swing by half from one run to the next (other work, disk), and drift
 * within a run. The site and the floor are built in turn, BUILD_RUNS times each: each pair, built back
 * to back, gives one ratio, and the median ratio is the figure. (The fastest build of each side,
 * also reported, compares builds made minutes apart: one lucky floor run moves it by a third.)
 */
const BUILD_RUNS = 3;
const siteRuns: SiteBuild[] = [];
const floorRuns: FloorBuild[] = [];
for (let run = 1; run <= BUILD_RUNS; run++) {
  step(`building the site (astro build), run ${run} of ${BUILD_RUNS}`);
  siteRuns.push(await buildSite());
  const pageCount = readDistPages(DIST).length;
  step(`building the framework floor (${pageCount} trivial pages), run ${run} of ${BUILD_RUNS}`);
  floorRuns.push(await buildFloor(pageCount));
}
const site = fastest(siteRuns, (r) => r.totalSeconds);
const floor = fastest(floorRuns, (r) => r.seconds);
step('reading dist/');
const pages = readDistPages(DIST);
step('timing the bounce reader in Node');
const reader = measureReader();
const { chromium, ...served } = await measureServedSite();

const figures: BenchFigures = {
  site,
  floor,
  ratios: siteRuns.map((r, i) => r.totalSeconds / floorRuns[i]!.seconds),
  pages,
  counts: countPages(pages),
  html: htmlSizes(pages),
  codePage: codePageWeight(pages, DIST),
  pagefind: pagefindSizes(DIST),
  reader,
  ...served,
};
const rows = tableRows(figures);
console.log('');
printTable(rows);
printFailingAudits(figures.lighthouse);
writeFileSync(OUTPUT, resultsJson(figures, rows, chromium));
console.log(`\nwritten: ${OUTPUT}`);
