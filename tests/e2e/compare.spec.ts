/** Comparison pages: every pair in every locale, reversed addresses, notes, the diagram and the picker. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { basicCodes } from '../../src/data/dataset.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { ja } from '../../src/i18n/ja.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { allPairs, pairSlug } from '../../src/lib/pairs.ts';
import { afterHeading } from './headings.ts';

const STRINGS = { en, es, ja };
const CURATED = readdirSync('content/en/compare').map((f) => f.replace(/\.mdx$/, ''));

test('every locale has n(n-1)/2 comparisons, and every reversed address leads to its canonical page', () => {
  const n = basicCodes.length;
  for (const locale of LOCALES) {
    const dirs = readdirSync(`dist/${locale}/compare`).filter((d) => /^\d{3}-vs-\d{3}$/.test(d));
    const canonical = dirs.filter((d) => d.slice(0, 3) < d.slice(7));
    expect(canonical.length, locale).toBe((n * (n - 1)) / 2);
    expect(dirs.length - canonical.length, locale).toBe((n * (n - 1)) / 2);
    for (const reversed of dirs.filter((d) => !canonical.includes(d))) {
      const target = `/${locale}/compare/${pairSlug(reversed.slice(0, 3), reversed.slice(7))}/`;
      const html = readFileSync(`dist/${locale}/compare/${reversed}/index.html`, 'utf8');
      expect(html).toContain(`<link rel="canonical" href="https://smtp-codes.example${target}">`);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
  }
});

test('a reversed address takes the browser to the canonical comparison', async ({ page }) => {
  await page.goto('/en/compare/504-vs-421/');
  await expect(page).toHaveURL(/\/en\/compare\/421-vs-504\/$/);
  await expect(page.locator('h1')).toHaveText('421 vs 504');
});

for (const locale of LOCALES) {
  test(`every ${locale} comparison names both codes and their classes`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/en/');
    const pairs = allPairs(basicCodes.map((c) => c.code));
    const classOf = Object.fromEntries(basicCodes.map((c) => [c.code, c.classDigit]));
    const labels = Object.fromEntries(['2', '3', '4', '5'].map((d) => [d, STRINGS[locale][`class.${d}` as 'class.2']]));
    const problems = await page.evaluate(
      async ({ locale, pairs, classOf, labels }) => {
        const found: string[] = [];
        for (const [a, b] of pairs) {
          const url = `/${locale}/compare/${a}-vs-${b}/`;
          const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
          const h1 = doc.querySelector('h1')?.textContent ?? '';
          if (!h1.includes(a) || !h1.includes(b)) found.push(`${url}: h1 "${h1}"`);
          const table = doc.querySelector('.pair-table')?.textContent ?? '';
          for (const code of [a, b]) {
            if (!table.includes(labels[classOf[code]!]!)) found.push(`${url}: no class of ${code}`);
          }
        }
        return found;
      },
      { locale, pairs, classOf, labels },
    );
    expect(problems).toEqual([]);
  });
}

test('the curated pairs show their notes in every locale', async ({ request }) => {
  expect(CURATED.length).toBeGreaterThanOrEqual(12);
  for (const locale of LOCALES) {
    for (const slug of CURATED) {
      const html = await (await request.get(`/${locale}/compare/${slug}/`)).text();
      expect(html, `${locale} ${slug}`).toContain('id="notes"');
    }
  }
  const plain = await (await request.get('/en/compare/211-vs-214/')).text();
  expect(plain).not.toContain('id="notes"');
});

test('the session diagram marks both codes, with a text alternative', async ({ page }) => {
  await page.goto(`/en/compare/${pairSlug('450', '354')}/`);
  const figure = page.locator(`${afterHeading('diagram')} figure.session-diagram`);
  await expect(figure.locator('svg[role="img"] title')).toHaveText('SMTP session: where 354 and 450 can occur');
  await expect(figure.locator('figcaption')).toContainText('354: at DATA');
  await expect(figure.locator('figcaption')).toContainText('450: at MAIL FROM, RCPT TO, the end of the message data, or ATRN');
  await expect(figure.locator('svg .badge-a')).toHaveCount(1);
  await expect(figure.locator('svg .badge-b')).toHaveCount(4);
  await page.goto('/en/codes/550/');
  await expect(page.locator(`${afterHeading('diagram')} figure.session-diagram figcaption`)).toContainText('550:');
});

test('the picker leads to the canonical comparison of any two codes', async ({ page }) => {
  await page.goto('/en/compare/');
  await page.getByLabel('First code').selectOption('504');
  await page.getByLabel('Second code').selectOption('421');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/en\/compare\/421-vs-504\/$/);
  await page.goBack();
  await page.getByLabel('First code').selectOption('550');
  await page.getByLabel('Second code').selectOption('550');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('status')).toHaveText('Pick two different codes.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a code page reaches every comparison of its code by links', async ({ page }) => {
    await page.goto('/en/codes/550/');
    await page.getByText('Compare 550 with…').click();
    const links = page.locator('details.compare-with a');
    await expect(links).toHaveCount(basicCodes.length - 1);
    await links.filter({ hasText: '554' }).click();
    await expect(page).toHaveURL(/\/en\/compare\/550-vs-554\/$/);
  });
});
