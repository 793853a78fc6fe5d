/**
 * The reason behind a reply line (docs/architecture.md, Reasons). A signature found in the text
 * beats the default of the enhanced code, which beats the default of the basic code; when none
 * tells, the reason is "unclassified". Pure and DOM-free: the search page runs it on compact data
 * (`classifierData`, served as JSON), and tests and the bounce reader call it directly.
 *
 * Signatures come in three tiers. A sender's own text ("User unknown in virtual mailbox table")
 * decides first; wording that many servers share ("no such user") decides when no sender's own
 * text matches; a weak signature (a text that only wraps the real cause) decides only when nothing
 * else matches. Within a tier, the match that starts first in the text wins: a reply names its
 * cause before what followed from it ("mailbox is full: retry timeout exceeded"). At the same place
 * the longer match wins, then the one listed first. Patterns are bounded (invariant
 * patternsAreLinear), so a long hostile text is scanned in linear time.
 */
import type { Dataset } from '../data/dataset.ts';
import { compareEnhanced, rowKey } from '../data/enhanced.ts';
import type { ReasonId } from '../data/reason-ids.ts';
import type { Sender, Signature } from '../data/reason-schema.ts';
import { analyze } from './bounce-analyzer.ts';

/** What the classifier needs to know: compact enough to ship to the browser as JSON. */
export interface ClassifierData {
  /** The senders' names, which signatures refer to by position. */
  senders: readonly string[];
  /**
   * Signatures in the dataset's order (so that position `i` is dataset.signatures[i]): pattern
   * source `p`, reason `r`, the position of its sender `s`, and its tier `t` when it is not a
   * sender's own text (SIGNATURE_TIERS).
   */
  signatures: readonly { p: string; r: ReasonId; s: number; t?: 1 | 2 }[];
  /** Default reasons of registry rows ("X.1.1") and of codes providers use in their own sense. */
  enhanced: Readonly<Record<string, ReasonId>>;
  /** Default reasons of basic codes. */
  basic: Readonly<Record<string, ReasonId>>;
  /** Ranges documented as one, whose first code's default covers every code in it. */
  ranges: readonly { first: string; last: string }[];
}

export type Evidence =
  /**
   * Text in the reply that a signature recognises: its position in the dataset, its sender, the
   * words; `common` when the words are ones many servers share rather than one sender's own.
   */
  | { kind: 'signature'; index: number; sender: string; match: string; common?: true }
  /** The enhanced code's default reason. */
  | { kind: 'enhanced'; code: string }
  /** The basic code's default reason. */
  | { kind: 'basic'; code: string }
  | { kind: 'none' };

export interface Classification {
  reason: ReasonId;
  evidence: Evidence;
}

/** Tiers of signatures, the one that decides first first: a sender's own text, wording many servers share, a weak text. */
export const SIGNATURE_TIERS = { own: 0, common: 1, weak: 2 } as const;

/** The tier of a signature, from its sender's kind and its weak flag. */
export function tierOf(signature: Pick<Signature, 'weak'>, sender: Pick<Sender, 'kind'> | undefined): 0 | 1 | 2 {
  return signature.weak ? SIGNATURE_TIERS.weak : sender?.kind === 'common' ? SIGNATURE_TIERS.common : SIGNATURE_TIERS.own;
}

/** The compact classifier data from the dataset. */
export function classifierData(dataset: Pick<Dataset, 'signatures' | 'senders' | 'defaults' | 'enhanced'>): ClassifierData {
  const position = new Map(dataset.senders.map((s, i) => [s.id, i]));
  return {
    senders: dataset.senders.map((s) => s.name),
    signatures: dataset.signatures.map((s) => {
      const sender = position.get(s.sender)!;
      const tier = tierOf(s, dataset.senders[sender]);
      return { p: s.pattern, r: s.reason, s: sender, ...(tier > 0 ? { t: tier as 1 | 2 } : {}) };
    }),
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
  const compiled = data.signatures.map((s, index) => ({ index, reason: s.r, sender: data.senders[s.s]!, tier: s.t ?? 0, regex: new RegExp(s.p, 'i') }));

  type Hit = { signature: (typeof compiled)[number]; index: number; match: string };
  const better = (candidate: Hit, best: Hit | undefined) =>
    !best ||
    best.signature.tier > candidate.signature.tier ||
    (best.signature.tier === candidate.signature.tier &&
      (candidate.index < best.index || (candidate.index === best.index && candidate.match.length > best.match.length)));

  /**
   * The signature of the first tier that matches, and within it the one that matches first in the
   * text. An expiry ("retry timeout exceeded") comes with the last error before it: a failure to
   * talk (a timeout, a broken server) is what the sending server gave up on, so the expiry decides;
   * any other (a full mailbox, a refused HELO, a rate limit) is the cause the sender acts on.
   */
  function bestSignature(text: string): Hit | undefined {
    let expiry: Hit | undefined;
    let cause: Hit | undefined;
    for (const signature of compiled) {
      const m = signature.regex.exec(text);
      if (!m) continue;
      const hit = { signature, index: m.index, match: m[0] };
      if (signature.reason === 'expired') {
        if (better(hit, expiry)) expiry = hit;
      } else if (better(hit, cause)) cause = hit;
    }
    if (!expiry || !cause) return expiry ?? cause;
    return GIVE_WAY_TO_EXPIRY.has(cause.signature.reason) || cause.signature.tier === SIGNATURE_TIERS.weak ? expiry : cause;
  }

  return function classify(text: string, codes?: { basic?: string; enhanced?: string }): Classification {
    const hit = bestSignature(withoutRepeatedCodes(text));
    if (hit) {
      const { index, reason, sender, tier } = hit.signature;
      const common = tier === SIGNATURE_TIERS.common ? { common: true as const } : {};
      return { reason, evidence: { kind: 'signature', index, sender, match: hit.match, ...common } };
    }
    const found = codes ?? codesOf(text);
    const fromEnhanced = found.enhanced ? enhancedDefault(data, found.enhanced) : undefined;
    if (fromEnhanced) return { reason: fromEnhanced, evidence: { kind: 'enhanced', code: found.enhanced! } };
    const fromBasic = found.basic ? data.basic[found.basic] : undefined;
    if (fromBasic) return { reason: fromBasic, evidence: { kind: 'basic', code: found.basic! } };
    return { reason: 'unclassified', evidence: { kind: 'none' } };
  };
}

/**
 * Failures to talk to the receiver that, once the sending server has given up on them, are read as
 * the expiry. A receiver's own rule (a rate limit, greylisting) stays the reason: it says what to change.
 */
export const GIVE_WAY_TO_EXPIRY: ReadonlySet<ReasonId> = new Set(['network-error', 'remote-system-error', 'protocol-error']);

/**
 * A multi-line reply joined into one line, without the code that starts each of its lines
 * (RFC 5321 §4.2.1): "550-5.7.1 Messages with multiple 550-5.7.1 addresses in From" reads
 * "Messages with multiple addresses in From", so that a signature matches across the line breaks.
 */
export function withoutRepeatedCodes(text: string): string {
  const first = /\b([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3} )?/.exec(text);
  if (!first) return text;
  const enhanced = first[2] ? `(?:${first[2].trim().replace(/\./g, '\\.')} )?` : '';
  const prefix = new RegExp(`(?<=\\S\\s{1,8})${first[1]}[ -]${enhanced}`, 'g');
  return text.slice(0, first.index + first[0].length) + text.slice(first.index + first[0].length).replace(prefix, '');
}

/** The first basic and enhanced code of a reply line, as the code finder reads them. */
function codesOf(text: string): { basic?: string; enhanced?: string } {
  const { codes } = analyze(text);
  const basic = codes.find((c) => c.kind === 'basic')?.code;
  const enhanced = codes.find((c) => c.kind === 'enhanced')?.code;
  return { ...(basic ? { basic } : {}), ...(enhanced ? { enhanced } : {}) };
}

export type Classify = ReturnType<typeof createClassifier>;
