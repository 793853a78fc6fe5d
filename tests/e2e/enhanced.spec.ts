/** Enhanced status code pages: facts from the dataset, provider codes, and links both ways with basic codes. */
import { expect, test } from '@playwright/test';
import { enhancedCodes } from '../../src/data/dataset.ts';
import { afterHeading, sectionOf } from './headings.ts';

test('5.1.1 shows its class, subject, registry text, basic code and replies', async ({ page }) => {
  await page.goto('/en/codes/5.1.1/');
  await expect(page.locator('h1')).toContainText('5.1.1');
  const glance = page.locator('section.glance');
  await expect(glance).toContainText('Permanent failure');
  await expect(glance).toContainText('Addressing status');
  await expect(glance).toContainText('Registered as X.1.1');
  await expect(glance.locator('samp')).toHaveText('Bad destination mailbox address');
  await expect(page.locator('.combinations dt')).toHaveText(['550 5.1.1']);
  await expect(page.locator('.replies')).toContainText('User unknown in local recipient table');
  await expect(page.locator(`${afterHeading('spec')} ul a[href="https://www.rfc-editor.org/rfc/rfc3463.html#section-3.2"]`)).toBeVisible();
  await page.locator(`${afterHeading('variants')} ul a`, { hasText: '4.1.1' }).click();
  await expect(page).toHaveURL(/\/en\/codes\/4\.1\.1\/$/);
  await expect(page.locator('section.glance')).toContainText('Persistent transient failure');
  await expect(page.locator('.combinations dt')).toHaveText(['450 4.1.1', '451 4.1.1']);
});

test('a code the registry allows with any basic code says so', async ({ page }) => {
  await page.goto('/en/codes/2.0.0/');
  await expect(page.locator('section.glance')).toContainText('Any basic code');
});

test("a provider's own code is marked as outside the registry, with the provider's documentation", async ({ page }) => {
  await page.goto('/en/codes/5.7.57/');
  await expect(page.locator('section.glance')).toContainText('Not in the IANA registry: a code used by Microsoft 365');
  await expect(page.locator(`${afterHeading('spec')} ul a[href^="https://learn.microsoft.com/"]`)).toHaveCount(1);
});

test("a registered code a provider uses differently has a section on the provider's meaning", async ({ page }) => {
  await page.goto('/en/codes/5.1.10/');
  await expect(page.locator('h2#providers')).toBeVisible();
  await expect(page.locator('h3#provider-microsoft')).toContainText('Microsoft 365');
  await expect(page.locator(`${sectionOf('provider-microsoft')} a[href^="https://learn.microsoft.com/"]`)).toHaveCount(1);
  await page.goto('/en/codes/5.7.9/');
  await expect(page.locator('h3#provider-yahoo')).toBeVisible();
  await expect(page.locator(`${sectionOf('provider-yahoo')} a[href^="https://help.yahoo.com/"]`)).toHaveCount(1);
});

test('a documented range is one page', async ({ page }) => {
  await page.goto('/en/codes/4.7.500/');
  await expect(page.locator('h1')).toContainText('4.7.500–4.7.699');
});

test('the deprecated X.6.10 points to X.6.8', async ({ page }) => {
  await page.goto('/en/codes/5.6.10/');
  await expect(page.locator('section.glance')).toContainText('Deprecated: a duplicate of X.6.8');
  await expect(page.locator(`${afterHeading('replacement')} ul a[href="/en/codes/5.6.8/"]`)).toBeVisible();
});

test('the index lists every enhanced code, grouped by subject', async ({ page }) => {
  await page.goto('/en/codes/');
  for (const subject of ['0', '1', '2', '3', '4', '5', '6', '7']) {
    // A documented range is one entry, shown as its first and last code.
    const expected = enhancedCodes.filter((e) => e.subjectDigit === subject).map((e) => (e.through ? `${e.code}–${e.through}` : e.code));
    await expect(page.locator(`${sectionOf(`subject-${subject}`)} .code-number`)).toHaveText(expected);
  }
});

test('basic and enhanced pages link to each other', async ({ request }) => {
  const html = new Map<string, string>();
  const get = async (path: string) => {
    if (!html.has(path)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      html.set(path, await response.text());
    }
    return html.get(path)!;
  };
  for (const e of enhancedCodes) {
    const enhancedPage = await get(`/en/codes/${e.code}/`);
    for (const basic of e.basic) {
      expect(enhancedPage, `${e.code} links ${basic}`).toContain(`href="/en/codes/${basic}/"`);
      expect(await get(`/en/codes/${basic}/`), `${basic} links ${e.code}`).toContain(`href="/en/codes/${e.code}/"`);
    }
  }
});
