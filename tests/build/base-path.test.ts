/**
 * Deploying under a sub-path works: a copy of the project built with BASE_PATH=/smtp/ and
 * served under /smtp/ has every internal link under the sub-path, and its search and short links
 * work in Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import { startNginx } from '../nginx.ts';
import { astroBuild, copyProject } from '../project-copy.ts';

const copy = copyProject('subpath');
const dist = join(copy.dir, 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** Serves dist/ under /smtp/ only, as a host would for a sub-path deployment. */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
  let file = path.startsWith('/smtp/') ? join(dist, path.slice('/smtp'.length)) : '';
  if (file && file.endsWith('/')) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});

before(() => {
  const build = astroBuild(copy.dir, { BASE_PATH: '/smtp/' });
  assert.equal(build.status, 0, build.output);
  return new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
});
after(() => {
  server.close();
  copy.remove();
});

const origin = () => `http://127.0.0.1:${(server.address() as { port: number }).port}`;

describe('a build under /smtp/', () => {
  it('links only within the sub-path', () => {
    for (const page of ['index.html', 'en/index.html', 'ja/codes/550/index.html', 'es/compare/421-vs-504/index.html', 'en/search/index.html', '550/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const links = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      assert.ok(links.length > 0, page);
      for (const link of links) assert.ok(link.startsWith('/smtp/'), `${page}: ${link}`);
    }
    assert.match(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), /<loc>https:\/\/smtp-codes\.example\/smtp\/en\/codes\/550\/<\/loc>/);
  });

  it('searches and follows short links in the browser', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await (await browser.newContext({ locale: 'es-ES' })).newPage();
      // The reason the words show comes first, then the codes (direct answer), all under the sub-path.
      await page.goto(`${origin()}/smtp/es/search/?q=${encodeURIComponent('550 5.1.1 user unknown')}`);
      await page.locator('#search-results .search-direct a').first().waitFor();
      assert.equal(await page.locator('#search-results a').first().getAttribute('href'), '/smtp/es/reasons/recipient-unknown/');
      assert.equal(await page.locator('#search-results .search-direct a').first().getAttribute('href'), '/smtp/es/codes/550/');
      // Words go to Pagefind, whose index and results live under the sub-path too.
      await page.goto(`${origin()}/smtp/es/search/?q=${encodeURIComponent('buzón lleno')}`);
      await page.locator('#search-results .search-fulltext a').first().waitFor();
      assert.match((await page.locator('#search-results .search-fulltext a').first().getAttribute('href'))!, /^\/smtp\/es\/(codes|reasons)\//);
      await page.goto(`${origin()}/smtp/5.7.1/`);
      await page.waitForURL(/\/smtp\/es\/codes\/5\.7\.1\/$/);
    } finally {
      await browser.close();
    }
  });
});

describe('the same build served by nginx under /smtp/ (deploy/nginx.conf)', () => {
  it('serves pages and assets under the sub-path and answers unknown addresses with the right 404 page', async () => {
    // The server's root holds the build as smtp/, as the recipe in README.md says.
    const root = mkdtempSync(join(tmpdir(), 'smtp-codes-nginx-root-'));
    symlinkSync(dist, join(root, 'smtp'));
    const nginx = await startNginx(root, '/smtp', 4394);
    try {
      const get = (path: string) => fetch(nginx.origin + path, { redirect: 'manual', headers: { 'Accept-Encoding': 'gzip' } });
      const page = await get('/smtp/ja/codes/550/');
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(page.headers.get('content-encoding'), 'gzip');
      const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
      assert.match((await get(`/smtp/_astro/${css}`)).headers.get('cache-control') ?? '', /immutable/);
      const localized = await get('/smtp/ja/codes/5.7.999/');
      assert.equal(localized.status, 404);
      assert.match(await localized.text(), /<html lang="ja"/);
      const other = await get('/smtp/599/');
      assert.equal(other.status, 404);
      assert.equal((await other.text()).match(/class="not-found"/g)?.length, 3);
      assert.equal((await get('/smtp/en/codes/550')).headers.get('location'), '/smtp/en/codes/550/');
    } finally {
      nginx.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
