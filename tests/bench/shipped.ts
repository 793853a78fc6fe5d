/**
 * JavaScript and CSS each kind of page ships before any interaction: one representative page per
 * type in every locale, loaded cold in Chromium until the network is idle. Counts every script and
 * stylesheet response (workers and dynamic imports included) and the inline <script> and <style>
 * text of the page.
 */
import type { Browser, Page, Response } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { openAndStay } from '../stay-on-page.ts';
import { codePath, codesIndexPath, comparePath, compareIndexPath, guidePath, homePath, searchPath } from '../../src/lib/routes.ts';
import { NO_LOCALE, type PageType } from './dist-pages.ts';
import { fetchSize, type Bytes } from './fetch-size.ts';
import { gzipSize, utf8Size } from './stats.ts';

interface Representative {
  label: string;
  type: PageType;
  path: (locale: Locale) => string;
  /** Pages outside the locales are loaded once. */
  localized: boolean;
}

/** The pages measured, one per page type; the "other localized" pages each on their own, as they differ. */
export const REPRESENTATIVES: readonly Representative[] = [
  { label: 'home', type: 'home', path: homePath, localized: true },
  { label: 'code (basic) 550', type: 'code (basic)', path: (l) => codePath(l, '550'), localized: true },
  { label: 'code (enhanced) 5.1.1', type: 'code (enhanced)', path: (l) => codePath(l, '5.1.1'), localized: true },
  { label: 'comparison 421-vs-504', type: 'comparison', path: (l) => comparePath(l, '421-vs-504'), localized: true },
  { label: 'comparison redirect 504-vs-421', type: 'comparison redirect', path: (l) => comparePath(l, '504-vs-421'), localized: true },
  { label: 'codes index', type: 'other localized', path: codesIndexPath, localized: true },
  { label: 'compare index', type: 'other localized', path: compareIndexPath, localized: true },
  { label: 'guide', type: 'other localized', path: guidePath, localized: true },
  { label: 'api', type: 'other localized', path: (l) => `/${l}/api/`, localized: true },
  { label: 'search (no query)', type: 'other localized', path: searchPath, localized: true },
  { label: 'language redirect /550/', type: 'language redirect', path: () => '/550/', localized: false },
  { label: '404', type: '404', path: () => '/no-such-page/', localized: false },
];

export interface AssetBytes extends Bytes {
  files: { url: string; raw: number; gzip: number }[];
  /** Inline text, gzipped on its own (it also travels inside the page's gzipped HTML). */
  inline: Bytes;
}

export interface ShippedPage {
  label: string;
  type: PageType;
  locale: string;
  path: string;
  js: AssetBytes;
  css: AssetBytes;
}

/** Loads every representative page in every locale and measures what it ships. */
export async function measureShippedAssets(browser: Browser, origin: string): Promise<ShippedPage[]> {
  const results: ShippedPage[] = [];
  for (const rep of REPRESENTATIVES) {
    // The locales of one page in parallel: only bytes are measured here, never time.
    const locales = rep.localized ? LOCALES : [undefined];
    const measured = await Promise.all(
      locales.map(async (locale) => {
        const path = rep.path(locale ?? 'en');
        return { label: rep.label, type: rep.type, locale: locale ?? NO_LOCALE, path, ...(await measurePage(browser, origin + path)) };
      }),
    );
    results.push(...measured);
  }
  return results;
}

async function measurePage(browser: Browser, url: string): Promise<{ js: AssetBytes; css: AssetBytes }> {
  const context = await browser.newContext(); // cold cache: a reader's first visit
  try {
    const responses: Response[] = [];
    let lastActivity = performance.now();
    context.on('request', () => (lastActivity = performance.now()));
    context.on('response', (r) => {
      lastActivity = performance.now();
      responses.push(r);
    });
    const page = await context.newPage();
    await openAndStay(page, url);
    // Whatever the page fetches on its own after load (the search page loads Pagefind) counts too.
    await networkQuiet(() => lastActivity);
    const inline = await inlineCode(page);
    const ofKind = (pattern: RegExp) => responses.filter((r) => r.url() !== url && pattern.test(r.headers()['content-type'] ?? '')).map((r) => r.url());
    return {
      js: await assetBytes(ofKind(/javascript/), inline.scripts),
      css: await assetBytes(ofKind(/text\/css/), inline.styles),
    };
  } finally {
    await context.close();
  }
}

/** Resolves once no request or response has happened for QUIET_MS (at most MAX_WAIT_MS). */
async function networkQuiet(lastActivity: () => number): Promise<void> {
  const QUIET_MS = 500;
  const MAX_WAIT_MS = 10_000;
  const started = performance.now();
  while (performance.now() - lastActivity() < QUIET_MS && performance.now() - started < MAX_WAIT_MS) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The text of the page's inline scripts (data blocks such as application/json excluded) and styles. */
function inlineCode(page: Page): Promise<{ scripts: string; styles: string }> {
  return page.evaluate(() => {
    const isCode = (s: HTMLScriptElement) => !s.src && ['', 'module', 'text/javascript', 'application/javascript'].includes(s.type.toLowerCase());
    return {
      scripts: [...document.querySelectorAll('script')].filter(isCode).map((s) => s.text).join('\n'),
      styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
    };
  });
}

async function assetBytes(urls: string[], inlineText: string): Promise<AssetBytes> {
  const unique = [...new Set(urls)];
  const files = await Promise.all(unique.map(async (url) => ({ url, ...(await fetchSize(url)) })));
  const inline = inlineText ? { raw: utf8Size(inlineText), gzip: gzipSize(inlineText) } : { raw: 0, gzip: 0 };
  return {
    raw: files.reduce((n, f) => n + f.raw, inline.raw),
    gzip: files.reduce((n, f) => n + f.gzip, inline.gzip),
    files,
    inline,
  };
}
