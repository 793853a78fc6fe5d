/**
 * Full-text results after the direct answer. Pagefind folds "5.7.1" into "571", so an
 * exact code is answered by the analyzer, not here; here code pages come before guides and
 * comparisons come last, unless the query names two codes to compare.
 */

/** What Pagefind returns for one page (the fields used here). */
export interface FulltextHit {
  url: string;
  /** The page's h1, its lead (`summary`) and its type, from its `data-pagefind-meta` attributes. */
  meta: { title?: string; summary?: string; type?: string };
  excerpt: string;
}

import { BASIC_IN_TEXT, ENHANCED_IN_TEXT } from '../data/code-patterns.ts';
import type { Analysis } from './bounce-analyzer.ts';

/**
 * Whether full-text search answers the query: words alone ("mailbox full", "greylisting"). A query
 * with a code is answered without Pagefind: the code's page, and the reason its words show
 * ("550 relay denied", a pasted reply); a comparison query's joining words ("vs") match nothing useful.
 */
export function wantsFulltext(query: string, analysis: Analysis): boolean {
  return !analysis.compare && analysis.codes.length === 0 && fulltextQuery(query) !== '';
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

/**
 * Where a hit goes among the others: by page type, then in Pagefind's order (`index`), so that
 * results can be shown as their fragments arrive, each at its place. Lower comes first.
 */
export function hitRank(hit: Pick<FulltextHit, 'meta'>, namesTwoCodes: boolean, index: number): number {
  const type = hit.meta.type ?? 'page';
  const byType = namesTwoCodes && type === 'comparison' ? -1 : (ORDER[type] ?? ORDER.page!);
  return (byType + 1) * 1_000_000 + index;
}

/** An excerpt without Pagefind's <mark> tags: shown as text, never as HTML. */
export const plainExcerpt = (excerpt: string) => excerpt.replace(/<[^>]*>/g, '');
