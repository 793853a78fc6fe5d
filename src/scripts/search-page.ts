/**
 * The search page in the browser: for a whole pasted message, its bounce report first; for a line,
 * the reason it shows; then the direct answer from the code finder and Pagefind's full-text results,
 * all as links inside #search-results, best first. A short query without an address stays in the
 * address bar; a paste never does. Everything the reader typed is shown as text, never as HTML.
 */
import { analyze, type Analysis } from '../lib/bounce-analyzer.ts';
import { format } from '../i18n/format.ts';
import { describeUnknownCode } from './code-digits.ts';
import type { Locale } from '../i18n/locales.ts';
import { createClassifier, type ClassifierData, type Classification, type Classify } from '../lib/reason-classifier.ts';
import { HANDOFF_KEY, isLinkable, isMessagePaste } from '../lib/paste.ts';
import { classifierDataPath, codePath, reasonPath, searchReasonPath, searchReasonsPath, searchShardPath } from '../lib/routes.ts';
import { directAnswer, lookUp, type AnswerItem, type SearchCode, type SearchReason } from '../lib/search-answer.ts';
import { codesOf, shardsOf } from '../lib/search-shards.ts';
import type { ReportStrings } from './bounce-report.ts';
import { fulltextQuery, hitRank, plainExcerpt, wantsFulltext, type FulltextHit } from '../lib/search-results.ts';

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
const getJson = <T>(path: string): Promise<T> => fetch(withBase(path)).then((r) => r.json() as Promise<T>);

/*
 * Everything is loaded on demand, and only what the query needs (docs/architecture.md, Search): the
 * code shards it names, the classifier's defaults for codes and its signatures for text, a reason
 * once a text shows it, the bounce reader for a whole message, and Pagefind for words alone. Each
 * file is fetched once per page.
 */
const shards = new Map<string, Promise<SearchCode[]>>();
const loadCodes = (codes: readonly string[]) =>
  Promise.all(
    shardsOf(codes).map((shard) => {
      if (!shards.has(shard)) shards.set(shard, getJson<SearchCode[]>(searchShardPath(strings.locale, shard)).catch(() => (shards.delete(shard), [])));
      return shards.get(shard)!;
    }),
  ).then((lists) => lists.flat());

type ClassifierParts = Pick<ClassifierData, 'senders' | 'signatures'>;
let defaultsData: Promise<Omit<ClassifierData, keyof ClassifierParts>> | undefined;
let signaturesData: Promise<ClassifierParts> | undefined;
const classifiers = new Map<boolean, Promise<{ data: ClassifierData; classify: Classify }>>();
/** Without its data (offline), nothing is classified, and the codes and the report still stand. */
const NO_DATA: ClassifierData = { senders: [], signatures: [], enhanced: {}, basic: {}, ranges: [] };
/** The classifier: with the signatures when the text has words, else with the codes' default reasons only. */
const loadClassifier = (withText: boolean) => {
  if (!classifiers.has(withText)) {
    defaultsData ??= getJson(classifierDataPath('defaults'));
    if (withText) signaturesData ??= getJson(classifierDataPath('signatures'));
    const parts = Promise.all([defaultsData, withText ? signaturesData! : { senders: [], signatures: [] }]);
    classifiers.set(
      withText,
      parts
        .then(([defaults, text]) => ({ ...defaults, ...text }))
        .catch(() => {
          classifiers.delete(withText);
          defaultsData = signaturesData = undefined;
          return NO_DATA;
        })
        .then((data) => {
          // Compiled on first use: a whole message is read by the bounce reader, which builds its own.
          let compiled: Classify | undefined;
          return { data, classify: (text: string) => (compiled ??= createClassifier(data))(text) };
        }),
    );
  }
  return classifiers.get(withText)!;
};

const reasons = new Map<string, Promise<SearchReason | undefined>>();
/** Reasons by id; one that cannot be fetched is left out, and shown by its id. */
const loadReasons = (ids: readonly string[]) =>
  Promise.all(
    [...new Set(ids)].map((id) => {
      if (!reasons.has(id)) reasons.set(id, getJson<SearchReason>(searchReasonPath(strings.locale, id)).catch(() => (reasons.delete(id), undefined)));
      return reasons.get(id)!;
    }),
  ).then((list) => new Map(list.flatMap((r) => (r ? [[r.id, r] as const] : []))));
/** Every reason at once, for a whole message: its recipients may show any of them. */
let allReasons: Promise<void> | undefined;
const loadAllReasons = () =>
  (allReasons ??= getJson<SearchReason[]>(searchReasonsPath(strings.locale)).then(
    (list) => {
      for (const r of list) reasons.set(r.id, Promise.resolve(r));
    },
    () => void (allReasons = undefined),
  ));

/** The bounce reader and its report, loaded only once a whole message is pasted; the reader's worker starts with it. */
let reportModule: Promise<typeof import('./bounce-report.ts')> | undefined;
const loadReport = () => (reportModule ??= import('./bounce-report.ts').then((report) => (report.startReader(), report)));

/** Results per page of full-text hits: each is a fragment of its page, fetched on demand. */
const PAGE_SIZE = 6;

type Pagefind = {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (q: string) => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<FulltextHit> }[] }>;
};
let pagefindModule: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefindModule ??= import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')).then(async (pf: Pagefind) => {
    // In the page's own thread: the index is small, and a worker would be one more script to download.
    await pf.options({ baseUrl: withBase('/'), noWorker: true });
    await pf.init();
    return pf;
  }));

/** What a query needs: its analysis, and whether it is a whole message or a line whose words go to Pagefind. */
function planOf(query: string): { message: true; analysis: Analysis } | { message: false; analysis: Analysis; words: boolean; fulltext: string } {
  const analysis = analyze(query);
  if (isMessagePaste(query)) return { message: true, analysis };
  const fulltext = wantsFulltext(query, analysis) ? fulltextQuery(query) : '';
  return { message: false, analysis, words: /\p{L}/u.test(query), fulltext };
}

/**
 * What reading a whole message needs, all at once: the reader, the classifier, every reason, and the
 * shards of the codes the text shows, so that its report is drawn one round trip after the paste.
 */
function loadMessageData(analysis: Analysis) {
  return Promise.all([loadReport(), loadClassifier(true), loadAllReasons(), loadCodes(codesOf(analysis))]);
}

/**
 * Starts loading what the text in the box will need while the reader types or pastes, so that the
 * answer is there when they submit. A code loads its shard only, never Pagefind.
 */
function prepare(query: string) {
  if (!query.trim()) return;
  const plan = planOf(query);
  const quietly = (p: Promise<unknown>) => void p.catch(() => undefined);
  if (plan.message) {
    quietly(loadMessageData(plan.analysis));
    return;
  }
  const codes = codesOf(plan.analysis);
  if (codes.length > 0) quietly(loadCodes(codes));
  if (!plan.analysis.compare) quietly(loadClassifier(plan.words));
  // Pagefind fetches the index chunks of the words typed so far; a word of one or two letters would
  // match the start of too many words to be worth it.
  if (plan.fulltext) quietly(loadPagefind().then((pf) => (/\p{L}{3}$|\s$/u.test(query) ? pf.preload(plan.fulltext) : undefined)));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const digitTemplates = document.querySelector<HTMLTemplateElement>('template.code-digit-templates')!;

type ListItem = { href?: string; label: string; title: string; line: string; unknown?: true };

function itemNode(item: ListItem): HTMLLIElement {
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
  return li;
}

function renderList(heading: string, items: readonly ListItem[], kind: 'direct' | 'fulltext'): HTMLOListElement {
  const section = el('section', undefined, `search-group search-${kind}`);
  section.append(el('h2', heading));
  const list = el('ol', undefined, 'code-list');
  list.append(...items.map(itemNode));
  section.append(list);
  root.append(section);
  return list;
}

/** A full-text hit as a list item: its page's title, and the page's lead (its `summary`) as the line. */
const hitItem = (hit: FulltextHit): ListItem => ({ href: hit.url, label: '', title: hit.meta.title ?? hit.url, line: hit.meta.summary ?? plainExcerpt(hit.excerpt) });

/**
 * Shows one page of full-text results, each as soon as its fragment arrives, at its place in the
 * order (hitRank) among those already shown. Returns how many were shown.
 */
async function showHits(results: readonly { data: () => Promise<FulltextHit> }[], from: number, shown: Set<string>, namesTwoCodes: boolean, current: number): Promise<number> {
  let count = 0;
  await Promise.all(
    results.slice(from, from + PAGE_SIZE).map(async (result, i) => {
      const hit = await result.data();
      if (current !== run || shown.has(hit.url)) return;
      shown.add(hit.url);
      fulltextList ??= renderList(strings.fulltext, [], 'fulltext');
      const li = itemNode(hitItem(hit));
      const rank = hitRank(hit, namesTwoCodes, from + i);
      li.dataset.rank = String(rank);
      const after = [...fulltextList.children].find((other) => Number((other as HTMLElement).dataset.rank) > rank);
      fulltextList.insertBefore(li, after ?? null);
      count++;
      if (performance.getEntriesByName('search-fulltext').length === 0) performance.mark('search-fulltext');
    }),
  );
  return count;
}

let fulltextList: HTMLOListElement | undefined;

/** A button after the full-text results that shows the next page of them, until there are no more. */
function offerMore(results: readonly { data: () => Promise<FulltextHit> }[], shown: Set<string>, namesTwoCodes: boolean) {
  let from = PAGE_SIZE;
  const button = el('button', strings.more, 'more-results');
  button.type = 'button';
  fulltextList!.after(button);
  button.addEventListener('click', async () => {
    const before = fulltextList!.children.length;
    await showHits(results, from, shown, namesTwoCodes, run);
    from += PAGE_SIZE;
    // Keyboard users land on the first new result rather than at the end of the page.
    fulltextList!.children[before]?.querySelector('a')?.focus();
    if (from >= results.length) button.remove();
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
  fulltextList = undefined;
  if (!query.trim()) return;

  const plan = planOf(query);
  let analysis: Analysis;
  let found: Classification | undefined;
  let reported = false;
  if (plan.message) {
    // A whole message gets its report, recipient by recipient; its recipients' codes make the direct answer.
    const [report, { data }] = await loadMessageData(plan.analysis);
    const read = await report.readMessage(query, data);
    if (current !== run) return;
    reported = read.recipients.length > 0 && read.kind !== 'reply';
    // The recipients' codes, and the provider the whole message shows, so that its own meaning of a code is linked.
    analysis = reported ? { ...analyze(read.recipients.flatMap((r) => [r.reply ?? '', r.status ?? '']).join('\n')), provider: plan.analysis.provider } : plan.analysis;
    if (reported) {
      const ids = read.recipients.flatMap((r) => [r.reason, ...(r.cause ? [r.cause] : [])]);
      const [codes, reasonMap] = await Promise.all([loadCodes(codesOf(analysis)), loadReasons(ids)]);
      if (current !== run) return;
      root.append(
        report.renderReport(read, {
          locale: strings.locale,
          strings: strings.report,
          withBase,
          codePage: (code) => {
            const entry = lookUp(code, codes);
            return entry && codePath(strings.locale, entry.c);
          },
          reasons: reasonMap,
        }),
      );
    } else {
      found = (await loadClassifier(true)).classify(query);
    }
  } else {
    analysis = plan.analysis;
    // A comparison query names two codes, not a reason; anything else may carry one.
    found = analysis.compare ? undefined : (await loadClassifier(plan.words)).classify(query);
  }
  const [codes, reason] = await Promise.all([
    loadCodes(codesOf(analysis)),
    found && found.reason !== 'unclassified' ? loadReasons([found.reason]).then((m) => m.get(found.reason)) : undefined,
  ]);
  if (current !== run) return;
  if (found && reason) renderReason(found, reason);
  const compareTitle = (a: string, b: string) => format(strings.compareTitle, { a, b });
  const direct: AnswerItem[] = directAnswer(analysis, codes, strings.locale, compareTitle);
  if (direct.length > 0) {
    renderList(strings.direct, direct.map((d) => ({ ...d, href: d.path && withBase(d.path) })), 'direct');
  }
  performance.mark('search-direct');

  // The words of a whole message match pages by chance; its report and codes already answer it.
  const text = plan.message ? '' : plan.fulltext;
  let shown = 0;
  let failed = false;
  if (text) {
    const seen = new Set(direct.flatMap((d) => (d.path ? [withBase(d.path.replace(/#.*$/, ''))] : [])));
    if (reason) seen.add(withBase(reasonPath(strings.locale, reason.id)));
    try {
      const { results } = await (await loadPagefind()).search(text);
      if (current !== run) return;
      const namesTwoCodes = analysis.compare !== undefined;
      shown = await showHits(results, 0, seen, namesTwoCodes, current);
      if (current !== run) return;
      if (fulltextList && results.length > PAGE_SIZE) offerMore(results, seen, namesTwoCodes);
    } catch {
      // Never a silent empty result: say why full-text search is missing (no index under `astro dev`).
      pagefindModule = undefined;
      failed = true;
    }
  }
  if (current !== run) return;
  if (shown === 0 && failed) root.append(el('p', strings.fulltextFailed, 'notice'));
  else if (shown === 0 && direct.length === 0 && !reason && !reported) root.append(el('p', strings.none));
  performance.mark('search-done');
  root.dispatchEvent(new CustomEvent('search-done'));
}

/** Runs a search; a short query without an address stays in the address bar, so that it can be linked. */
function submit(query: string) {
  const url = new URL(location.href);
  if (isLinkable(query)) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(null, '', url);
  void search(query);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit(input.value);
});
input.addEventListener('input', () => prepare(input.value));

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
// In a task of its own: the page draws and takes input between loading this script and searching.
if (handed) setTimeout(submit, 0, handed);
else if (initial) setTimeout(search, 0, initial);
