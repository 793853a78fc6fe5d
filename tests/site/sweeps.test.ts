/**
 * Whole-site sweeps over the built site, every page in every locale: links and anchors,
 * the head every page needs, unique titles, the sitemap, and the Content Security Policy.
 * Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_LOCALE, LOCALES } from '../../src/i18n/locales.ts';
import { localeOfPath } from '../../src/lib/routes.ts';
import { DIST, fileOf, readSite, type PageFacts } from './built-site.ts';

const pages = readSite();
/** The site's public origin, as the English home page declares it. */
const origin = new URL(pages.get('/en/')!.canonical).origin;

/** Lists what fails `check` on every page; the test shows them all at once. */
function problems(check: (page: PageFacts) => (string | undefined)[]): string[] {
  return [...pages.values()].flatMap((page) => check(page).filter((p) => p !== undefined).map((p) => `${page.path}: ${p}`));
}

test('the sweep sees every page of every locale', () => {
  for (const locale of LOCALES) {
    for (const path of ['/', '/codes/', '/codes/550/', '/codes/5.1.1/', '/compare/421-vs-504/', '/search/'])
      assert.ok(pages.has(`/${locale}${path}`), `/${locale}${path}`);
  }
  assert.ok(pages.has('/404.html') && pages.has('/') && pages.has('/550/'));
});

test('every link and #anchor inside the site leads to a page and an element that exist', () => {
  const found = problems((page) =>
    page.references.map(({ source, url }) => {
      const target = new URL(url, origin + page.path);
      if (target.origin !== origin) return undefined;
      if (!existsSync(fileOf(target.pathname))) return `${source} ${url}: no such page`;
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && !pages.get(target.pathname)?.ids.has(id)) return `${source} ${url}: no element #${id}`;
      return undefined;
    }),
  );
  assert.deepEqual(found, []);
});

test('nothing on a page loads from another host: only plain links leave the site', () => {
  const found = problems((page) =>
    page.references
      .filter(({ source }) => !source.startsWith('a[') && !source.startsWith('area['))
      .map(({ source, url }) => (new URL(url, origin + page.path).origin === origin ? undefined : `${source} ${url}`)),
  );
  assert.deepEqual(found, []);
});

test('every page has a title, a description, a canonical address and the language of its locale', () => {
  const found = problems((page) => {
    const lang = localeOfPath(page.path, LOCALES) ?? DEFAULT_LOCALE;
    return [
      page.title ? undefined : 'no <title>',
      page.description.trim() ? undefined : 'no meta description',
      page.lang === lang ? undefined : `lang is "${page.lang}", not "${lang}"`,
      page.canonical.startsWith(`${origin}/`) ? undefined : `canonical is "${page.canonical}"`,
      // A page that is indexed names itself; a redirect or the 404 is not indexed and may name its target.
      page.noindex || page.canonical === origin + page.path ? undefined : `indexed, but canonical is ${page.canonical}`,
    ];
  });
  assert.deepEqual(found, []);
});

test('no two pages of a locale share a title', () => {
  const byTitle = new Map<string, string[]>();
  for (const page of pages.values()) {
    const key = `${localeOfPath(page.path, LOCALES) ?? 'root'}: ${page.title}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), page.path]);
  }
  const shared = [...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `${title} (${paths.join(', ')})`);
  assert.deepEqual(shared, []);
});

test('the sitemap lists every indexed page, and only those', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const indexed = [...pages.values()].filter((p) => !p.noindex).map((p) => p.path);
  assert.deepEqual([...listed].filter((p) => !pages.has(p) || pages.get(p)!.noindex), [], 'listed but missing or not indexed');
  assert.deepEqual(indexed.filter((p) => !listed.has(p)), [], 'indexed but not listed');
});

test('search indexes every page marked for it, in its own language', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
  const marked = Object.fromEntries(LOCALES.map((l) => [l, [...pages.values()].filter((p) => p.searchable && p.lang === l).length]));
  assert.ok(marked.en! > 200, 'code pages, guides and noted comparisons are marked');
  assert.deepEqual(indexed, marked);
});

test("search's first download stays small: Pagefind's index in small chunks, lean fragments, code data in shards", () => {
  // Pagefind 1.6 takes its chunk size from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/search-index.ts);
  // at its default a locale's index would be one or two chunks of about 28 KB.
  const files = (dir: string) => readdirSync(join(DIST, dir)).map((f) => statSync(join(DIST, dir, f)).size);
  for (const locale of LOCALES) {
    const chunks = readdirSync(join(DIST, 'pagefind/index')).filter((f) => f.startsWith(`${locale}_`));
    const sizes = chunks.map((f) => statSync(join(DIST, 'pagefind/index', f)).size);
    assert.ok(chunks.length >= 5, `${locale}: ${chunks.length} index chunks`);
    assert.ok(Math.max(...sizes) < 12 * 1024, `${locale}: largest index chunk ${Math.max(...sizes)} bytes`);
    const shards = files(`${locale}/search/codes`);
    assert.ok(Math.max(...shards) < 12 * 1024, `${locale}: largest code shard ${Math.max(...shards)} bytes before compression`);
  }
  // A fragment holds what was indexed (title, other names) and the lead, not the page: a few hundred bytes, compressed.
  const fragments = files('pagefind/fragment');
  assert.ok(Math.max(...fragments) < 1024, `largest fragment ${Math.max(...fragments)} bytes`);
});

/** A policy's directives by name: `script-src 'self' 'sha256-…'` → script-src → ["'self'", …]. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('every page carries a strict Content Security Policy ahead of its scripts and styles', () => {
  // Only the site itself, hashes of its own inline code, and WebAssembly compilation for Pagefind:
  // no host, scheme, wildcard, 'unsafe-inline' or 'unsafe-eval'.
  const allowed = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/;
  const found = problems((page) => {
    if (page.csp === undefined) return ['no Content-Security-Policy'];
    const policy = directives(page.csp);
    return [
      page.beforeCsp.length === 0 ? undefined : `${page.beforeCsp.join(', ')} before the policy`,
      policy.get('default-src')?.join(' ') === "'none'" ? undefined : "default-src is not 'none'",
      ...['base-uri', 'form-action', 'script-src', 'style-src'].map((d) => (policy.has(d) ? undefined : `no ${d}`)),
      ...[...policy].flatMap(([name, sources]) => sources.filter((s) => !allowed.test(s)).map((s) => `${name} allows ${s}`)),
    ];
  });
  assert.deepEqual(found, []);
});

test('every inline script and style is allowed by its hash, and no element carries inline style or handlers', () => {
  const found = problems((page) => {
    const policy = directives(page.csp ?? '');
    return [
      ...page.inlineScripts.filter((s) => !policy.get('script-src')?.includes(sha256(s))).map((s) => `script not allowed: ${s.slice(0, 60)}`),
      ...page.inlineStyles.filter((s) => !policy.get('style-src')?.includes(sha256(s))).map((s) => `style not allowed: ${s.slice(0, 60)}`),
      ...page.inlineAttributes,
    ];
  });
  assert.deepEqual(found, []);
});
