/**
 * The search page in the browser: for a whole pasted message, its bounce report first; for a line,
 * the reason it shows; then the direct answer from the code finder and Pagefind's full-text results,
 * all as links inside #search-results, best first. A short query without an address stays in the
 * address bar; a paste never does. Everything the reader typed is shown as text, never as HTML.
 */
import { analyze } from '../lib/bounce-analyzer.ts';
import { format } from '../i18n/format.ts';
import { describeUnknownCode } from './code-digits.ts';
import type { Locale } from '../i18n/locales.ts';
import { createClassifier, type ClassifierData, type Classification, type Classify } from '../lib/reason-classifier.ts';
import { HANDOFF_KEY, isLinkable, isMessagePaste } from '../lib/paste.ts';
import { classifierDataPath, codePath, reasonPath, searchDataPath, searchReasonsPath } from '../lib/routes.ts';
import { directAnswer, lookUp, type AnswerItem, type SearchCode, type SearchReason } from '../lib/search-answer.ts';
import type { ReportStrings } from './bounce-report.ts';
import { fulltextQuery, rankFulltext, wantsFulltext, type FulltextHit } from '../lib/search-results.ts';

interface PageStrings {
  locale: Locale;
  base: string;
  direct: string;
  fulltext: string;
  none: string;
  fulltextFailed: string;
  compareTitle: string;
  reason: string;
  evidenceText: string;
  evidenceCommon: string;
  evidenceCode: string;
  more: string;
  report: ReportStrings;
}

const root = document.getElementById('search-results')!;
const form = document.querySelector<HTMLFormElement>('form.search-page-form')!;
const input = form.querySelector<HTMLTextAreaElement>('#search-query')!;
const strings = JSON.parse(root.dataset.strings!) as PageStrings;
const withBase = (path: string) => strings.base.replace(/\/$/, '') + path;

let codesData: Promise<SearchCode[]> | undefined;
const loadCodes = () => (codesData ??= fetch(withBase(searchDataPath(strings.locale))).then((r) => r.json()));

let reasonData: Promise<{ data: ClassifierData; classify: Classify; reasons: Map<string, SearchReason> }> | undefined;
const loadReasons = () =>
  (reasonData ??= Promise.all([
    fetch(withBase(classifierDataPath())).then((r) => r.json() as Promise<ClassifierData>),
    fetch(withBase(searchReasonsPath(strings.locale))).then((r) => r.json() as Promise<SearchReason[]>),
  ]).then(([data, reasons]) => ({ data, classify: createClassifier(data), reasons: new Map(reasons.map((r) => [r.id, r])) })));

/** The bounce reader and its report, loaded only once a whole message is pasted. */
let reportModule: Promise<typeof import('./bounce-report.ts')> | undefined;
const loadReport = () => (reportModule ??= import('./bounce-report.ts'));

/** Results per page of full-text hits: each is a fragment of its page, fetched on demand. */
const PAGE_SIZE = 6;

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

type ListItem = { href?: string; label: string; title: string; line: string; unknown?: true };

function renderItems(list: HTMLOListElement, items: readonly ListItem[]) {
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
}

function renderList(heading: string, items: readonly ListItem[], kind: 'direct' | 'fulltext'): HTMLOListElement {
  const section = el('section', undefined, `search-group search-${kind}`);
  section.append(el('h2', heading));
  const list = el('ol', undefined, 'code-list');
  renderItems(list, items);
  section.append(list);
  root.append(section);
  return list;
}

/** A button after the full-text results that shows the next page of them, until there are no more. */
function offerMore(list: HTMLOListElement, rest: { data: () => Promise<Omit<FulltextHit, 'plainExcerpt'>> }[], seen: Set<string>) {
  const button = el('button', strings.more, 'more-results');
  button.type = 'button';
  list.after(button);
  button.addEventListener('click', async () => {
    const page = rest.splice(0, PAGE_SIZE);
    const hits = rankFulltext(await Promise.all(page.map((r) => r.data())), false).filter((h) => !seen.has(h.url));
    const before = list.children.length;
    renderItems(list, hits.map((h) => ({ href: h.url, label: '', title: h.meta.title ?? h.url, line: h.plainExcerpt })));
    // Keyboard users land on the first new result rather than at the end of the page.
    list.children[before]?.querySelector('a')?.focus();
    if (rest.length === 0) button.remove();
  });
}

/** The reason behind the pasted text, first: its page, what in the text shows it, and what to do. */
function renderReason(found: Classification, reason: SearchReason) {
  const section = el('section', undefined, 'search-group search-reason');
  section.append(el('h2', strings.reason));
  const list = el('ol', undefined, 'reason-list');
  const li = el('li');
  const a = el('a', reason.t);
  a.href = withBase(reasonPath(strings.locale, found.reason));
  li.append(a);
  const evidence = el('p', undefined, 'evidence');
  if (found.evidence.kind === 'signature') {
    evidence.append(found.evidence.common ? strings.evidenceCommon : format(strings.evidenceText, { sender: found.evidence.sender }), ' ');
    const samp = el('samp', found.evidence.match);
    samp.lang = 'en';
    evidence.append(samp);
  } else if (found.evidence.kind !== 'none') {
    evidence.append(format(strings.evidenceCode, { code: found.evidence.code }));
  }
  li.append(evidence, el('p', reason.a));
  list.append(li);
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

  let analysis = analyze(query);
  // A comparison query names two codes, not a reason; anything else may carry one.
  const [codes, reasons, report] = await Promise.all([
    loadCodes(),
    analysis.compare ? undefined : loadReasons(),
    isMessagePaste(query) ? loadReport() : undefined,
  ]);
  if (current !== run) return;
  // A whole message gets its report, recipient by recipient; its recipients' codes make the direct answer.
  const read = report && reasons ? report.readMessage(query, reasons.data) : undefined;
  let found: Classification | undefined;
  const reported = read !== undefined && read.recipients.length > 0 && read.kind !== 'reply';
  if (report && reasons && read && reported) {
    root.append(
      report.renderReport(read, {
        locale: strings.locale,
        strings: strings.report,
        withBase,
        codePage: (code) => {
          const entry = lookUp(code, codes);
          return entry && codePath(strings.locale, entry.c);
        },
        reasons: reasons.reasons,
      }),
    );
    analysis = { ...analyze(read.recipients.flatMap((r) => [r.reply ?? '', r.status ?? '']).join('\n')), provider: analysis.provider };
  } else {
    found = reasons?.classify(query);
    if (found && reasons && found.reason !== 'unclassified') renderReason(found, reasons.reasons.get(found.reason)!);
  }
  const compareTitle = (a: string, b: string) => format(strings.compareTitle, { a, b });
  const direct: AnswerItem[] = directAnswer(analysis, codes, strings.locale, compareTitle);
  if (direct.length > 0) {
    renderList(strings.direct, direct.map((d) => ({ ...d, href: d.path && withBase(d.path) })), 'direct');
  }
  performance.mark('search-direct');

  // The words of a whole message match pages by chance; its report and codes already answer it.
  const text = !reported && wantsFulltext(query, analysis) ? fulltextQuery(query) : '';
  let hits: Omit<FulltextHit, 'plainExcerpt'>[] = [];
  let results: { data: () => Promise<Omit<FulltextHit, 'plainExcerpt'>> }[] = [];
  let failed = false;
  if (text) {
    try {
      const pagefind = await loadPagefind();
      results = (await pagefind.search(text)).results;
      // Each result's data is a fragment of its page: fetch a page of them, and more on request.
      hits = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    } catch {
      // Never a silent empty result: say why full-text search is missing (no index under `astro dev`).
      pagefindModule = undefined;
      failed = true;
    }
  }
  if (current !== run) return;
  const seen = new Set(direct.flatMap((d) => (d.path ? [withBase(d.path.replace(/#.*$/, ''))] : [])));
  if (found && found.reason !== 'unclassified') seen.add(withBase(reasonPath(strings.locale, found.reason)));
  const ranked = rankFulltext(hits, analysis.compare !== undefined).filter((h) => !seen.has(h.url));
  if (ranked.length > 0) {
    const list = renderList(strings.fulltext, ranked.map((h) => ({ href: h.url, label: '', title: h.meta.title ?? h.url, line: h.plainExcerpt })), 'fulltext');
    if (results.length > PAGE_SIZE) offerMore(list, results.slice(PAGE_SIZE), seen);
  } else if (failed) {
    root.append(el('p', strings.fulltextFailed, 'notice'));
  } else if (direct.length === 0) {
    root.append(el('p', strings.none));
  }
  if (text) performance.mark('search-fulltext');
  root.dispatchEvent(new CustomEvent('search-done'));
}

/** Runs a search; a short query without an address stays in the address bar, so that it can be linked. */
function submit(query: string) {
  const url = new URL(location.href);
  if (isLinkable(query)) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  void search(query);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(input.value);
});

// A query handed over by another page's search box (src/scripts/search-handoff.ts), else one in the address.
let handed: string | null = null;
try {
  handed = sessionStorage.getItem(HANDOFF_KEY);
  sessionStorage.removeItem(HANDOFF_KEY);
} catch {
  // No storage: only the address can bring a query.
}
const initial = handed ?? new URL(location.href).searchParams.get('q') ?? '';
input.value = initial;
if (handed) submit(handed);
else if (initial) void search(initial);
else {
  // Load the search data and engine while the reader types or pastes, so the answer is immediate.
  void Promise.all([loadCodes(), loadPagefind().catch(() => (pagefindModule = undefined))]).then(() => (root.dataset.ready = ''));
}
