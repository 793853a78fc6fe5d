/**
 * Static analysis of dist/: every HTML page classified by its address, its size raw and gzipped,
 * the weight of a code page with its stylesheets, and the Pagefind index per locale.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales.ts';
import { fileOf, htmlPaths } from '../site/built-site.ts';
import { gzipSize, medianMax, sum } from './stats.ts';

/** The kinds of page the figures are broken down by. */
export const PAGE_TYPES = [
  'home',
  'code (basic)',
  'code (enhanced)',
  'comparison',
  'comparison redirect',
  'other localized',
  'language redirect',
  '404',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Pages outside any locale (`/`, `/550/`, 404.html) are counted under this key. */
export const NO_LOCALE = 'none';

export interface DistPage {
  /** The address, e.g. "/en/codes/550/", or "/404.html". */
  path: string;
  type: PageType;
  locale: string;
  html: string;
  rawBytes: number;
  gzipBytes: number;
  /** Addresses of the stylesheets the page links, e.g. "/_astro/global.abc.css". */
  stylesheets: string[];
}

/** Reads and classifies every HTML page under `dist`. */
export function readDistPages(dist: string): DistPage[] {
  return htmlPaths(dist).map((path) => {
    const html = readFileSync(fileOf(path, dist), 'utf8');
    return {
      path,
      ...classify(path, html),
      html,
      rawBytes: Buffer.byteLength(html),
      gzipBytes: gzipSize(html),
      stylesheets: linkedStylesheets(html),
    };
  });
}

/** Matches the meta refresh that reversed comparison addresses use to lead to the canonical one. */
const META_REFRESH = /<meta[^>]+http-equiv=["']?refresh/i;

/** The page type and locale an address belongs to (docs/architecture.md, Addresses). */
export function classify(path: string, html: string): { type: PageType; locale: string } {
  if (path === '/404.html') return { type: '404', locale: NO_LOCALE };
  const [first, section, slug] = path.split('/').filter(Boolean);
  const locale = LOCALES.find((l) => l === first);
  // `/` and the short links `/550/` choose a language in the browser.
  if (!locale) return { type: 'language redirect', locale: NO_LOCALE };
  if (!section) return { type: 'home', locale };
  if (section === 'codes' && slug) return { type: /^\d{3}$/.test(slug) ? 'code (basic)' : 'code (enhanced)', locale };
  if (section === 'compare' && slug) return { type: META_REFRESH.test(html) ? 'comparison redirect' : 'comparison', locale };
  return { type: 'other localized', locale };
}

/** The href of every `<link rel="stylesheet">` in `html`. */
function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
}

/** Number of pages per type and locale. */
export function countPages(pages: readonly DistPage[]): Record<PageType, Record<string, number>> {
  const counts = Object.fromEntries(PAGE_TYPES.map((t) => [t, {}])) as Record<PageType, Record<string, number>>;
  for (const page of pages) counts[page.type][page.locale] = (counts[page.type][page.locale] ?? 0) + 1;
  return counts;
}

export interface SizeFigures {
  raw: { median: number; max: number };
  gzip: { median: number; max: number };
  maxPage: string;
}

/** HTML bytes per page type, raw and gzipped, median and max over all locales. */
export function htmlSizes(pages: readonly DistPage[]): Partial<Record<PageType, SizeFigures>> {
  const sizes: Partial<Record<PageType, SizeFigures>> = {};
  for (const type of PAGE_TYPES) {
    const ofType = pages.filter((p) => p.type === type);
    if (ofType.length === 0) continue;
    sizes[type] = {
      raw: medianMax(ofType.map((p) => p.rawBytes)),
      gzip: medianMax(ofType.map((p) => p.gzipBytes)),
      maxPage: largest(ofType, (p) => p.gzipBytes).path,
    };
  }
  return sizes;
}

function largest<T>(items: readonly T[], size: (item: T) => number): T {
  return items.reduce((a, b) => (size(b) > size(a) ? b : a));
}

/**
 * What a reader downloads for a code page before any interaction besides scripts: the gzipped HTML
 * plus every stylesheet it links, each counted in full for that page (a first visit, cold cache).
 */
export function codePageWeight(pages: readonly DistPage[], dist: string): { median: number; max: number; maxPage: string; pages: number } {
  const cssGzip = new Map<string, number>();
  const stylesheetGzip = (href: string) => {
    if (!cssGzip.has(href)) cssGzip.set(href, gzipSize(readFileSync(join(dist, new URL(href, 'http://host').pathname))));
    return cssGzip.get(href)!;
  };
  const codePages = pages.filter((p) => p.type === 'code (basic)' || p.type === 'code (enhanced)');
  const weight = (p: DistPage) => p.gzipBytes + sum(p.stylesheets.map(stylesheetGzip));
  return { ...medianMax(codePages.map(weight)), maxPage: largest(codePages, weight).path, pages: codePages.length };
}

export interface PagefindSizes {
  /** Files one locale's searches can load: its index, fragment and filter chunks, metadata and wasm. */
  locales: Record<string, { pages: number; files: number; bytes: number; indexBytes: number; fragmentBytes: number }>;
  /** The runtime every locale loads: pagefind.js, its worker and pagefind-entry.json. */
  shared: { files: number; bytes: number };
  /** Pagefind's UI bundles and highlighter, written by Pagefind but loaded by no page of ours. */
  unused: { files: number; bytes: number };
  total: { files: number; bytes: number };
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** Sizes on disk of dist/pagefind/ (its chunks are compressed by Pagefind itself), per locale. */
export function pagefindSizes(dist: string): PagefindSizes {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const all = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
  const size = (files: readonly string[]) => ({ files: files.length, bytes: sum(files.map((f) => statSync(join(root, f)).size)) });
  const locales: PagefindSizes['locales'] = {};
  const counted = new Set<string>();
  for (const [lang, { hash, wasm, page_count }] of Object.entries(entry.languages)) {
    const chunks = (dir: string) => all.filter((f) => f.startsWith(`${dir}/${lang}_`));
    // Pagefind loads wasm.unknown.pagefind for languages without a stemmer (Japanese here).
    const files = [...chunks('index'), ...chunks('fragment'), ...chunks('filter'), `pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`];
    files.forEach((f) => counted.add(f));
    locales[lang] = { pages: page_count, ...size(files), indexBytes: size(chunks('index')).bytes, fragmentBytes: size(chunks('fragment')).bytes };
  }
  const runtime = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];
  runtime.forEach((f) => counted.add(f));
  return { locales, shared: size(runtime), unused: size(all.filter((f) => !counted.has(f))), total: size(all) };
}
