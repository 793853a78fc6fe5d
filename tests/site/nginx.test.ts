/**
 * The nginx recipe (deploy/nginx.conf) against the built site, served by Debian's nginx: security
 * headers on every response, compressed text, a year's cache for hashed assets, folders redirected
 * to their trailing slash, and unknown addresses answered with status 404 and the 404 page of the
 * address's language. The sub-path deployment is checked in tests/build/base-path.test.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SECURITY_HEADERS } from '../../src/integrations/host-files.ts';
import { startNginx, type RunningNginx } from '../nginx.ts';
import { PROJECT_ROOT } from '../project-copy.ts';

const DIST = join(PROJECT_ROOT, 'dist');
let nginx: RunningNginx;
before(async () => {
  nginx = await startNginx(DIST, '', 4393);
});
after(() => nginx?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(nginx.origin + path, { headers, redirect: 'manual' });

/** nginx sends the same security headers as the _headers file other hosts read. */
function assertSecurityHeaders(response: Response, path: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers.get(name), value, `${path}: ${name}`);
}

describe('deploy/nginx.conf serving dist/', () => {
  it('serves pages with the security headers, gzip-compressed', async () => {
    for (const path of ['/en/', '/ja/codes/550/', '/es/compare/421-vs-504/', '/550/', '/']) {
      const response = await get(path, { 'Accept-Encoding': 'gzip' });
      assert.equal(response.status, 200, path);
      assertSecurityHeaders(response, path);
      assert.equal(response.headers.get('content-encoding'), 'gzip', path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
    }
  });

  it('caches hashed assets for a year and compresses scripts, styles and the search engine', async () => {
    const assets = readdirSync(join(DIST, '_astro')).filter((f) => /\.(css|js)$/.test(f));
    assert.ok(assets.length > 0);
    for (const file of assets.slice(0, 3)) {
      const response = await get(`/_astro/${file}`, { 'Accept-Encoding': 'gzip' });
      assert.equal(response.status, 200, file);
      assert.match(response.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/, file);
      assertSecurityHeaders(response, file);
    }
    const script = await get('/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(script.headers.get('content-encoding'), 'gzip');
    // Pagefind's engine and index files are gzip data already: they go out unchanged.
    const engine = await get('/pagefind/wasm.en.pagefind', { 'Accept-Encoding': 'gzip' });
    assert.equal(engine.status, 200);
    assert.equal(engine.headers.get('content-encoding'), null);
  });

  it('redirects a folder without its trailing slash', async () => {
    const response = await get('/en/codes/550');
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/en/codes/550/');
  });

  it('answers an unknown address under a locale with 404 and that locale’s 404 page', async () => {
    for (const [path, lang] of [
      ['/ja/codes/5.7.999/', 'ja'],
      ['/es/nothing-here/', 'es'],
    ] as const) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assertSecurityHeaders(response, path);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}"`), path);
      assert.equal(html.match(/class="not-found"/g)?.length, 1, path);
    }
  });

  it('answers any other unknown address with 404 and the page in every language', async () => {
    const response = await get('/599/');
    assert.equal(response.status, 404);
    assertSecurityHeaders(response, '/599/');
    assert.equal((await response.text()).match(/class="not-found"/g)?.length, 3);
  });
});
