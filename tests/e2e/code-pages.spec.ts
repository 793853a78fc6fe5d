/** Every code page renders its facts from the dataset, with its RFC citations linked. */
import { expect, test } from '@playwright/test';
import { basicCodes } from '../../src/data/dataset.ts';
import { en } from '../../src/i18n/en.ts';
import { afterHeading } from './headings.ts';

for (const code of basicCodes) {
  test(`/en/codes/${code.code}/ shows its facts`, async ({ page }) => {
    const response = await page.goto(`/en/codes/${code.code}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText(code.code);
    const glance = page.locator('section.glance');
    await expect(glance).toContainText(en[`class.${code.classDigit}`]);
    await expect(glance).toContainText(en[`outcome.${code.outcome}`]);
    await expect(glance).toContainText(en[`action.${code.senderAction}`]);
    await expect(glance).toContainText(en[`bounce.${code.bounce}`]);
    await expect(glance).toContainText(en[`connection.${code.connection}`]);
    for (const stage of code.stages) await expect(glance).toContainText(en[`stage.${stage}`]);
    for (const d of code.definitions) {
      if ('rfc' in d.source) {
        const href = `https://www.rfc-editor.org/rfc/rfc${d.source.rfc}.html#section-${d.source.section}`;
        await expect(page.locator(`${afterHeading('spec')} ul a[href="${href}"]`).first()).toBeVisible();
      } else {
        await expect(page.locator('section', { has: page.locator('#spec') })).toContainText(d.source.registry);
      }
      await expect(page.locator('section', { has: page.locator('#spec') })).toContainText(d.text);
    }
    for (const reply of code.replies) await expect(page.locator('.replies samp', { hasText: reply.text }).first()).toBeAttached();
    for (const r of code.related) await expect(page.locator(`${afterHeading('related')} ul a[href="/en/codes/${r}/"]`)).toBeVisible();
  });
}

test('a few facts, checked by hand against RFC 5321', async ({ page }) => {
  await page.goto('/en/codes/550/');
  await expect(page.locator('.verdict')).toHaveText('Permanent failure. Do not retry.');
  await page.goto('/en/codes/421/');
  await expect(page.locator('.verdict')).toHaveText('Transient failure. Retry later.');
  await expect(page.locator('section.glance')).toContainText('The server closes it');
  await page.goto('/en/codes/422/');
  await expect(page.locator('section', { has: page.locator('#spec') })).toContainText('No RFC defines this code');
  // §4.2.3: "354 Start mail input; end with <CRLF>.<CRLF>", the intermediate reply to DATA (§4.3.2).
  await page.goto('/en/codes/354/');
  await expect(page.locator('.verdict')).toHaveText('Waiting for more input. Nothing to do.');
  await expect(page.locator('section.glance tr', { hasText: 'Where it occurs' })).toHaveText(/DATA/);
  await expect(page.locator('section', { has: page.locator('#spec') })).toContainText('354 Start mail input; end with <CRLF>.<CRLF>');
  // §4.3.2: VRFY can return 550, 551 and 553; §4.2.3 gives 553 "mailbox name not allowed".
  await page.goto('/en/codes/553/');
  await expect(page.locator('section.glance tr', { hasText: 'Where it occurs' })).toContainText('VRFY / EXPN');
  await expect(page.locator('section', { has: page.locator('#spec') })).toContainText('Requested action not taken: mailbox name not allowed');
  // RFC 7505 §4.2 and RFC 7504: 556 for a null-MX recipient domain, a permanent failure.
  await page.goto('/en/codes/556/');
  await expect(page.locator('.verdict')).toHaveText('Permanent failure. Do not retry.');
});

test('an enhanced code page shows the class, subject and detail of RFC 3463 §2, checked by hand', async ({ page }) => {
  await page.goto('/en/codes/5.1.1/');
  await expect(page.locator('section.glance')).toContainText('Permanent failure');
  await expect(page.locator('section.glance')).toContainText('Addressing status');
  await expect(page.locator('section.glance')).toContainText('Bad destination mailbox address');
  // Sent with 550 (the registry) and 550 in recorded replies, never a 4yz code.
  await expect(page.locator('section.glance a[href="/en/codes/550/"]')).toBeVisible();
  await expect(page.locator('section.glance a[href^="/en/codes/4"]')).toHaveCount(0);
});
