/**
 * Every address a person may type resolves: a code inside a range a provider documents as one leads
 * to the range's section, and an unknown code gets the 404 page in the reader's language with what
 * the code's digits mean and links to the nearest codes. With and without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';

test.describe('a code inside a documented range', () => {
  for (const locale of LOCALES) {
    test(`/${locale}/codes/4.7.650/ leads to the section of 4.7.500–4.7.699`, async ({ page }) => {
      await page.goto(`/${locale}/codes/4.7.650/`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/codes/4\\.7\\.500/#range$`));
      await expect(page.locator('h1')).toContainText('4.7.500–4.7.699');
      await expect(page.locator('h2#range')).toContainText('4.7.699');
      await expect(page.locator('h2#range')).toBeInViewport();
    });
  }

  test('its short link follows the browser’s language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto('/5.7.640/');
    await expect(page).toHaveURL(/\/es\/codes\/5\.7\.606\/#range$/);
    await context.close();
  });

  test('the code index labels ranges as ranges', async ({ page }) => {
    await page.goto('/en/codes/');
    await expect(page.locator('main a[href="/en/codes/4.7.500/"] .code-number')).toHaveText('4.7.500–4.7.699');
    await expect(page.locator('main a[href="/en/codes/5.2.251/"] .code-number')).toHaveText('5.2.251–5.2.255');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the range address still leads there, and the short link offers it in every language', async ({ page }) => {
      await page.goto('/ja/codes/4.7.650/');
      await expect(page).toHaveURL(/\/ja\/codes\/4\.7\.500\/#range$/);
      await page.goto('/4.7.650/');
      for (const locale of LOCALES) await expect(page.locator(`main a[href="/${locale}/codes/4.7.500/#range"]`)).toHaveCount(1);
    });
  });
});

test.describe('an unknown code', () => {
  test('/ja/codes/5.7.999/ is a 404 in Japanese that reads the digits and links nearby codes', async ({ page }) => {
    const response = await page.goto('/ja/codes/5.7.999/');
    expect(response?.status()).toBe(404);
    const section = page.locator('section.not-found:visible');
    await expect(section).toHaveCount(1);
    await expect(section).toHaveAttribute('lang', 'ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // Checked by hand against RFC 3463 §2: class 5 is a permanent failure, subject 7 security or policy.
    await expect(section.locator('.code-digits-text')).toContainText('5.7.999');
    await expect(section.locator('.code-digits-text')).toContainText('恒久的なエラー');
    await expect(section.locator('.code-digits-text')).toContainText('セキュリティまたはポリシー');
    await expect(section.locator('.code-digits a[href="/ja/codes/5.7.0/"]')).toBeVisible();
    await expect(section.locator('.code-digits a')).toHaveCount(4);
  });

  test.describe('in a browser preferring Spanish', () => {
    test.use({ locale: 'es-ES' });
    test('/599/ says in Spanish that a second digit 9 is not SMTP and links the 55x codes', async ({ page }) => {
      const response = await page.goto('/599/');
      expect(response?.status()).toBe(404);
      const section = page.locator('section.not-found:visible');
      await expect(section).toHaveAttribute('lang', 'es');
      // RFC 5321 §4.2.1: the second digit runs from 0 to 5.
      await expect(section.locator('.code-digits-text')).toContainText('va del 0 al 5');
      await expect(section.locator('.code-digits a[href="/es/codes/556/"]')).toBeVisible();
    });
  });

  test('an address that is not a code gets the 404 page without a code description', async ({ page }) => {
    const response = await page.goto('/en/reasons-of-bounces/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('.code-digits:visible')).toHaveCount(0);
    await expect(page.locator('section.not-found:visible a[href="/en/codes/"]')).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the 404 page still leads to the code index in every language', async ({ page }) => {
      const response = await page.goto('/ja/codes/5.7.999/');
      expect(response?.status()).toBe(404);
      for (const locale of LOCALES) await expect(page.locator(`section.not-found[lang="${locale}"] a[href="/${locale}/codes/"]`)).toBeVisible();
    });
  });

  for (const locale of LOCALES) {
    test(`/${locale}/404.html is the 404 page in that language alone`, async ({ page }) => {
      await page.goto(`/${locale}/404.html`);
      await expect(page.locator('section.not-found')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });
  }
});
