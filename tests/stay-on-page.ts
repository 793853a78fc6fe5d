/**
 * Opening a page that leads on (the language chooser, short links, reversed comparisons) and
 * keeping it on screen, for the accessibility tests and the benchmark.
 */
import type { Page } from '@playwright/test';

/**
 * Opens `url` and answers any navigation away from it with 204 No Content, which leaves the
 * document as it is (an aborted request would show Chromium's error page instead). Playwright's own
 * wait for `load` never ends once such a navigation has been answered, so this waits for the
 * document itself.
 */
export async function openAndStay(page: Page, url: string): Promise<void> {
  await page.route('**/*', (route) => {
    const request = route.request();
    const leaving =
      request.isNavigationRequest() &&
      request.frame() === page.mainFrame() &&
      new URL(request.url()).pathname !== new URL(url, request.url()).pathname;
    return leaving ? route.fulfill({ status: 204 }) : route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'complete');
}
