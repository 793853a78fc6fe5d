/**
 * `npm start` after a build: full-text search under the dev server reads the index of the last
 * build (src/integrations/search-index.ts), so searching works while editing; a pasted message is
 * read by the reader's worker as Vite serves it.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

test('a pasted message is read and reported under npm start, its reader a worker served by Vite', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`http://127.0.0.1:${PORT}/en/search/`);
  await page.locator('#search-query').fill(readFileSync('tests/fixtures/bounces/postfix-01-two-recipients-unknown-and-full.eml', 'utf8'));
  await page.locator('form.search-page-form button').click();
  await expect(page.locator('#bounce-report .report-row')).toHaveCount(2, { timeout: 60_000 });
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringContaining('bounce-worker')]);
});
