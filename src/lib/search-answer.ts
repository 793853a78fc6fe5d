/**
 * The direct answer of a search: for each code found in the query, its page with title
 * and one line; the comparison when two basic codes are asked about; a provider's own section when
 * the text shows which provider sent it. Pure: the search page renders what this returns.
 */
import type { Analysis } from './bounce-analyzer.ts';
import type { Locale } from '../i18n/locales.ts';
import { pairSlug } from './pairs.ts';
import { codePath, comparePath } from './routes.ts';

/** One code as the search data files list it (src/search-codes.ts). */
export interface SearchCode {
  /** The code; for a provider's documented range, its first code. */
  c: string;
  /** Title and one line in the page's language. */
  t: string;
  s: string;
  /** The last code of a documented range (e.g. "4.7.699" for "4.7.500"). */
  r?: string;
  /** Providers that document their own use of this code. */
  p?: string[];
}

/** One reason as its search data file gives it (src/pages/[locale]/search/reasons/[id].json.ts). */
export interface SearchReason {
  id: string;
  /** Title and one line of advice in the page's language. */
  t: string;
  a: string;
}

export interface AnswerItem {
  /** Site path of the page, without the deployment base; undefined for a code this site lacks. */
  path: string | undefined;
  label: string;
  title: string;
  line: string;
  /** A code this reference does not have: the page describes its digits instead. */
  unknown?: true;
}

const parts = (code: string) => code.split('.').map(Number);

/** The entry for a code: exact, or the documented range that contains it (4.7.650 → 4.7.500–4.7.699). */
export function lookUp(code: string, codes: readonly SearchCode[]): SearchCode | undefined {
  const exact = codes.find((c) => c.c === code);
  if (exact || !code.includes('.')) return exact;
  const [k, s, d] = parts(code) as [number, number, number];
  return codes.find((c) => {
    if (!c.r) return false;
    const [k1, s1, d1] = parts(c.c) as [number, number, number];
    return k1 === k && s1 === s && d >= d1 && d <= parts(c.r)[2]!;
  });
}

/** The direct answer for an analysed query, best first. */
export function directAnswer(
  analysis: Analysis,
  codes: readonly SearchCode[],
  locale: Locale,
  compareTitle: (a: string, b: string) => string,
): AnswerItem[] {
  const items: AnswerItem[] = [];
  if (analysis.compare) {
    const [a, b] = analysis.compare;
    items.push({
      path: comparePath(locale, pairSlug(a, b)),
      label: compareTitle(...(([a, b].sort() as [string, string]))),
      title: `${lookUp(a, codes)?.t ?? ''} · ${lookUp(b, codes)?.t ?? ''}`,
      line: '',
    });
  }
  for (const found of analysis.codes) {
    const entry = lookUp(found.code, codes);
    if (!entry) {
      items.push({ path: undefined, label: found.code, title: '', line: '', unknown: true });
      continue;
    }
    const provider = analysis.provider && entry.p?.includes(analysis.provider) ? analysis.provider : undefined;
    items.push({
      path: codePath(locale, entry.c) + (provider ? `#provider-${provider}` : ''),
      label: entry.r ? `${entry.c}–${entry.r}` : entry.c,
      title: entry.t,
      line: entry.s,
    });
  }
  return items;
}
