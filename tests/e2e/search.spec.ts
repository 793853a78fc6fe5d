/** Search answers a pasted error string: codes first, full text after, in every locale. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/** Real replies and the codes a reader should reach (copied from shared/fixtures). */
const samples = readFileSync('tests/fixtures/bounce-samples.tsv', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [text, expected, source] = line.split('\t');
    return { text: text!, expected: expected!.split(' '), source: source! };
  });

/** The distinct code pages linked in #search-results, in order. */
async function codePagesFound(page: Page): Promise<string[]> {
  await page.locator('#search-results').evaluate((root) => new Promise((done) => root.addEventListener('search-done', done, { once: true })));
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => /\/codes\/([^/]+)\//.exec(h)?.[1]).filter((c): c is string => !!c))];
}

async function searchFor(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/`);
  await page.getByRole('textbox', { name: /./ }).last().fill(query);
  const found = codePagesFound(page);
  await page.locator('form.search-page-form button').click();
  return found;
}

for (const sample of samples) {
  test(`pasting a ${sample.source} reply reaches ${sample.expected.join(' ')}`, async ({ page }) => {
    const found = await searchFor(page, 'en', sample.text);
    for (const code of sample.expected) expect(found.slice(0, 3), found.join(' ')).toContain(code);
  });
}

test('a short query stays in the address, so that a search can be linked from a ticket', async ({ page }) => {
  await searchFor(page, 'en', '554 5.7.1 Relay access denied');
  await expect(page).toHaveURL(/\/en\/search\/\?q=554\+5\.7\.1\+Relay\+access\+denied$/);
  // The listener of codePagesFound would belong to the page before the reload: read the new one's links.
  await page.reload();
  const links = page.locator('#search-results a');
  await expect(links.nth(0)).toHaveAttribute('href', '/en/reasons/relay-denied/');
  await expect(links.nth(1)).toHaveAttribute('href', '/en/codes/554/');
  await expect(links.nth(2)).toHaveAttribute('href', '/en/codes/5.7.1/');
});

test('a query with an address, or of several lines, never goes into the address', async ({ page }) => {
  await page.goto('/en/search/?q=550');
  await searchFor(page, 'en', '550 5.1.1 <kijitora@example.com>: User unknown');
  await expect(page).toHaveURL(/\/en\/search\/$/);
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/en/reasons/recipient-unknown/');
});

test('an exact enhanced code comes before pages that only match its digits', async ({ page }) => {
  const found = await searchFor(page, 'en', '4.2.1');
  expect(found[0]).toBe('4.2.1');
});

test('two codes lead to their comparison first', async ({ page }) => {
  for (const query of ['421 vs 504', '504 or 421']) {
    await searchFor(page, 'en', query);
    await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/en/compare/421-vs-504/');
  }
});

test("a provider's reply leads to that provider's meaning of the code", async ({ page }) => {
  await searchFor(page, 'en', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup');
  await expect(page.locator('#search-results a[href="/en/codes/5.1.10/#provider-microsoft"]')).toHaveCount(1);
});

test('a code the site does not have gets its first digit explained', async ({ page }) => {
  await searchFor(page, 'en', '554 5.3.9 Gateway refused the conversion');
  await expect(page.locator('#search-results')).toContainText('5.3.9 is not in this reference. Its class, 5, means a permanent failure');
});

test('prose queries in Spanish and Japanese find the pages in that language', async ({ page }) => {
  const es = await searchFor(page, 'es', 'buzón lleno');
  expect(es.slice(0, 3)).toContain('5.2.2');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /^\/es\//);
  // Words name a reason more often than a code: its page comes first, by one of its other names.
  await searchFor(page, 'ja', 'メールボックスがいっぱい');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/ja/reasons/mailbox-full/');
  const ja = await searchFor(page, 'ja', 'メールボックス 満杯');
  expect(ja.slice(0, 3)).toContain('5.2.2');
  const ja2 = await searchFor(page, 'ja', '認証情報が無効');
  expect(ja2.length).toBeGreaterThan(0);
});

test('a code, a comparison or a reply line is answered without Pagefind; typed words start it before submit', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  for (const query of ['550', '421 vs 504', '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table']) {
    await searchFor(page, 'en', query);
    await expect(page.locator('#search-results a').first()).toBeVisible();
  }
  expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  // Only the shards of the codes named: 550's class and 5.1.1's subject, not every code.
  expect([...new Set(fetched.filter((p) => p.startsWith('/en/search/codes/')))].sort()).toEqual(['/en/search/codes/4xx.json', '/en/search/codes/5.1.0x.json', '/en/search/codes/5xx.json']);

  await page.goto('/en/search/');
  const engine = page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
  await page.locator('#search-query').pressSequentially('mailbox');
  await engine;
  const found = codePagesFound(page);
  await page.locator('form.search-page-form button').click();
  await found;
  await expect(page.locator('#search-results .search-fulltext a').first()).toBeVisible();
});

test('the search box on every page leads to the search page with the query', async ({ page }) => {
  await page.goto('/ja/codes/550/');
  await page.locator('.header-search input').fill('5.7.26');
  await page.locator('.header-search button').click();
  await expect(page).toHaveURL(/\/ja\/search\/\?q=5\.7\.26$/);
  await expect(page.locator('#search-results a[href="/ja/codes/5.7.26/"]')).toBeVisible();
});

test('the header search box has the same width and place on every page and in every language', async ({ page }) => {
  const boxes = [];
  for (const path of ['/en/', '/en/codes/550/', '/es/compare/421-vs-504/', '/es/reasons/', '/ja/guide/', '/ja/search/']) {
    await page.goto(path);
    const box = (await page.locator('.header-search').boundingBox())!;
    boxes.push({ path, x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width) });
  }
  expect(new Set(boxes.map((b) => `${b.x},${b.y},${b.width}`)).size, JSON.stringify(boxes)).toBe(1);
  expect(boxes[0]!.width).toBeGreaterThanOrEqual(280);
});

test.describe('hostile input', () => {
  test('HTML and script in the query are shown as text and never run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> 999.9.9 "><svg onload=alert(3)>';
    await page.goto(`/en/search/?q=${encodeURIComponent(hostile)}`);
    // Give the page time to run anything it would run, then look.
    await page.waitForTimeout(1500);
    await expect(page.locator('#search-results img, #search-results script, #search-results svg')).toHaveCount(0);
    await expect(page.locator('#search-query')).toHaveValue(hostile);
    expect(dialogs).toEqual([]);
  });

  test('a 100 KB paste, emoji, control characters and right-to-left text are handled', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const paste = '550 5.1.1 user unknown 😀 \u0000\u0007 \u202eעברית مرحبا\u202c ' + 'lorem ipsum '.repeat(8_500);
    expect(paste.length).toBeGreaterThan(100_000);
    const found = await searchFor(page, 'en', paste);
    expect(found.slice(0, 2)).toEqual(['550', '5.1.1']);
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and links the code index', async ({ page }) => {
    await page.goto('/es/search/?q=550');
    await expect(page.locator('.notice')).toContainText('JavaScript');
    await page.locator('.notice a').click();
    await expect(page).toHaveURL(/\/es\/codes\/$/);
  });
});
