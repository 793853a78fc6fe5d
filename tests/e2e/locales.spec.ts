/** Spanish and Japanese twins of every page: language, alternates, switch, body text, small screens (issue 3). */
import { expect, test, type Page } from '@playwright/test';
import { basicCodes } from '../../src/data/dataset.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const PAGE_PATHS = ['/', '/codes/', '/guide/', ...basicCodes.map((c) => `/codes/${c.code}/`)];

/**
 * Text blocks of the main content with verbatim material removed (replies, commands, RFC titles,
 * anything marked lang="en"): what the reader is meant to read in their language.
 */
async function proseBlocks(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const blocks = main.querySelectorAll('h1, h2, h3, p, li, th, td, figcaption, caption, summary');
    return [...blocks]
      .filter((el) => !el.querySelector('p, li, ul, table'))
      .map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('samp, code, pre, cite, [lang="en"]').forEach((n) => n.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      })
      .filter((text) => text.length > 0);
  });
}

const ENGLISH_WORDS = /\b(the|and|with|this|that|is|are|you|your|for|from|not|when|which|it|of|to)\b/gi;
const SPANISH_WORDS = /\b(el|la|los|las|de|del|que|y|en|un|una|con|por|para|no|es|su|se)\b/gi;
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

for (const locale of LOCALES) {
  test.describe(`${locale} pages`, () => {
    for (const path of PAGE_PATHS) {
      const url = `/${locale}${path}`;
      test(`${url} has its language, alternates and a switch to its twins`, async ({ page }) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        for (const other of LOCALES) {
          await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
            'href',
            new RegExp(`/${other}${path.replace(/\./g, '\\.')}$`),
          );
        }
        await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`/en${path.replace(/\./g, '\\.')}$`));
        const switcher = page.locator('.language-switch');
        for (const other of LOCALES.filter((l) => l !== locale)) {
          await expect(switcher.locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', `/${other}${path}`);
        }

        const blocks = await proseBlocks(page);
        if (locale === 'ja') {
          // A block of running Latin-script words without any Japanese is untranslated text.
          const english = blocks.filter((b) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(b) && (b.match(/\b[a-z]{2,}\b/g) ?? []).length >= 3);
          expect(english).toEqual([]);
        }
        if (locale === 'es') {
          const english = blocks.filter((b) => count(b, ENGLISH_WORDS) >= 2 && count(b, ENGLISH_WORDS) > count(b, SPANISH_WORDS));
          expect(english).toEqual([]);
        }
      });
    }
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
    for (const reply of code.replies) await expect(page.locator('.replies samp', { hasText: reply.text })).toHaveCount(1);
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
  for (const locale of LOCALES) {
    test(`${locale} code pages do not scroll sideways`, async ({ page }) => {
      for (const code of basicCodes) {
        await page.goto(`/${locale}/codes/${code.code}/`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `/${locale}/codes/${code.code}/`).toBeLessThanOrEqual(0);
      }
    });
  }
});

test('the 404 page speaks every language', async ({ page }) => {
  const response = await page.goto('/ja/codes/999/');
  expect(response?.status()).toBe(404);
  for (const locale of LOCALES) await expect(page.locator(`main section[lang="${locale}"] a[href="/${locale}/codes/"]`)).toHaveCount(1);
});
