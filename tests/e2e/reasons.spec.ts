/**
 * Reasons behind a bounce in the built site: a page for every reason in every locale, the common
 * reasons on code pages, and search answering a pasted reply line with its reason first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REASON_GROUPS, REASON_IDS } from '../../src/data/reason-schema.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { afterHeading } from './headings.ts';

test('every reason has its page in every locale, with its facts, texts and codes', async ({ page }) => {
  test.setTimeout(120_000);
  for (const locale of LOCALES) {
    for (const id of REASON_IDS) {
      const response = await page.goto(`/${locale}/reasons/${id}/`);
      expect(response?.status(), `${locale} ${id}`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).not.toBeEmpty();
      await expect(page.locator('section.glance .verdict')).toBeVisible();
      await expect(page.locator('#meaning')).toBeAttached();
    }
  }
});

test('the blocklist page lists the lists behind it, with their own lookup pages, and the texts that reveal it', async ({ page }) => {
  await page.goto('/en/reasons/ip-blocklisted/');
  // Spamhaus ZEN combines SBL, XBL and PBL (spamhaus.org/zen/).
  await expect(page.locator('table.blocklists')).toContainText('Spamhaus ZEN');
  await expect(page.locator('table.blocklists')).toContainText('zen.spamhaus.org');
  await expect(page.locator(`${afterHeading('texts')} dl samp`, { hasText: 'blocked using' }).first()).toBeVisible();
  await expect(page.locator(`${afterHeading('codes')} ul a[href="/en/codes/554/"]`)).toBeVisible();
});

test('the reason index groups every reason as the contract does, and the header leads there', async ({ page }) => {
  await page.goto('/ja/codes/');
  await page.locator('header nav a[href="/ja/reasons/"]').click();
  for (const group of REASON_GROUPS) await expect(page.locator(`h2#${group}`)).toBeVisible();
  for (const id of REASON_IDS) await expect(page.locator(`main a[href="/ja/reasons/${id}/"]`)).toHaveCount(1);
});

test('the most looked-up code pages each link at least three reasons, right after the facts', async ({ page }) => {
  for (const code of ['550', '554', '421', '450', '451', '452', '552', '5.7.1', '5.1.1', '4.7.0']) {
    await page.goto(`/en/codes/${code}/`);
    expect(await page.locator(`${afterHeading('reasons')} ul a[href^="/en/reasons/"]`).count(), code).toBeGreaterThanOrEqual(3);
    // Near the top: before the prose.
    const order = await page.evaluate(() => {
      const reasons = document.getElementById('reasons')!;
      const meaning = document.getElementById('meaning')!;
      return reasons.compareDocumentPosition(meaning) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order, code).toBeTruthy();
  }
});

/** Every fifth line of the development set: 30 or more real replies from many senders. */
const FIXTURES = join(import.meta.dirname, '../fixtures/reply-lines');
const sample = readdirSync(FIXTURES)
  .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'))
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .filter((_, i) => i % 5 === 0)
  .map(([text, reason]) => ({ text: text!, reason: reason! }));

test(`pasting ${sample.length} real reply lines into search leads with the expected reason`, async ({ page }) => {
  test.setTimeout(180_000);
  expect(sample.length).toBeGreaterThanOrEqual(30);
  await page.goto('/en/search/');
  const problems: string[] = [];
  for (const { text, reason } of sample) {
    await page.locator('#search-query').fill(text);
    const done = page.locator('#search-results').evaluate((root) => new Promise((resolve) => root.addEventListener('search-done', resolve, { once: true })));
    await page.locator('form.search-page-form button[type="submit"]').click();
    await done;
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const first = hrefs.findIndex((h) => h.includes('/reasons/'));
    if (first < 0 || first > 2 || !hrefs[first]!.endsWith(`/reasons/${reason}/`)) problems.push(`${reason} ← ${text.slice(0, 70)} (got ${hrefs[first] ?? 'none'} at ${first})`);
  }
  expect(problems).toEqual([]);
});

test('search finds reason pages by the words people use, in their language', async ({ page }) => {
  for (const [locale, query, id] of [
    ['en', 'blacklist', 'ip-blocklisted'],
    ['es', 'buzón lleno', 'mailbox-full'],
    ['ja', '容量オーバー', 'mailbox-full'],
    ['ja', 'ブロックリスト', 'ip-blocklisted'],
  ] as const) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator(`#search-results a[href="/${locale}/reasons/${id}/"]`).first()).toBeVisible();
  }
});

test('full-text results offer more than the first six', async ({ page }) => {
  await page.goto('/en/search/?q=server');
  const results = page.locator('#search-results .search-group:last-of-type li');
  await expect(results).toHaveCount(6);
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(results).toHaveCount(12);
  await expect(page.locator('#search-results .search-group:last-of-type li').nth(6).locator('a')).toBeFocused();
});

test('the JSON files list every reason and signature, as the schema describes them', async ({ request }) => {
  const reasons = await (await request.get('/api/v1/reasons.json')).json();
  expect(reasons.reasons.map((r: { id: string }) => r.id)).toEqual(REASON_IDS);
  const signatures = await (await request.get('/api/v1/signatures.json')).json();
  expect(signatures.signatures.length).toBeGreaterThanOrEqual(200);
  const schema = await (await request.get('/api/v1/schema.json')).json();
  expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['reasonsFile', 'signaturesFile']));
});
