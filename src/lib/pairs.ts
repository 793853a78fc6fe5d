/**
 * Comparisons of two basic reply codes: the canonical pair address, every pair, and the
 * facts in which two codes agree or differ, derived from the dataset so that a comparison page can
 * never contradict the code pages.
 */
import type { BasicCode } from '../data/dataset.ts';
import type { Stage } from '../data/schema.ts';

/** The canonical slug of a pair, lower code first: ("504", "421") → "421-vs-504". */
export function pairSlug(a: string, b: string): string {
  if (a === b) throw new Error(`A code cannot be compared with itself: ${a}`);
  const [low, high] = [a, b].sort();
  return `${low}-vs-${high}`;
}

/** The two codes of a slug in either order, e.g. "504-vs-421" → ["504", "421"]. */
export function parsePairSlug(slug: string): [string, string] | undefined {
  const match = /^(\d{3})-vs-(\d{3})$/.exec(slug);
  return match && match[1] !== match[2] ? [match[1]!, match[2]!] : undefined;
}

/** Every unordered pair of the codes, each once, lower code first: n(n-1)/2 pairs. */
export function allPairs(codes: readonly string[]): [string, string][] {
  const sorted = [...codes].sort();
  return sorted.flatMap((low, i) => sorted.slice(i + 1).map((high): [string, string] => [low, high]));
}

/** What a server should be advised to weigh when choosing between two negative replies. */
export type ImplementerChoice =
  /** One is 4yz, the other 5yz: decide by whether the condition can clear by itself. */
  | 'transient-or-permanent'
  /** Same class, different kinds of problem: decide by what went wrong. */
  | 'by-category'
  /** Same class and kind of problem: their definitions decide. */
  | 'by-definition';

export interface PairFacts {
  /** The lower code. */
  low: BasicCode;
  /** The higher code. */
  high: BasicCode;
  sameClass: boolean;
  sameOutcome: boolean;
  sameAction: boolean;
  sameBounce: boolean;
  /** Stages where both can occur, and where only one can. */
  sharedStages: Stage[];
  onlyLow: Stage[];
  onlyHigh: Stage[];
  /** Whether either code's page lists the other as often confused with it. */
  confused: boolean;
  /** The choice an implementer faces, or undefined when one of them is not a failure. */
  choice: ImplementerChoice | undefined;
}

/** Derives where two codes agree and differ. */
export function pairFacts(a: BasicCode, b: BasicCode): PairFacts {
  const [low, high] = a.code < b.code ? [a, b] : [b, a];
  const failure = (c: BasicCode) => c.outcome === 'transient' || c.outcome === 'permanent';
  const choice: ImplementerChoice | undefined =
    !failure(low) || !failure(high)
      ? undefined
      : low.outcome !== high.outcome
        ? 'transient-or-permanent'
        : low.category !== high.category
          ? 'by-category'
          : 'by-definition';
  return {
    low,
    high,
    sameClass: low.classDigit === high.classDigit,
    sameOutcome: low.outcome === high.outcome,
    sameAction: low.senderAction === high.senderAction,
    sameBounce: low.bounce === high.bounce,
    sharedStages: low.stages.filter((s) => high.stages.includes(s)),
    onlyLow: low.stages.filter((s) => !high.stages.includes(s)),
    onlyHigh: high.stages.filter((s) => !low.stages.includes(s)),
    confused: low.related.includes(high.code) || high.related.includes(low.code),
    choice,
  };
}

/**
 * Comparisons worth reading next: each code against the codes it is often confused with, most
 * relevant first, without the pair itself.
 */
export function relatedPairSlugs(a: BasicCode, b: BasicCode): string[] {
  const own = pairSlug(a.code, b.code);
  const slugs = [...a.related.map((r) => pairSlug(a.code, r)), ...b.related.map((r) => pairSlug(b.code, r))];
  return [...new Set(slugs)].filter((s) => s !== own);
}
