/**
 * Nothing leaves the site, and the strict Content Security Policy holds while every page and every
 * script works. The policy itself is checked page by page in tests/site/sweeps.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';

/** One page of every kind in every locale, and the 404. */
const PAGES = [
  '/en/codes/999/',
  ...LOCALES.flatMap((l) =>
    ['/', '/codes/', '/codes/550/', '/codes/5.7.57/', '/compare/', '/compare/421-vs-504/', '/guide/', '/api/'].map((p) => `/${l}${p}`),
  ),
];
/** Pages that lead on to another, and where they lead (here with an English-speaking browser). */
const REDIRECTS = [
  ['/', '/en/'],
  ['/550/', '/en/codes/550/'],
  ...LOCALES.map((l) => [`/${l}/compare/504-vs-421/`, `/${l}/compare/421-vs-504/`]),
] as const;

/** A whole bounce, handed from the home page to the search page: its inline script and the reader's worker run. */
const MESSAGE = readFileSync('tests/fixtures/bounces/postfix-01-two-recipients-unknown-and-full.eml', 'utf8');

/** Loads every page above, waiting for each redirect to arrive. */
async function visitAll(page: Page, locale?: string) {
  const mine = (path: string) => !locale || path.startsWith(`/${locale}/`);
  for (const path of PAGES.filter(mine)) await page.goto(path);
  for (const [from, to] of REDIRECTS.filter(([from]) => mine(from))) {
    await page.goto(from);
    await expect(page).toHaveURL((url) => url.pathname === to);
  }
}

/** A query in each language that needs Pagefind's full-text search, not only the code analyzer. */
const PROSE_QUERIES = { en: 'mailbox full', es: 'buzón lleno', ja: 'メールボックス 容量' } as const;

/** Collects the page's Content Security Policy violations, from its first script on, across navigations. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(`${page.url()}: ${v}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (v: string) => void }).reportViolation;
    document.addEventListener('securitypolicyviolation', (e) => report(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

/** Searches from the search page's address and waits for the first result. */
async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-results a').first()).toBeVisible({ timeout: 15_000 });
}

test('no request leaves the site while pages load and searches run', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  // On the context, so that the requests of Pagefind's web worker are recorded too.
  context.on('request', (request) => requests.push(request.url()));
  await visitAll(page);
  for (const locale of LOCALES) {
    await search(page, locale, PROSE_QUERIES[locale]);
    await search(page, locale, '550 5.1.1 user unknown');
  }
  await page.locator('#search-results a[href$="/codes/550/"]').click();
  await expect(page.locator('h1')).toContainText('550');

  // Pagefind's engine and index, fetched by its worker: the full-text search really ran, and was watched.
  expect(requests.some((url) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(url))).toBe(true);
  expect(requests.some((url) => url.endsWith('.pf_index'))).toBe(true);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
});

test.describe('under the Content Security Policy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const locale of LOCALES) {
    test(`${locale}: pages, redirects, copy controls, the picker and search work without a violation`, async ({ page }) => {
      const violations = await recordViolations(page);
      await visitAll(page, locale);

      await page.goto(`/${locale}/codes/550/`);
      await page.locator('button.copy-link').first().click();
      await expect(page.locator('#copy-status')).not.toBeEmpty();

      await page.goto(`/${locale}/compare/`);
      await page.locator('form.pair-picker select').first().selectOption('504');
      await page.locator('form.pair-picker select').last().selectOption('421');
      await page.locator('form.pair-picker button').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/compare/421-vs-504/$`));

      await search(page, locale, PROSE_QUERIES[locale]);

      await page.goto(`/${locale}/`);
      await page.locator('#home-paste-text').fill(MESSAGE);
      await page.locator('.home-paste button').click();
      await expect(page.locator('#bounce-report .report-row')).toHaveCount(2);
      expect(violations).toEqual([]);
    });
  }

  test('script and resources that are not the site’s own are blocked', async ({ page, context }) => {
    const loaded: string[] = [];
    context.on('requestfinished', (request) => loaded.push(request.url()));
    const violations = await recordViolations(page);
    await page.goto('/en/codes/550/');
    // What an injection would try: an inline script, an inline handler, and an image from elsewhere.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "script"';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'document.body.dataset.injected = "handler"');
      img.src = 'https://offsite.example/pixel.png';
      document.body.append(img);
    });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
    const directives = violations.map((v) => /: (\S+) /.exec(v)?.[1]);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'img-src']));
    expect(loaded.filter((url) => url.includes('offsite.example'))).toEqual([]);
  });
});
