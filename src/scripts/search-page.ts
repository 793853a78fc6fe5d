/**
 * The search page in the browser: the direct answer from the bounce-text analyzer first,
 * then Pagefind's full-text results, all as links inside #search-results, best first. The query
 * stays in the address. Everything the reader typed is shown as text, never as HTML.
 */
import { analyze } from '../lib/bounce-analyzer.ts';
import { format } from '../i18n/format.ts';
import { describeUnknownCode } from './code-digits.ts';
import type { Locale } from '../i18n/locales.ts';
import { searchDataPath } from '../lib/routes.ts';
import { directAnswer, type AnswerItem, type SearchCode } from '../lib/search-answer.ts';
import { fulltextQuery, rankFulltext, wantsFulltext, type FulltextHit } from '../lib/search-results.ts';

interface PageStrings {
  locale: Locale;
  base: string;
  direct: string;
  fulltext: string;
  none: string;
  fulltextFailed: string;
  compareTitle: string;
}

/** The longest query kept in the address: enough for any code or sentence, not a whole paste. */
const MAX_URL_QUERY = 2000;

const root = document.getElementById('search-results')!;
const form = document.querySelector<HTMLFormElement>('form.search-page-form')!;
const input = form.querySelector<HTMLTextAreaElement>('textarea[name="q"]')!;
const strings = JSON.parse(root.dataset.strings!) as PageStrings;
const withBase = (path: string) => strings.base.replace(/\/$/, '') + path;

let codesData: Promise<SearchCode[]> | undefined;
const loadCodes = () => (codesData ??= fetch(withBase(searchDataPath(strings.locale))).then((r) => r.json()));

type Pagefind = {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: { data: () => Promise<Omit<FulltextHit, 'plainExcerpt'>> }[] }>;
};
let pagefindModule: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefindModule ??= import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: withBase('/') });
    await pf.init();
    return pf;
  }));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const digitTemplates = document.querySelector<HTMLTemplateElement>('template.code-digit-templates')!;

function renderList(heading: string, items: { href?: string; label: string; title: string; line: string; unknown?: true }[]) {
  const section = el('section', undefined, 'search-group');
  section.append(el('h2', heading));
  const list = el('ol', undefined, 'code-list');
  for (const item of items) {
    const li = el('li');
    if (item.href) {
      const a = el('a');
      a.href = item.href;
      a.append(el('code', item.label, 'code-number'), ' ', el('span', item.title, 'code-title'));
      li.append(a);
    } else {
      li.append(el('strong', item.label));
    }
    if (item.line) li.append(el('p', item.line));
    if (item.unknown) {
      const line = el('p');
      line.append(...describeUnknownCode(digitTemplates, item.label));
      li.append(line);
    }
    list.append(li);
  }
  section.append(list);
  root.append(section);
}

let run = 0;

async function search(query: string) {
  const current = ++run;
  performance.clearMarks();
  performance.mark('search-start');
  root.replaceChildren();
  if (!query.trim()) return;

  const analysis = analyze(query);
  const codes = await loadCodes();
  if (current !== run) return;
  const compareTitle = (a: string, b: string) => format(strings.compareTitle, { a, b });
  const direct: AnswerItem[] = directAnswer(analysis, codes, strings.locale, compareTitle);
  if (direct.length > 0) {
    renderList(strings.direct, direct.map((d) => ({ ...d, href: d.path && withBase(d.path) })));
  }
  performance.mark('search-direct');

  const text = wantsFulltext(query, analysis) ? fulltextQuery(query) : '';
  let hits: Omit<FulltextHit, 'plainExcerpt'>[] = [];
  let failed = false;
  if (text) {
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.search(text);
      // Each result's data is a fragment of its page: six after the direct answer are plenty, and
      // fetching no more keeps the first search light.
      hits = await Promise.all(response.results.slice(0, 6).map((r) => r.data()));
    } catch {
      // Never a silent empty result: say why full-text search is missing (no index under `astro dev`).
      pagefindModule = undefined;
      failed = true;
    }
  }
  if (current !== run) return;
  const seen = new Set(direct.flatMap((d) => (d.path ? [withBase(d.path.replace(/#.*$/, ''))] : [])));
  const ranked = rankFulltext(hits, analysis.compare !== undefined).filter((h) => !seen.has(h.url));
  if (ranked.length > 0) {
    renderList(strings.fulltext, ranked.map((h) => ({ href: h.url, label: '', title: h.meta.title ?? h.url, line: h.plainExcerpt })));
  } else if (failed) {
    root.append(el('p', strings.fulltextFailed, 'notice'));
  } else if (direct.length === 0) {
    root.append(el('p', strings.none));
  }
  if (text) performance.mark('search-fulltext');
  root.dispatchEvent(new CustomEvent('search-done'));
}

function submit(query: string) {
  const url = new URL(location.href);
  url.searchParams.set('q', query.slice(0, MAX_URL_QUERY));
  history.replaceState(null, '', url);
  void search(query);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(input.value);
});

const initial = new URL(location.href).searchParams.get('q') ?? '';
input.value = initial;
if (initial) void search(initial);
else {
  // Load the search data and engine while the reader types or pastes, so the answer is immediate.
  void Promise.all([loadCodes(), loadPagefind().catch(() => (pagefindModule = undefined))]).then(() => (root.dataset.ready = ''));
}
