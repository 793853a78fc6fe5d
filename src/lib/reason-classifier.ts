/**
 * The reason behind a reply line (docs/architecture.md, Reasons). A signature found in the text
 * beats the default of the enhanced code, which beats the default of the basic code; when none
 * tells, the reason is "unclassified". Pure and DOM-free: the search page runs it on compact data
 * (`classifierData`, served as JSON), and tests and the bounce reader call it directly.
 *
 * Among signatures, the one whose match starts first in the text wins: a reply names its cause
 * before what followed from it ("mailbox is full: retry timeout exceeded"). At the same place the
 * longer match wins, then the one listed first. A weak signature (a text that only wraps the real
 * cause) decides only when no other matches. Patterns are bounded (invariant patternsAreLinear),
 * so a long hostile text is scanned in linear time.
 */
import type { Dataset } from '../data/dataset.ts';
import { compareEnhanced, rowKey } from '../data/enhanced.ts';
import type { ReasonId } from '../data/reason-schema.ts';
import { analyze } from './bounce-analyzer.ts';

/** What the classifier needs to know: compact enough to ship to the browser as JSON. */
export interface ClassifierData {
  /** The senders' names, which signatures refer to by position. */
  senders: readonly string[];
  /**
   * Signatures in the dataset's order (so that position `i` is dataset.signatures[i]): pattern
   * source `p`, reason `r`, the position of its sender `s`, and `w` for a weak one.
   */
  signatures: readonly { p: string; r: ReasonId; s: number; w?: 1 }[];
  /** Default reasons of registry rows ("X.1.1") and of codes providers use in their own sense. */
  enhanced: Readonly<Record<string, ReasonId>>;
  /** Default reasons of basic codes. */
  basic: Readonly<Record<string, ReasonId>>;
  /** Ranges documented as one, whose first code's default covers every code in it. */
  ranges: readonly { first: string; last: string }[];
}

export type Evidence =
  /** Text in the reply that a signature recognises: its position in the dataset, its sender, the words. */
  | { kind: 'signature'; index: number; sender: string; match: string }
  /** The enhanced code's default reason. */
  | { kind: 'enhanced'; code: string }
  /** The basic code's default reason. */
  | { kind: 'basic'; code: string }
  | { kind: 'none' };

export interface Classification {
  reason: ReasonId;
  evidence: Evidence;
}

/** The compact classifier data from the dataset. */
export function classifierData(dataset: Pick<Dataset, 'signatures' | 'senders' | 'defaults' | 'enhanced'>): ClassifierData {
  const position = new Map(dataset.senders.map((s, i) => [s.id, i]));
  return {
    senders: dataset.senders.map((s) => s.name),
    signatures: dataset.signatures.map((s) => ({ p: s.pattern, r: s.reason, s: position.get(s.sender)!, ...(s.weak ? { w: 1 as const } : {}) })),
    enhanced: dataset.defaults.enhanced,
    basic: dataset.defaults.basic,
    ranges: dataset.enhanced.flatMap((e) => (e.through ? [{ first: e.code, last: e.through }] : [])),
  };
}

/** The default reason of an enhanced code: its own entry, its range's, or its registry row's. */
function enhancedDefault(data: ClassifierData, code: string): ReasonId | undefined {
  if (data.enhanced[code]) return data.enhanced[code];
  const [c, s] = code.split('.');
  const range = data.ranges.find((r) => {
    const [rc, rs] = r.first.split('.');
    return rc === c && rs === s && compareEnhanced(code, r.first) >= 0 && compareEnhanced(code, r.last) <= 0;
  });
  return (range && data.enhanced[range.first]) ?? data.enhanced[rowKey(code)];
}

/** A classifier over its data: `classify(text)` finds the codes itself; pass them when known. */
export function createClassifier(data: ClassifierData) {
  const compiled = data.signatures.map((s, index) => ({ index, reason: s.r, sender: data.senders[s.s]!, weak: s.w === 1, regex: new RegExp(s.p, 'i') }));

  /** The signature that matches first in the text, with its match; a weak one only when no other matches. */
  function firstSignature(text: string) {
    let best: { signature: (typeof compiled)[number]; index: number; match: string } | undefined;
    const better = (candidate: NonNullable<typeof best>) =>
      !best ||
      best.signature.weak > candidate.signature.weak ||
      (best.signature.weak === candidate.signature.weak &&
        (candidate.index < best.index || (candidate.index === best.index && candidate.match.length > best.match.length)));
    for (const signature of compiled) {
      const m = signature.regex.exec(text);
      if (m && better({ signature, index: m.index, match: m[0] })) best = { signature, index: m.index, match: m[0] };
    }
    return best;
  }

  return function classify(text: string, codes?: { basic?: string; enhanced?: string }): Classification {
    const hit = firstSignature(text);
    if (hit) {
      const { index, reason, sender } = hit.signature;
      return { reason, evidence: { kind: 'signature', index, sender, match: hit.match } };
    }
    const found = codes ?? codesOf(text);
    const fromEnhanced = found.enhanced ? enhancedDefault(data, found.enhanced) : undefined;
    if (fromEnhanced) return { reason: fromEnhanced, evidence: { kind: 'enhanced', code: found.enhanced! } };
    const fromBasic = found.basic ? data.basic[found.basic] : undefined;
    if (fromBasic) return { reason: fromBasic, evidence: { kind: 'basic', code: found.basic! } };
    return { reason: 'unclassified', evidence: { kind: 'none' } };
  };
}

/** The first basic and enhanced code of a reply line, as the code finder reads them. */
function codesOf(text: string): { basic?: string; enhanced?: string } {
  const { codes } = analyze(text);
  const basic = codes.find((c) => c.kind === 'basic')?.code;
  const enhanced = codes.find((c) => c.kind === 'enhanced')?.code;
  return { ...(basic ? { basic } : {}), ...(enhanced ? { enhanced } : {}) };
}

export type Classify = ReturnType<typeof createClassifier>;
