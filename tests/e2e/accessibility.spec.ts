/**
 * Accessibility: no WCAG 2.2 AA violation (axe) on any page type, in every locale, in light
 * and dark mode, 320 px and 1280 px wide; search and the copy controls work with the keyboard alone.
 */
import { expect, test, type Page } from '@playwright/test';
import axe from 'axe-core';
import { LOCALES } from '../../src/i18n/locales.ts';
import { openAndStay } from '../stay-on-page.ts';

/** One page of every type: home, index, guide, API, basic, enhanced and provider codes, comparisons, reasons, search. */
const PAGE_TYPES = ['/', '/codes/', '/guide/', '/api/', '/codes/550/', '/codes/250/', '/codes/5.1.1/', '/codes/5.7.57/', '/compare/', '/compare/421-vs-504/', '/compare/450-vs-550/', '/reasons/', '/reasons/mailbox-full/', '/search/?q=550%205.1.1%20user%20unknown'];
/** The language chooser, a short link and the 404, which speak every language. */
const UNLOCALIZED = ['/', '/550/', '/en/codes/999/'];
/** Every page is checked in each of these: narrow and wide, light and dark. */
const VIEWS = [320, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

/** WCAG 2.2 AA, with the levels and versions below it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's verdict on the page as drawn now, one line per rule it breaks with the elements that break it. */
function violations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}

/**
 * The page as drawn in every view, one after the other: a page is loaded once and redrawn at each
 * width and colour scheme (a third of the time of loading it four times), and a violation names its view.
 * axe is put in the page once, through DevTools, which the page's Content Security Policy does not
 * govern; @axe-core/playwright would open a new page for every check, four times the time.
 */
async function violationsInEveryView(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const found: string[] = [];
  for (const { width, colorScheme } of VIEWS) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    found.push(...(await violations(page)).map((v) => `${width} px, ${colorScheme}: ${v}`));
  }
  return found;
}

for (const locale of LOCALES) {
  for (const path of PAGE_TYPES) {
    test(`/${locale}${path} has no WCAG 2.2 AA violations, 320 and 1280 px wide, light and dark`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      if (path.startsWith('/search/')) await expect(page.locator('#search-results a').first()).toBeVisible({ timeout: 15_000 });
      expect(await violationsInEveryView(page)).toEqual([]);
    });
  }
}

for (const path of UNLOCALIZED) {
  test(`${path} has no WCAG 2.2 AA violations, 320 and 1280 px wide, light and dark`, async ({ page }) => {
    // Their script would lead on at once: keep them on screen as they are drawn.
    await openAndStay(page, path);
    expect(await violationsInEveryView(page)).toEqual([]);
  });
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('with the keyboard alone', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('/en/codes/550/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('a pasted reply is searched from the header and its result opened', async ({ page }) => {
    await page.goto('/en/codes/421/');
    await tabTo(page, page.locator('#header-search-q'));
    await page.keyboard.type('550-5.1.1 The email account that you tried to reach does not exist');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=550-5\.1\.1/);
    // The reason comes first, then the codes.
    const first = page.locator('#search-results a').first();
    await expect(first).toHaveAttribute('href', '/en/reasons/recipient-unknown/');
    const code = page.locator('#search-results a[href="/en/codes/550/"]');
    await tabTo(page, code);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/codes\/550\//);
  });

  test('the search page form is filled and sent without a mouse', async ({ page }) => {
    await page.goto('/es/search/');
    await tabTo(page, page.locator('#search-query'));
    await page.keyboard.type('421 vs 504');
    await page.keyboard.press('Tab');
    await expect(page.locator('form.search-page-form button')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/es/compare/421-vs-504/');
  });

  test('the copy controls are reached with Tab and work with Enter and Space', async ({ page, baseURL }) => {
    await page.goto('/ja/codes/550/');
    await tabTo(page, page.locator('button.copy-ticket'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseURL}/ja/codes/550/`);

    await tabTo(page, page.getByRole('button', { name: '「対処法」へのリンクをコピー' }), 80);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/ja/codes/550/#fix`);
    await expect(page).toHaveURL(/#fix$/);
  });

  test('focus is always visible', async ({ page }) => {
    await page.goto('/en/compare/421-vs-504/');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      });
      expect(outline, await page.evaluate(() => document.activeElement!.outerHTML.slice(0, 80))).toBe(true);
    }
  });
});
