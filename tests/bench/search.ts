/**
 * Search figures per locale, measured in headless Chromium against the served build, every query in
 * a fresh browser context (a cold cache, as a reader's first search):
 * - direct-only queries (codes, comparisons, reply lines), pasted: bytes transferred, and that no
 *   Pagefind file is among them;
 * - full-text queries, typed at TYPING_MS per character as the page prepares its answer: bytes, and
 *   the time from submit to the first full-text result;
 * - whole bounce messages, pasted: bytes (the reader included) and the time from submit to the report.
 * Bytes are response bodies as the server sent them (text gzip-compressed), everything after the page
 * itself has loaded; headers are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from '@playwright/test';
import { kib, percentile } from './stats.ts';

export const SEARCH_TARGETS = { directKB: 15, messageKB: 50, fulltextKB: 110, fulltextP95Ms: 150 };

/** A fast typist's pace: about eight characters a second. */
const TYPING_MS = 120;

type Locale = 'en' | 'es' | 'ja';
const LOCALES: readonly Locale[] = ['en', 'es', 'ja'];

const replyLines = readFileSync('tests/fixtures/bounce-samples.tsv', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t')[0]!);

/** Codes, comparisons and reply lines: answered without Pagefind. Replies stay in English in every locale. */
const DIRECT: Record<Locale, readonly string[]> = {
  en: ['550', '5.7.1', '421 vs 504', 'difference between 450 and 550', '4.7.650', ...replyLines],
  es: ['550', '5.7.1', '421 vs 504', 'diferencia entre 450 y 550', '4.7.650', ...replyLines],
  ja: ['550', '5.7.1', '421 vs 504', '450と550の違い', '4.7.650', ...replyLines],
};

/** Words people type, in each language: answered by Pagefind (and the reason a text shows). */
const FULLTEXT: Record<Locale, readonly string[]> = {
  en: ['mailbox full', 'authentication failed', 'relay access denied', 'greylisting', 'message too big', 'blocklisted', 'spam', 'DMARC', 'quota exceeded', 'user unknown', 'reverse DNS', 'rate limit'],
  es: ['buzón lleno', 'autenticación fallida', 'retransmisión denegada', 'lista gris', 'mensaje demasiado grande', 'lista negra', 'spam', 'DMARC', 'cuota excedida', 'usuario desconocido', 'DNS inverso', 'límite de envío'],
  ja: ['メールボックス 容量', '認証 失敗', 'リレー 拒否', 'グレーリスト', 'メッセージ サイズ', 'ブラックリスト', 'スパム', 'DMARC', '容量 超過', '存在しない 宛先', '逆引き', '送信 制限'],
};

/** Whole messages from the development corpus, one per common layout. */
const MESSAGES = ['postfix-01', 'microsoft-365-01', 'gmail-01', 'exim-01', 'sendmail-01', 'amazon-ses-01', 'postfix-ten-recipients'];
const CORPUS = 'tests/fixtures/bounces';

function messages(): { name: string; text: string }[] {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml'));
  return MESSAGES.map((prefix) => {
    const file = files.find((f) => f.startsWith(`${prefix}-`) || f === `${prefix}.eml`);
    if (!file) throw new Error(`${CORPUS}: no message named ${prefix}-*.eml`);
    return { name: file, text: readFileSync(join(CORPUS, file), 'utf8') };
  });
}

export interface QueryRun {
  query: string;
  bytes: number;
  pagefindFiles: number;
  /** Submit to the first full-text result (or to the end of a search that found none beyond its direct answer), or to a message's report. */
  ms?: number;
  results?: number;
}

export interface LocaleSearch {
  direct: { queries: QueryRun[]; maxKB: number; medianKB: number; pagefindFiles: number; target: number };
  fulltext: { queries: QueryRun[]; maxKB: number; medianKB: number; msMedian: number; msP95: number; withoutResults: string[]; targetKB: number; targetMs: number };
  message: { queries: QueryRun[]; maxKB: number; msMedian: number; msMax: number; target: number };
}

export type SearchResults = Record<Locale, LocaleSearch>;

/** Runs every query set in every locale at `origin`. */
export async function measureSearch(browser: Browser, origin: string): Promise<SearchResults> {
  const pasted = messages();
  const results = {} as SearchResults;
  for (const locale of LOCALES) {
    const direct: QueryRun[] = [];
    for (const query of DIRECT[locale]) direct.push(await run(browser, origin, locale, query, 'paste'));
    const fulltext: QueryRun[] = [];
    for (const query of FULLTEXT[locale]) fulltext.push(await run(browser, origin, locale, query, 'type'));
    const message: QueryRun[] = [];
    for (const m of pasted) message.push({ ...(await run(browser, origin, locale, m.text, 'paste')), query: m.name });
    const kb = (runs: QueryRun[]) => runs.map((r) => kib(r.bytes));
    const ms = (runs: QueryRun[]) => runs.flatMap((r) => (r.ms === undefined ? [] : [r.ms]));
    results[locale] = {
      direct: { queries: direct, maxKB: Math.max(...kb(direct)), medianKB: percentile(kb(direct), 50), pagefindFiles: Math.max(...direct.map((r) => r.pagefindFiles)), target: SEARCH_TARGETS.directKB },
      fulltext: {
        queries: fulltext,
        maxKB: Math.max(...kb(fulltext)),
        medianKB: percentile(kb(fulltext), 50),
        msMedian: percentile(ms(fulltext), 50),
        msP95: percentile(ms(fulltext), 95),
        withoutResults: fulltext.filter((r) => !r.results).map((r) => r.query),
        targetKB: SEARCH_TARGETS.fulltextKB,
        targetMs: SEARCH_TARGETS.fulltextP95Ms,
      },
      message: { queries: message, maxKB: Math.max(...kb(message)), msMedian: percentile(ms(message), 50), msMax: Math.max(...ms(message)), target: SEARCH_TARGETS.messageKB },
    };
  }
  return results;
}

/** One query on a freshly loaded search page: typed or pasted, then submitted. */
async function run(browser: Browser, origin: string, locale: Locale, query: string, how: 'type' | 'paste'): Promise<QueryRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/search/`, { waitUntil: 'networkidle' });
    const transfers: Promise<{ url: string; bytes: number }>[] = [];
    // On the context, so that a worker's requests count too.
    context.on('requestfinished', (request) => transfers.push(transferOf(request)));
    const box = page.locator('#search-query');
    await box.focus();
    if (how === 'type') await page.keyboard.type(query, { delay: TYPING_MS });
    else await box.fill(query);
    const timing = await submitAndTime(page);
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(transfers);
    return {
      query,
      bytes: fetched.reduce((n, f) => n + f.bytes, 0),
      pagefindFiles: fetched.filter((f) => f.url.includes('/pagefind/')).length,
      ...timing,
    };
  } finally {
    await context.close();
  }
}

/** The compressed bytes of a response. Chromium gives no body size for a worker's script: the server's Content-Length is the same figure. */
async function transferOf(request: Request): Promise<{ url: string; bytes: number }> {
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  const bytes = sizes.responseBodySize || Number((await response?.headerValue('content-length')) ?? 0);
  return { url: request.url(), bytes };
}

/** Submits the query and reads the page's performance marks (src/scripts/search-page.ts). */
async function submitAndTime(page: Page): Promise<{ ms?: number; results: number }> {
  const done = page.locator('#search-results').evaluate((root) => new Promise((resolve) => root.addEventListener('search-done', resolve, { once: true })));
  await page.locator('form.search-page-form button[type="submit"]').click();
  await done;
  return page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const start = mark('search-start')!;
    // Without a full-text result (the reason shown first was the only match), until the search is done.
    const shown = document.querySelector('#bounce-report') ? mark('search-direct') : (mark('search-fulltext') ?? mark('search-done'));
    return { ms: shown! - start, results: document.querySelectorAll('#search-results .search-fulltext li, #bounce-report [data-reason]').length };
  });
}
