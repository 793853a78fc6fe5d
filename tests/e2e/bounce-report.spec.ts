/**
 * A whole bounce pasted into search: the report recipient by recipient in every locale, "copy for
 * ticket", and the promise that nothing pasted leaves the browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { translator } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { HANDOFF_KEY } from '../../src/lib/paste.ts';

const fixture = (name: string) => ({
  text: readFileSync(`tests/fixtures/bounces/${name}.eml`, 'utf8'),
  expected: JSON.parse(readFileSync(`tests/fixtures/bounces/${name}.json`, 'utf8')) as {
    kind: string;
    recipients: { address: string; reason: string; status?: string; reply?: string; remoteMta?: string }[];
  },
});

/** Two recipients of one Postfix bounce: an unknown user and a full mailbox. */
const TWO = fixture('postfix-01-two-recipients-unknown-and-full');

async function paste(page: Page, locale: string, text: string) {
  await page.goto(`/${locale}/search/`);
  await page.locator('#search-query').fill(text);
  const done = page.locator('#search-results').evaluate((root) => new Promise((resolve) => root.addEventListener('search-done', resolve, { once: true })));
  await page.locator('form.search-page-form button').click();
  await done;
}

for (const locale of LOCALES) {
  test(`${locale}: a pasted bounce is reported recipient by recipient, with translated labels and verbatim words`, async ({ page }) => {
    const t = translator(locale);
    await paste(page, locale, TWO.text);
    const report = page.locator('#bounce-report');
    await expect(report.locator('h2')).toHaveText(t('report.title'));
    await expect(report.locator('.report-kind')).toHaveText(t('report.kind.bounce'));
    const rows = report.locator('.report-row');
    await expect(rows).toHaveCount(TWO.expected.recipients.length);
    for (const [i, want] of TWO.expected.recipients.entries()) {
      const row = rows.nth(i);
      await expect(row).toHaveAttribute('data-reason', want.reason);
      await expect(row.locator('.report-address')).toHaveText(want.address);
      await expect(row.locator('.report-action')).toHaveText(t('report.action.failed'));
      await expect(row.locator('dt')).toHaveText([t('report.reason'), t('report.codes'), t('report.server'), t('report.said')]);
      await expect(row.locator(`a[href="/${locale}/reasons/${want.reason}/"]`)).toHaveCount(1);
      for (const code of [want.reply, want.status].filter(Boolean)) await expect(row.locator(`a[href="/${locale}/codes/${code}/"]`)).toHaveCount(1);
      // The server's own words stay English, as text.
      await expect(row.locator('samp.report-said')).toHaveAttribute('lang', 'en');
      await expect(row.locator('samp.report-said')).toContainText(want.status ?? '');
    }
    // The report comes first, then the codes it found.
    await expect(page.locator('#search-results > section').first()).toHaveId('bounce-report');
    await expect(page.locator('#search-results > section').nth(1).locator('a').first()).toHaveAttribute('href', new RegExp(`^/${locale}/codes/`));
  });
}

test.describe('copy for ticket', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies each recipient with its codes, reason, advice and page, and masks the addresses on request', async ({ page, baseURL }) => {
    await paste(page, 'en', TWO.text);
    const button = page.locator('#bounce-report button.copy-ticket');
    await button.click();
    await expect(button).toHaveText('Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const [first, second] = TWO.expected.recipients;
    expect(text.split('\n')[0]).toBe('A bounce: the message was not delivered to the recipients below.');
    expect(text).toContain(`1. ${first!.address}: Failed\n   Codes: ${first!.reply} ${first!.status}\n   Reason: Recipient address does not exist\n   What to do: `);
    expect(text).toContain(`${baseURL}/en/reasons/recipient-unknown/`);
    expect(text).toContain(`2. ${second!.address}: Failed`);
    expect(text).toContain(`${baseURL}/en/reasons/mailbox-full/`);

    await page.getByLabel('Mask addresses').check();
    await button.click();
    const masked = await page.evaluate(() => navigator.clipboard.readText());
    for (const r of TWO.expected.recipients) {
      expect(masked).not.toContain(r.address);
      expect(masked).toContain(`${r.address[0]}***${r.address.slice(r.address.indexOf('@'))}`);
    }
  });
});

test('an out-of-office reply and a spam complaint are told apart from a bounce', async ({ page }) => {
  await paste(page, 'es', fixture('autoreply-mimecast-inbox-no-longer-in-use').text);
  await expect(page.locator('#bounce-report .report-kind')).toHaveText(translator('es')('report.kind.auto-reply'));
  await expect(page.locator('#bounce-report .report-row')).toHaveAttribute('data-reason', 'auto-reply');
  await paste(page, 'ja', fixture('arf-abusix-spamtrap-two-recipients').text);
  await expect(page.locator('#bounce-report .report-kind')).toHaveText(translator('ja')('report.kind.complaint-report'));
  await expect(page.locator('#bounce-report .report-row[data-reason="complaint-report"]')).toHaveCount(2);
});

test.describe('reading off the page', () => {
  const rowsOf = (page: Page) => page.locator('#bounce-report .report-row').evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset.reason, r.querySelector('.report-address')?.textContent]));
  const expected = TWO.expected.recipients.map((r) => [r.reason, r.address]);

  test('a message is read in a worker', async ({ page }) => {
    await paste(page, 'en', TWO.text);
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/_astro\/bounce-worker[-.][\w-]+\.js$/)]);
    expect(await rowsOf(page)).toEqual(expected);
  });

  test('where the worker cannot start, the page reads the message itself, with the same report', async ({ page }) => {
    await page.route(/\/bounce-worker[-.][\w-]+\.js$/, (route) => route.abort());
    const reader = page.waitForRequest(/\/_astro\/reader\.[\w-]+\.js$/);
    await paste(page, 'en', TWO.text);
    await reader;
    expect(await rowsOf(page)).toEqual(expected);
  });

  test('a message handed over from another page is in the box before any module has loaded', async ({ page }) => {
    await page.goto('/es/');
    await page.evaluate(([key, text]) => sessionStorage.setItem(key!, text!), [HANDOFF_KEY, TWO.text]);
    await page.route(/\/_astro\/.+\.js$/, (route) => route.abort());
    await page.goto('/es/search/');
    await expect(page.locator('#search-query')).toHaveValue(TWO.text);
    await expect(page.locator('#bounce-report')).toHaveCount(0);
  });
});

test('markup in a bounce is shown as text, and a paste over 2 MB says what was cut', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = TWO.text.replaceAll('Mailbox Full', 'Mailbox Full <img src=x onerror=alert(1)><script>alert(2)</script>');
  await paste(page, 'en', hostile);
  await expect(page.locator('#bounce-report .report-said').last()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#bounce-report img, #bounce-report script')).toHaveCount(0);

  const huge = TWO.text + '\n' + 'QUFBQUFB'.repeat(270_000);
  await paste(page, 'en', huge);
  await expect(page.locator('#bounce-report .notice')).toContainText('only its first 2 MB were read');
  await expect(page.locator('#bounce-report .report-row')).toHaveCount(2);
  expect(dialogs).toEqual([]);
});

test.describe('privacy', () => {
  const ADDRESS = TWO.expected.recipients[0]!.address;
  const leaks = (requests: { url: string; body: string }[]) =>
    requests.filter((r) => [r.url, decodeURIComponent(r.url), r.body].some((s) => s.includes(ADDRESS) || s.includes(encodeURIComponent(ADDRESS))));

  test('no request carries a pasted address, from the header, the home page or the search page', async ({ page, context }) => {
    const requests: { url: string; body: string }[] = [];
    context.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));

    // A line with an address typed into the header search.
    await page.goto('/en/codes/550/');
    await page.locator('#header-search-q').fill(`550 5.1.1 <${ADDRESS}>: User unknown`);
    await page.locator('#header-search-q').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(page.locator('#search-results a').first()).toHaveAttribute('href', '/en/reasons/recipient-unknown/');

    // A whole message pasted into the header search: it goes to the search page with its lines.
    await page.goto('/es/reasons/');
    await page.locator('#header-search-q').focus();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.querySelector('#header-search-q')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, TWO.text);
    await expect(page).toHaveURL(/\/es\/search\/$/);
    await expect(page.locator('#bounce-report .report-row')).toHaveCount(2);

    // The home page's paste box.
    await page.goto('/ja/');
    await page.locator('#home-paste-text').fill(TWO.text);
    await page.locator('.home-paste button').click();
    await expect(page).toHaveURL(/\/ja\/search\/$/);
    await expect(page.locator('#bounce-report .report-row')).toHaveCount(2);

    // The search page itself, searched twice.
    await paste(page, 'en', TWO.text);
    await page.locator('form.search-page-form button').click();
    await expect(page.locator('#bounce-report .report-row')).toHaveCount(2);

    expect(requests.length).toBeGreaterThan(10);
    expect(leaks(requests)).toEqual([]);
    expect(page.url()).not.toContain(encodeURIComponent(ADDRESS));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the header form still leads to the search page, and sends nothing typed into it', async ({ page, context }) => {
      const requests: { url: string; body: string }[] = [];
      context.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
      await page.goto('/en/codes/550/');
      await page.locator('#header-search-q').fill(ADDRESS);
      await page.locator('.header-search button').click();
      await expect(page).toHaveURL(/\/en\/search\/\??$/);
      await expect(page.locator('.notice')).toContainText('JavaScript');
      expect(leaks(requests)).toEqual([]);
    });
  });
});
