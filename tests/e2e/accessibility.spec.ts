/** No WCAG 2.2 AA violations (axe) on each page type, in every locale, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';

const PAGE_TYPES = ['/', '/codes/', '/guide/', '/codes/550/', '/codes/421/', '/codes/250/', '/codes/5.1.1/', '/codes/5.7.57/', '/codes/5.1.10/', '/compare/', '/compare/421-vs-504/', '/compare/450-vs-550/', '/search/?q=550%205.1.1%20user%20unknown'];
const PAGES = ['/en/codes/999/', ...LOCALES.flatMap((l) => PAGE_TYPES.map((p) => `/${l}${p}`))];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`${path} in ${colorScheme} mode has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await page.waitForLoadState('load');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/en/codes/550/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
