/**
 * `npm run bench`: builds the site and a framework floor, analyses dist/, serves it gzip-compressed,
 * measures in Debian's Chromium what pages ship, how fast search answers and what Lighthouse says,
 * then prints one table and writes everything to bench-results.json. Figures are reported here and
 * never asserted by the tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildFloor, buildSite, fastest, type FloorBuild, type SiteBuild } from './build.ts';
import { launchChromium } from '../chromium.ts';
import { codePageWeight, countPages, htmlSizes, pagefindSizes, readDistPages } from './dist-pages.ts';
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS, runLighthouse } from './lighthouse.ts';
import { printFailingAudits, printTable, tableRows, TARGETS, type BenchFigures, type Row } from './report.ts';
import { measureSearch } from './search.ts';
import { serveStatic } from './server.ts';
import { measureShippedAssets } from './shipped.ts';
import { GZIP_LEVEL } from './stats.ts';

const DIST = 'dist';
const OUTPUT = 'bench-results.json';
/** Ports set aside for the benchmark on shared machines: the static server and Lighthouse's Chromium. */
const SERVER_PORT = 4390;
const LIGHTHOUSE_DEBUG_PORT = 4391;

const LIGHTHOUSE_PAGES = [
  { label: 'home', path: '/en/' },
  { label: 'code', path: '/en/codes/550/' },
  { label: 'comparison', path: '/en/compare/421-vs-504/' },
  { label: 'search', path: '/en/search/?q=550%205.1.1%20user%20unknown' },
];

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
        lighthouse: { config: 'default (mobile emulation, simulated throttling)', categories: LIGHTHOUSE_CATEGORIES, runsPerPage: LIGHTHOUSE_RUNS, reported: 'the median performance run' },
      },
      targets: TARGETS,
      table: rows,
      build: {
        site: f.site,
        floor: { pages: f.floor.pages, seconds: f.floor.seconds },
        ratio: f.site.totalSeconds / f.floor.seconds,
        allRuns: { siteSeconds: siteRuns.map((r) => r.totalSeconds), floorSeconds: floorRuns.map((r) => r.seconds) },
      },
      pages: { total: f.pages.length, perTypeAndLocale: f.counts },
      htmlBytes: f.html,
      otherLocalizedHtmlBytes: f.pages.filter((p) => p.type === 'other localized').map((p) => ({ path: p.path, raw: p.rawBytes, gzip: p.gzipBytes })),
      codePageGzipHtmlPlusCss: f.codePage,
      shippedBeforeInteraction: f.shipped,
      pagefind: f.pagefind,
      search: f.search,
      lighthouse: f.lighthouse,
    },
    null,
    2,
  );
}

/**
 * Build times on these machines swing by half from one run to the next (other work, disk). The
 * site and the floor are built in turn, BUILD_RUNS times each, and the fastest of each is compared.
 */
const BUILD_RUNS = 2;
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
const { chromium, ...served } = await measureServedSite();

const figures: BenchFigures = {
  site,
  floor,
  pages,
  counts: countPages(pages),
  html: htmlSizes(pages),
  codePage: codePageWeight(pages, DIST),
  pagefind: pagefindSizes(DIST),
  ...served,
};
const rows = tableRows(figures);
console.log('');
printTable(rows);
printFailingAudits(figures.lighthouse);
writeFileSync(OUTPUT, resultsJson(figures, rows, chromium));
console.log(`\nwritten: ${OUTPUT}`);
