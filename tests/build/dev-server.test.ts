/**
 * `npm start` on a fresh clone, before anything is built: the search page still answers a code
 * directly, and a full-text query says, in the page's language, that `npm run build` writes the
 * index (never a silent empty result). With a build, tests/e2e/dev-server.spec.ts checks the results.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../chromium.ts';
import { astroDev, copyProject } from '../project-copy.ts';
import { translator } from '../../src/i18n/index.ts';

const PORT = 4397;
const copy = copyProject('dev');
let dev: ChildProcess | undefined;

before(async () => {
  dev = await astroDev(copy.dir, PORT);
});
after(() => {
  dev?.kill();
  copy.remove();
});

describe('npm start with nothing built', () => {
  it('answers a code directly and names npm run build for full text, in the reader’s language', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/es/search/?q=550`);
      await page.locator('#search-results a[href="/es/codes/550/"]').waitFor({ timeout: 60_000 });

      await page.goto(`http://127.0.0.1:${PORT}/es/search/?q=${encodeURIComponent('buzón lleno')}`);
      const notice = page.locator('#search-results .notice');
      await notice.waitFor({ timeout: 60_000 });
      assert.equal(await notice.textContent(), translator('es')('search.needsBuild'));
      assert.match((await notice.textContent())!, /npm run build/);
    } finally {
      await browser.close();
    }
  });
});
