/** The benchmark's one table: figure, value, target, met? — printed and kept in the JSON. */
import type { FloorBuild, SiteBuild } from './build.ts';
import { PAGE_TYPES, type DistPage, type PagefindSizes, type PageType, type SizeFigures } from './dist-pages.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { ReaderFigures } from './reader.ts';
import type { LocaleSearch, SearchResults } from './search.ts';
import type { ShippedPage } from './shipped.ts';
import { kib, percentile } from './stats.ts';

/** The issue's targets, reported by the benchmark and never asserted by tests. */
export const TARGETS = {
  codePageKB: 15,
  enhancementJsKB: 3,
  buildFloorRatio: 2.5,
  lighthouseScore: 100,
};

/** Pages that may ship small enhancements only before search is used. */
const ENHANCEMENT_ONLY: readonly PageType[] = ['code (basic)', 'code (enhanced)', 'comparison'];

export interface Row {
  figure: string;
  value: string;
  target: string;
  /** Undefined for figures without a target. */
  met?: boolean;
}

export interface BenchFigures {
  site: SiteBuild;
  floor: FloorBuild;
  /** Site over floor seconds, per pair of builds made back to back. */
  ratios: readonly number[];
  pages: readonly DistPage[];
  counts: Record<PageType, Record<string, number>>;
  html: Partial<Record<PageType, SizeFigures>>;
  codePage: { median: number; max: number; maxPage: string };
  shipped: readonly ShippedPage[];
  pagefind: PagefindSizes;
  search: SearchResults;
  reader: ReaderFigures;
  lighthouse: readonly LighthouseResult[];
}

const kb = (bytes: number) => `${kib(bytes).toFixed(1)} KB`;
const pair = (a: number, b: number, unit: string) => `${a.toFixed(1)} / ${b.toFixed(1)} ${unit}`;

/** Every row of the table, in print order. */
export function tableRows(f: BenchFigures): Row[] {
  return [...pageRows(f), ...buildRows(f), ...htmlRows(f), ...shippedRows(f.shipped), ...pagefindRows(f.pagefind), ...searchRows(f.search), ...readerRows(f.reader), ...lighthouseRows(f.lighthouse)];
}

function pageRows(f: BenchFigures): Row[] {
  const perLocale = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([locale, n]) => (locale === 'none' ? String(n) : `${locale} ${n}`))
      .join(' · ');
  return [
    { figure: 'pages: HTML files in dist/', value: String(f.pages.length), target: '' },
    ...PAGE_TYPES.map((type) => ({ figure: `pages: ${type}`, value: perLocale(f.counts[type]), target: '' })),
  ];
}

function buildRows({ site, floor, ratios }: BenchFigures): Row[] {
  const ratio = percentile(ratios, 50);
  return [
    { figure: 'build: full (astro build, wall, fastest run)', value: `${site.totalSeconds.toFixed(1)} s`, target: '' },
    { figure: 'build: Astro', value: `${site.astroSeconds.toFixed(1)} s`, target: '' },
    { figure: 'build: Pagefind', value: `${site.pagefindSeconds.toFixed(1)} s`, target: '' },
    { figure: `framework floor: ${floor.pages} trivial pages (fastest run)`, value: `${floor.seconds.toFixed(1)} s`, target: '' },
    { figure: 'full build / framework floor: fastest over fastest', value: `${(site.totalSeconds / floor.seconds).toFixed(2)}×`, target: '' },
    {
      figure: 'full build / framework floor: median of the pairs built back to back',
      value: `${ratio.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')})`,
      target: `≤ ${TARGETS.buildFloorRatio}×`,
      met: ratio <= TARGETS.buildFloorRatio,
    },
  ];
}

function htmlRows({ html, codePage }: BenchFigures): Row[] {
  const rows: Row[] = PAGE_TYPES.filter((type) => html[type]).map((type) => {
    const s = html[type]!;
    return { figure: `HTML ${type}: median / max`, value: `raw ${pair(kib(s.raw.median), kib(s.raw.max), 'KB')}, gz ${pair(kib(s.gzip.median), kib(s.gzip.max), 'KB')}`, target: '' };
  });
  rows.push({
    figure: 'code page gz HTML + CSS: median / max',
    value: pair(kib(codePage.median), kib(codePage.max), 'KB'),
    target: `≤ ${TARGETS.codePageKB} KB each`,
    met: kib(codePage.max) <= TARGETS.codePageKB,
  });
  return rows;
}

/** One row per representative page: the largest figure over its locales. */
function shippedRows(shipped: readonly ShippedPage[]): Row[] {
  const labels = [...new Set(shipped.map((s) => s.label))];
  return labels.map((label) => {
    const measured = shipped.filter((s) => s.label === label);
    const most = (pick: (s: ShippedPage) => number) => Math.max(...measured.map(pick));
    const jsGzip = most((s) => s.js.gzip);
    const limited = ENHANCEMENT_ONLY.includes(measured[0]!.type);
    return {
      figure: `JS / CSS before interaction: ${label}`,
      value: `JS ${kb(jsGzip)} gz (${kb(most((s) => s.js.raw))}) · CSS ${kb(most((s) => s.css.gzip))} gz (${kb(most((s) => s.css.raw))})`,
      target: limited ? `JS ≤ ${TARGETS.enhancementJsKB} KB gz` : '',
      met: limited ? kib(jsGzip) <= TARGETS.enhancementJsKB : undefined,
    };
  });
}

function pagefindRows(p: PagefindSizes): Row[] {
  return [
    ...Object.entries(p.locales).map(([locale, l]) => ({
      figure: `Pagefind index ${locale} (${l.pages} pages indexed)`,
      value: `${kb(l.bytes)} in ${l.files} files`,
      target: '',
    })),
    { figure: 'Pagefind shared runtime (js, worker, entry)', value: kb(p.shared.bytes), target: '' },
    { figure: 'Pagefind UI bundles (loaded by no page)', value: kb(p.unused.bytes), target: '' },
    { figure: 'Pagefind total dist/pagefind/', value: `${kb(p.total.bytes)} in ${p.total.files} files`, target: '' },
  ];
}

function searchRows(s: SearchResults): Row[] {
  return Object.entries(s).flatMap(([locale, r]: [string, LocaleSearch]) => [
    {
      figure: `search ${locale}: direct answer only (${r.direct.queries.length} queries), first search: max / median`,
      value: `${pair(r.direct.maxKB, r.direct.medianKB, 'KB')} · Pagefind files ${r.direct.pagefindFiles}`,
      target: `≤ ${r.direct.target} KB, no Pagefind`,
      met: r.direct.maxKB <= r.direct.target && r.direct.pagefindFiles === 0,
    },
    {
      figure: `search ${locale}: full text (${r.fulltext.queries.length} queries), first search: max / median`,
      value: pair(r.fulltext.maxKB, r.fulltext.medianKB, 'KB'),
      target: `≤ ${r.fulltext.targetKB} KB`,
      met: r.fulltext.maxKB <= r.fulltext.targetKB,
    },
    {
      figure: `search ${locale}: first full-text result from submit: p95 / median`,
      value: pair(r.fulltext.msP95, r.fulltext.msMedian, 'ms') + (r.fulltext.withoutResults.length ? ` · no full-text result: ${r.fulltext.withoutResults.join(', ')}` : ''),
      target: `p95 ≤ ${r.fulltext.targetMs} ms`,
      met: r.fulltext.msP95 <= r.fulltext.targetMs,
    },
    {
      figure: `search ${locale}: pasted whole message (${r.message.queries.length}), first search: max KB / report ms median, max`,
      value: `${r.message.maxKB.toFixed(1)} KB · ${r.message.msMedian.toFixed(0)} / ${r.message.msMax.toFixed(0)} ms`,
      target: `≤ ${r.message.target} KB`,
      met: r.message.maxKB <= r.message.target,
    },
  ]);
}

function readerRows(r: ReaderFigures): Row[] {
  return [
    {
      figure: `bounce reader in Node (${r.messages} messages): median / p99 per message`,
      value: `${pair(r.medianMs, r.p99Ms, 'ms')} · slowest ${r.slowest.ms.toFixed(2)} ms (${r.slowest.file})`,
      target: `≤ ${r.targets.medianMs} / ≤ ${r.targets.p99Ms} ms`,
      met: r.medianMs <= r.targets.medianMs && r.p99Ms <= r.targets.p99Ms,
    },
  ];
}

function lighthouseRows(results: readonly LighthouseResult[]): Row[] {
  return results.map((r) => ({
    figure: `Lighthouse ${r.label}`,
    value: `perf ${r.scores.performance} (runs ${r.performanceRuns.join('/')}) · a11y ${r.scores.accessibility} · bp ${r.scores['best-practices']} · seo ${r.scores.seo}`,
    target: `${TARGETS.lighthouseScore} each`,
    met: Object.values(r.scores).every((score) => score >= TARGETS.lighthouseScore),
  }));
}

/** Prints the rows as an aligned plain-text table. */
export function printTable(rows: readonly Row[]): void {
  const header: Row = { figure: 'figure', value: 'value', target: 'target' };
  const width = (pick: (r: Row) => string) => Math.max(...[header, ...rows].map((r) => pick(r).length));
  const [wf, wv, wt] = [width((r) => r.figure), width((r) => r.value), width((r) => r.target)];
  const line = (r: Row, met: string) => `${r.figure.padEnd(wf)}  ${r.value.padEnd(wv)}  ${r.target.padEnd(wt)}  ${met}`.trimEnd();
  console.log(line(header, 'met?'));
  console.log('-'.repeat(wf + wv + wt + 12));
  for (const row of rows) console.log(line(row, row.met === undefined ? '' : row.met ? 'yes' : 'NO'));
}

/** Prints, per page, the audits that keep a Lighthouse category under 100. */
export function printFailingAudits(results: readonly LighthouseResult[]): void {
  for (const r of results.filter((x) => x.failing.length > 0 || x.runtimeError)) {
    console.log(`\nLighthouse ${r.label} ${r.path}, median run: audits below full score${r.runtimeError ? ` (runtime error: ${r.runtimeError})` : ''}`);
    for (const a of r.failing) {
      const where = a.items.length ? ` — ${a.items.join(', ')}` : '';
      console.log(`  [${a.category}, weight ${a.weight}] ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}, score ${a.score ?? 'error'}${where}`);
    }
  }
}
