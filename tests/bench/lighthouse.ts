/**
 * Lighthouse on a few pages of the served build, with Debian's Chromium started by chrome-launcher.
 * Lighthouse's default configuration: a mobile device, simulated throttling (slow 4G, 4× CPU).
 * Each page is audited LIGHTHOUSE_RUNS times and the run with the median performance score is reported, as
 * Lighthouse's documentation advises: on a shared two-core machine one run's Total Blocking Time
 * swings by hundreds of milliseconds.
 */
import { HANDOFF_KEY } from '../../src/lib/paste.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import { importTool } from './tools.ts';

/** The parts of Lighthouse's result that are read here (lighthouse/types/lhr). */
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: unknown } | undefined>;
  runtimeError?: { message: string };
}
type Flags = { port?: number; output?: 'json'; logLevel?: 'error'; onlyCategories?: string[]; disableStorageReset?: boolean };
interface LighthouseModule {
  default: (url: string, flags: Flags) => Promise<{ lhr: Lhr } | undefined>;
  startFlow: (page: unknown, options: { flags: Flags }) => Promise<{ navigate: (url: string) => Promise<void>; createFlowResult: () => Promise<{ steps: { lhr: Lhr }[] }> }>;
}
interface ChromeLauncherModule {
  launch: (o: { chromePath?: string; chromeFlags: string[]; port: number; logLevel: 'silent' }) => Promise<{ port: number; kill: () => void }>;
}
interface PuppeteerPage {
  goto: (url: string) => Promise<unknown>;
  evaluate: <A extends unknown[]>(f: (...args: A) => void, ...args: A) => Promise<void>;
  close: () => Promise<void>;
}
interface PuppeteerModule {
  default: { connect: (o: { browserURL: string; defaultViewport: null }) => Promise<{ newPage: () => Promise<PuppeteerPage>; disconnect: () => Promise<void> }> };
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** Audits whose score is a verdict rather than a note; the others never lower a category score. */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings', 'error']);

export const LIGHTHOUSE_RUNS = 3;

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  displayValue?: string;
  score: number | null;
  /** The audit's weight in its category's score; 0 for performance insights, which never lower it. */
  weight: number;
  /** What the audit points at, first few: elements (selector) or resources (url). */
  items: string[];
}

/**
 * A page to audit. With `paste`, the text is pasted on the home page and handed to the search page
 * in the tab (as src/scripts/search-handoff.ts does), and Lighthouse audits that navigation: the
 * search page as it reads the message and shows its report.
 */
export interface LighthousePage {
  label: string;
  path: string;
  paste?: string;
}

export interface LighthouseResult {
  label: string;
  path: string;
  /** 0 to 100 per category, from the median run. */
  scores: Record<Category, number>;
  /** The performance score of every run, in run order. */
  performanceRuns: number[];
  metrics: Record<string, string | undefined>;
  failing: FailingAudit[];
  runtimeError?: string;
}

/** Runs Lighthouse on each page in turn, in one Chromium on remote-debugging port `port`. */
export async function runLighthouse(origin: string, pages: readonly LighthousePage[], port: number): Promise<LighthouseResult[]> {
  const chromeLauncher = await importTool<ChromeLauncherModule>('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    port,
    logLevel: 'silent',
  });
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) results.push(await medianRun(origin, page, chrome.port));
    return results;
  } finally {
    chrome.kill();
  }
}

async function medianRun(origin: string, page: LighthousePage, port: number): Promise<LighthouseResult> {
  const runs: Omit<LighthouseResult, 'performanceRuns'>[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await auditPage(origin, page, port));
  const performanceRuns = runs.map((r) => r.scores.performance);
  const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(LIGHTHOUSE_RUNS / 2)]!;
  return { ...median, performanceRuns };
}

const FLAGS: Flags = { output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] };

async function auditPage(origin: string, page: LighthousePage, port: number): Promise<Omit<LighthouseResult, 'performanceRuns'>> {
  const lhr = page.paste ? await auditPastedSearch(origin, page, port) : (await (await importTool<LighthouseModule>('lighthouse')).default(origin + page.path, { ...FLAGS, port }))?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  return {
    label: page.label,
    path: page.path,
    scores,
    metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue])),
    failing: failingAudits(lhr),
    runtimeError: lhr.runtimeError?.message,
  };
}

/** A navigation to the search page with a message handed over from the home page, as a Lighthouse user flow. */
async function auditPastedSearch(origin: string, page: LighthousePage, port: number): Promise<Lhr | undefined> {
  const [{ startFlow }, puppeteer] = await Promise.all([importTool<LighthouseModule>('lighthouse'), importTool<PuppeteerModule>('puppeteer-core')]);
  const browser = await puppeteer.default.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const tab = await browser.newPage();
  try {
    const home = new URL(page.path, origin);
    home.pathname = home.pathname.replace(/search\/$/, '');
    await tab.goto(home.href);
    await tab.evaluate((key: string, text: string) => sessionStorage.setItem(key, text), HANDOFF_KEY, page.paste!);
    // Lighthouse would clear the origin's storage before the navigation, and the message with it.
    const flow = await startFlow(tab, { flags: { ...FLAGS, disableStorageReset: true } });
    await flow.navigate(origin + page.path);
    return (await flow.createFlowResult()).steps[0]?.lhr;
  } finally {
    await tab.close();
    await browser.disconnect();
  }
}

/** Every scored audit below 1 in a category that scored below 100. */
function failingAudits(lhr: Lhr): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const result = lhr.categories[category];
    if (!result || result.score === 1) continue;
    for (const ref of result.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || !SCORED_MODES.has(audit.scoreDisplayMode) || (audit.score !== null && audit.score >= 1)) continue;
      if (audit.score === null && audit.scoreDisplayMode !== 'error') continue;
      failing.push({ category, id: audit.id, title: audit.title, displayValue: audit.displayValue, score: audit.score, weight: ref.weight, items: auditItems(audit.details) });
    }
  }
  return failing;
}

/** Selectors or URLs of the first few items an audit lists, wherever its details keep them. */
function auditItems(details: unknown): string[] {
  const MAX_ITEMS = 3;
  type Item = { node?: { selector?: string; snippet?: string }; url?: string; source?: { url?: string }; items?: Item[] };
  const items = (details as { items?: Item[] } | undefined)?.items ?? [];
  // Insights nest their tables (e.g. cls-culprits-insight: a list of tables of items).
  const flat = items.flatMap((item) => (Array.isArray(item.items) ? item.items : [item]));
  return flat
    .map((item) => item.node?.selector ?? item.node?.snippet ?? item.url ?? item.source?.url)
    .filter((text): text is string => typeof text === 'string')
    .slice(0, MAX_ITEMS);
}
