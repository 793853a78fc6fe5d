/**
 * Full-text results after the direct answer. Pagefind folds "5.7.1" into "571", so an
 * exact code is answered by the analyzer, not here; here code pages come before guides and
 * comparisons come last, unless the query names two codes to compare.
 */

/** What Pagefind returns for one page (the fields used here). */
export interface FulltextHit {
  url: string;
  meta: { title?: string; type?: string };
  excerpt: string;
  /** The excerpt without Pagefind's <mark> tags: shown as text, never as HTML. */
  plainExcerpt: string;
}

import { BASIC_IN_TEXT, ENHANCED_IN_TEXT } from '../data/code-patterns.ts';
import type { Analysis } from './bounce-analyzer.ts';

/**
 * Whether full-text search adds to the direct answer: for words typed by a person ("mailbox full",
 * "550 relay denied"), not for a pasted reply whose codes are already answered, nor for a
 * comparison query, whose joining words ("vs", "or") match nothing useful.
 */
export function wantsFulltext(query: string, analysis: Analysis): boolean {
  if (analysis.compare) return false;
  if (analysis.codes.length === 0) return true;
  return query.length <= 100 && fulltextQuery(query) !== '';
}

/** Codes, URLs and addresses add nothing to a full-text search; the words around them do. */
export function fulltextQuery(text: string, maxWords = 12): string {
  const words = text
    .replace(/https?:\/\/\S+|\S+@\S+|<[^>]*>|\[[^\]]*\]/g, ' ')
    .replace(ENHANCED_IN_TEXT, ' ')
    .replace(BASIC_IN_TEXT, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}]/u.test(w));
  return words.slice(0, maxWords).join(' ');
}

/** Reasons answer the words people type ("mailbox full") most directly; comparisons come last. */
const ORDER: Readonly<Record<string, number>> = { reason: 0, code: 1, page: 2, comparison: 3 };

/** Orders hits by page type, keeping Pagefind's order within a type. */
export function rankFulltext<T extends Omit<FulltextHit, 'plainExcerpt'>>(hits: readonly T[], namesTwoCodes: boolean): (T & { plainExcerpt: string })[] {
  const rank = (hit: T) => {
    const type = hit.meta.type ?? 'page';
    return namesTwoCodes && type === 'comparison' ? -1 : (ORDER[type] ?? ORDER.page!);
  };
  return hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => rank(a.hit) - rank(b.hit) || a.i - b.i)
    .map(({ hit }) => ({ ...hit, plainExcerpt: hit.excerpt.replace(/<[^>]*>/g, '') }));
}
