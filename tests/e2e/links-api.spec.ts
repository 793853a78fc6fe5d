/** Links for tickets and the JSON API: short links, stable section anchors, JSON files, sitemap. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from '@playwright/test';
import { basicCodes, enhancedCodes } from '../../src/data/dataset.ts';
import { REASON_IDS } from '../../src/data/reason-ids.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const ALL_CODES = [...basicCodes, ...enhancedCodes].map((c) => c.code);

for (const [language, locale, code] of [
  ['ja-JP', 'ja', '550'],
  ['es-MX', 'es', '5.1.1'],
  ['en-GB', 'en', '421'],
  ['fr-FR', 'en', '5.7.1'],
] as const) {
  test.describe(`a browser preferring ${language}`, () => {
    test.use({ locale: language });
    test(`/${code}/ leads to /${locale}/codes/${code}/, keeping the section anchor`, async ({ page }) => {
      await page.goto(`/${code}/#fix`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/codes/${code.replace(/\./g, '\\.')}/#fix$`));
      await expect(page.locator('h2#fix')).toBeVisible();
    });
  });
}

test('every code has a short link with plain links and the English page as canonical', async ({ request }) => {
  for (const code of ALL_CODES) {
    const html = await (await request.get(`/${code}/`)).text();
    expect(html).toContain(`<link rel="canonical" href="https://smtp-codes.example/en/codes/${code}/">`);
    for (const locale of LOCALES) expect(html).toContain(`href="/${locale}/codes/${code}/"`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a short link offers the page in every language', async ({ page }) => {
    await page.goto('/550/');
    await page.getByRole('link', { name: /^日本語/ }).click();
    await expect(page).toHaveURL(/\/ja\/codes\/550\/$/);
  });
});

test('section anchors are the same in every locale', async ({ request }) => {
  const ids = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<h[23][^>]* id="([^"]+)"/g)].map((m) => m[1]);
  for (const path of ['/codes/550/', '/codes/5.1.10/', '/compare/450-vs-550/', '/guide/']) {
    const english = await ids(`/en${path}`);
    expect(english.length, path).toBeGreaterThan(3);
    for (const locale of LOCALES) expect(await ids(`/${locale}${path}`), `${locale}${path}`).toEqual(english);
  }
});

test('the JSON files validate against the published schema and list every code', async ({ request }) => {
  const schema = await (await request.get('/api/v1/schema.json')).json();
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const list = await (await request.get('/api/v1/codes.json')).json();
  expect(validate(list), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  expect(list.codes.map((c: { code: string }) => c.code).sort()).toEqual([...ALL_CODES].sort());
  for (const code of ['550', '5.1.1', '5.7.57', '4.7.500']) {
    const entry = await (await request.get(`/api/v1/codes/${code}.json`)).json();
    expect(validate({ version: 1, codes: [entry] }), code).toBe(true);
    expect(entry).toEqual(list.codes.find((c: { code: string }) => c.code === code));
  }
  const e550 = list.codes.find((c: { code: string }) => c.code === '550');
  expect(e550.urls.ja).toBe('https://smtp-codes.example/ja/codes/550/');
  expect(e550.facts.senderAction).toBe('do-not-retry');
  expect(e550.enhancedCodes).toContain('5.1.1');
});

test('the sitemap lists every page in every locale, with its alternates', () => {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const pairs = (basicCodes.length * (basicCodes.length - 1)) / 2;
  // The language chooser, then per locale: home, code index, guide, compare index, reason index, API,
  // search, codes, pairs and reasons.
  expect(locs.length).toBe(1 + LOCALES.length * (7 + ALL_CODES.length + pairs + REASON_IDS.length));
  for (const path of locs) expect(readFileSync(`dist${path}index.html`, 'utf8')).toContain('<link rel="canonical"');
  expect(xml).toContain('hreflang="x-default" href="https://smtp-codes.example/en/codes/550/"');
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain('Sitemap: https://smtp-codes.example/sitemap.xml');
});

test('pages carry a description and OpenGraph tags', async ({ page }) => {
  await page.goto('/es/codes/550/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /550/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es_ES');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', 'https://smtp-codes.example/es/codes/550/');
});

test.describe('copy controls', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"copy for ticket" copies the title, verdict and fix with the link to the fix section, by keyboard, and says so on the button', async ({ page, baseURL }) => {
    await page.goto('/en/codes/550/');
    await page.getByRole('button', { name: 'Copy for ticket' }).focus();
    await page.keyboard.press('Enter');
    // The button says it for a moment; its name is "Copied" meanwhile.
    await expect(page.locator('header button.copy-ticket')).toHaveText('Copied');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        '550 Mailbox unavailable',
        'Permanent failure. Do not retry.',
        'The receiving server will not take the message for this mailbox or sender. Read the enhanced code and text; resending unchanged fails again.',
        `${baseURL}/en/codes/550/#fix`,
      ].join('\n'),
    );
  });

  test('reason and comparison pages copy the same format, ending with their fix section', async ({ page, baseURL }) => {
    await page.goto('/es/reasons/mailbox-full/');
    await page.getByRole('button', { name: 'Copiar para el ticket' }).click();
    const reason = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(reason[0]).toBe('Buzón lleno');
    expect(reason.at(-1)).toBe(`${baseURL}/es/reasons/mailbox-full/#fix`);
    await page.goto('/ja/compare/421-vs-504/');
    await page.getByRole('button', { name: 'チケット用にコピー' }).click();
    const pair = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(pair).toHaveLength(4);
    expect(pair.at(-1)).toBe(`${baseURL}/ja/compare/421-vs-504/#fix`);
  });

  test('the copy-link buttons stay out of sight until their heading is hovered or the button has focus', async ({ page }) => {
    await page.goto('/en/codes/550/');
    const copyLink = page.getByRole('button', { name: 'Copy link to “At a glance”' });
    await expect(copyLink).toHaveCSS('opacity', '0');
    await page.keyboard.press('Tab');
    await copyLink.focus();
    await expect(copyLink).toHaveCSS('opacity', '1');
    await page.locator('#fix').hover();
    await expect(page.getByRole('button', { name: 'Copy link to “How to fix it”' })).toHaveCSS('opacity', '1');
  });
});
