/**
 * `npm start` after a build: full-text search under the dev server reads the index of the last
 * build (src/integrations/search-index.ts), so searching works while editing.
 */
import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { astroDev, PROJECT_ROOT } from '../project-copy.ts';

const PORT = 4396;
let dev: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(90_000);
  dev = await astroDev(PROJECT_ROOT, PORT);
});
test.afterAll(() => {
  dev?.kill();
});

test('full-text search under npm start finds pages with the last build’s index', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`http://127.0.0.1:${PORT}/en/search/?q=${encodeURIComponent('mailbox full')}`);
  const results = page.locator('#search-results .search-fulltext a');
  await expect(results.first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('#search-results .notice')).toHaveCount(0);
  await expect(results.first()).toHaveAttribute('href', /^\/en\/(codes|reasons)\//);
});
