/** Spanish and Japanese twins of every page: language, alternates, switch, body text, small screens. */
import { expect, test } from '@playwright/test';
import { REASON_IDS } from '../../src/data/reason-schema.ts';
import { basicCodes, enhancedCodes } from '../../src/data/dataset.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { localizedPages } from '../../src/lib/site-pages.ts';

const PAGES = localizedPages(
  basicCodes.map((c) => c.code),
  enhancedCodes.map((e) => e.code),
  REASON_IDS,
);

/**
 * Runs in the browser: fetches every page of a locale and checks, in its parsed HTML, the language,
 * the alternates, the switch to its twins, and body text in the page's language once verbatim
 * material (replies, commands, RFC titles, anything marked lang="en") is set aside.
 * Returns the problems found.
 */
async function checkPages({ locale, pages, locales }: { locale: string; pages: Record<string, string>[]; locales: string[] }) {
  const found: string[] = [];
  for (const page of pages) {
    const url = page[locale]!;
    const response = await fetch(url);
    if (response.status !== 200) found.push(`${url}: status ${response.status}`);
    else found.push(...checkPage(await response.text(), url, page));
  }
  return found;

  function checkPage(html: string, url: string, page: Record<string, string>): string[] {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const problems: string[] = [];
    if (doc.documentElement.lang !== locale) problems.push(`${url}: lang is "${doc.documentElement.lang}"`);
    for (const other of [...locales, 'x-default']) {
      const target = other === 'x-default' ? 'en' : other;
      const href = doc.querySelector(`link[rel="alternate"][hreflang="${other}"]`)?.getAttribute('href') ?? '';
      if (!href.endsWith(page[target]!)) problems.push(`${url}: hreflang ${other} is "${href}"`);
    }
    for (const other of locales.filter((l) => l !== locale)) {
      const href = doc.querySelector(`.language-switch a[hreflang="${other}"]`)?.getAttribute('href');
      if (href !== page[other]) problems.push(`${url}: switch to ${other} is "${href}"`);
    }
    const main = doc.querySelector('main')!;
    const blocks = [...main.querySelectorAll('h1, h2, h3, p, li, th, td, dt, dd, figcaption, caption')]
      // Blocks marked as English (a sender's name, an English alias) are English on purpose.
      .filter((el) => !el.querySelector('p, li, ul, table, dl') && !el.closest('[lang="en"]'))
      .map((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('samp, code, pre, cite, [lang="en"]').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      })
      .filter((text) => text.length > 0);
    const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
    // Lower case only: commands such as RCPT TO and MAIL FROM are not English prose.
    const english = /\b(the|and|with|this|that|is|are|you|your|for|from|not|when|which|it|of|to)\b/g;
    const spanish = /\b(el|la|los|las|de|del|que|y|en|un|una|con|por|para|no|es|su|se)\b/g;
    for (const block of blocks) {
      // Japanese: a block of running Latin-script words without any Japanese is untranslated.
      if (locale === 'ja' && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(block) && count(block, /\b[a-z]{2,}\b/g) >= 3) {
        problems.push(`${url}: untranslated "${block.slice(0, 80)}"`);
      }
      // Spanish: English function words outnumber Spanish ones.
      if (locale === 'es' && count(block, english) >= 2 && count(block, english) > count(block, spanish)) {
        problems.push(`${url}: untranslated "${block.slice(0, 80)}"`);
      }
    }
    return problems;
  }
}

for (const locale of LOCALES) {
  test(`every ${locale} page has its language, alternates, a switch to its twins, and text in its language`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}/`);
    const problems = await page.evaluate(checkPages, { locale, pages: PAGES, locales: [...LOCALES] });
    expect(problems).toEqual([]);
  });
}

test('the language switch keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/codes/550/');
  await page.locator('.language-switch').getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/codes\/550\/$/);
  await page.locator('.language-switch').getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/codes\/550\/$/);
  await expect(page.locator('h1')).toContainText('550');
});

test('verbatim replies stay in English on translated pages', async ({ page }) => {
  const code = basicCodes.find((c) => c.code === '550')!;
  for (const locale of ['es', 'ja']) {
    await page.goto(`/${locale}/codes/550/`);
    for (const reply of code.replies)
      await expect(page.locator('.replies samp', { hasText: reply.text })).toHaveCount(1);
  }
});

for (const [language, expected] of [
  ['ja-JP', 'ja'],
  ['es-MX', 'es'],
  ['fr-FR', 'en'],
] as const) {
  test.describe(`a browser preferring ${language}`, () => {
    test.use({ locale: language });
    test(`/ leads to /${expected}/`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ offers every language as a plain link', async ({ page }) => {
    await page.goto('/');
    for (const locale of LOCALES) await expect(page.locator(`main a[href="/${locale}/"]`)).toHaveCount(1);
    await page.locator('main a[href="/ja/"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test.setTimeout(300_000);
  for (const locale of LOCALES) {
    test(`${locale} code pages do not scroll sideways`, async ({ page }) => {
      for (const code of [...basicCodes, ...enhancedCodes]) {
        await page.goto(`/${locale}/codes/${code.code}/`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `/${locale}/codes/${code.code}/`).toBeLessThanOrEqual(0);
      }
    });
  }
});

test('the 404 page speaks every language', async ({ page }) => {
  const response = await page.goto('/ja/codes/999/');
  expect(response?.status()).toBe(404);
  for (const locale of LOCALES)
    await expect(page.locator(`main section[lang="${locale}"] a[href="/${locale}/codes/"]`)).toHaveCount(1);
});
