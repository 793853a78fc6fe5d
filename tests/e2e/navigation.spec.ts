/** Moving around the site: home, index, guide, code pages, the root redirect and the 404 page. */
import { expect, test } from '@playwright/test';
import { basicCodes } from '../../src/data/dataset.ts';
import { afterHeading } from './headings.ts';

test('/ leads to the English home page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the index lists every code, grouped by class, and leads to its page', async ({ page }) => {
  await page.goto('/en/codes/');
  for (const digit of ['2', '3', '4', '5']) {
    const group = page.locator('section', { has: page.locator(`#class-${digit}xx`) });
    const expected = basicCodes.filter((c) => c.classDigit === digit).map((c) => c.code);
    await expect(group.locator('.code-number')).toHaveText(expected);
  }
  await page.locator('.code-list a', { hasText: '550' }).first().click();
  await expect(page).toHaveURL(/\/en\/codes\/550\/$/);
  await expect(page.locator('h1')).toContainText('550');
});

test('the header leads to the index and the guide from any page', async ({ page }) => {
  await page.goto('/en/codes/421/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How reply codes work' }).click();
  await expect(page).toHaveURL(/\/en\/guide\/$/);
  await expect(page.locator('h1')).toHaveText('How SMTP reply codes work');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'All codes' }).click();
  await expect(page).toHaveURL(/\/en\/codes\/$/);
});

test('the home page leads to common codes', async ({ page }) => {
  await page.goto('/en/');
  await page.locator(`${afterHeading('common')} ul a`, { hasText: '554' }).click();
  await expect(page).toHaveURL(/\/en\/codes\/554\/$/);
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/en/codes/999/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'All codes' }).last().click();
  await expect(page).toHaveURL(/\/en\/codes\/$/);
});

test('pages ship no JavaScript beyond the search hand-off and the copy controls', async ({ page }) => {
  const handOff = 'script[type="module"][src*="BaseLayout"]';
  for (const path of ['/en/', '/en/codes/']) {
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(1);
    await expect(page.locator(handOff)).toHaveCount(1);
  }
  for (const path of ['/en/guide/', '/en/codes/550/', '/en/codes/5.1.1/', '/en/compare/421-vs-504/']) {
    await page.goto(path);
    await expect(page.locator('script:not([type="application/json"])')).toHaveCount(2);
    await expect(page.locator(`${handOff}, script[type="module"][src*="CopyControls"]`)).toHaveCount(2);
  }
});

test('sections and questions have stable anchors', async ({ page }) => {
  await page.goto('/en/codes/550/');
  for (const id of ['glance', 'meaning', 'seen', 'causes', 'fix', 'spec', 'related']) {
    await expect(page.locator(`h2#${id}`)).toHaveCount(1);
  }
});
