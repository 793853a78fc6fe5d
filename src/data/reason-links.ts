/**
 * How reasons and codes lead to each other, derived from the signatures and the default reasons
 * (principle 2): the common reasons behind a code, and the codes a reason comes with. The more
 * signatures pair a code with a reason, the higher it ranks; a code's own default counts most.
 */
import { basicCodes, dataset, enhancedCodes, findBasicCode, findEnhancedCode } from './dataset.ts';
import { codeOfRow, rowKey, type EnhancedCode } from './enhanced.ts';
import { REASON_IDS, type ReasonId, type Signature } from './reason-schema.ts';

/** How much a code's own default reason weighs against one signature. */
const DEFAULT_WEIGHT = 3;

/** The codes a code page covers: itself, and every code of the range it documents. */
function coveredCodes(code: string): Set<string> {
  const e = findEnhancedCode(code);
  if (!e?.through) return new Set([code]);
  const [c, s, d] = e.code.split('.');
  const last = Number(e.through.split('.')[2]);
  return new Set(Array.from({ length: last - Number(d) + 1 }, (_, i) => `${c}.${s}.${Number(d) + i}`));
}

/** The default reason a code has by itself (src/data/default-reasons.ts). */
export function defaultReasonOf(code: string): ReasonId | undefined {
  if (findBasicCode(code)) return dataset.defaults.basic[code];
  return dataset.defaults.enhanced[code] ?? dataset.defaults.enhanced[rowKey(code)];
}

/** The reasons most often behind a code, best first, with how many signatures pair them. */
export function reasonsForCode(code: string, limit = 6): { id: ReasonId; weight: number }[] {
  const covered = coveredCodes(code);
  const weights = new Map<ReasonId, number>();
  for (const s of dataset.signatures) {
    if (s.codes.some((c) => covered.has(c))) weights.set(s.reason, (weights.get(s.reason) ?? 0) + 1);
  }
  const own = defaultReasonOf(code);
  if (own) weights.set(own, (weights.get(own) ?? 0) + DEFAULT_WEIGHT);
  weights.delete('unclassified');
  return [...weights]
    .map(([id, weight]) => ({ id, weight }))
    .sort((a, b) => b.weight - a.weight || REASON_IDS.indexOf(a.id) - REASON_IDS.indexOf(b.id))
    .slice(0, limit);
}

/** The codes with a page that a reason comes with, most frequent first: basic codes, then enhanced ones. */
export function codesForReason(id: ReasonId): { basic: string[]; enhanced: string[] } {
  const weights = new Map<string, number>();
  const add = (code: string, weight: number) => weights.set(code, (weights.get(code) ?? 0) + weight);
  for (const s of dataset.signatures) if (s.reason === id) for (const code of s.codes) add(code, 1);
  for (const [key, reason] of Object.entries(dataset.defaults.enhanced)) {
    if (reason !== id) continue;
    if (key.startsWith('X.')) for (const digit of ['4', '5'] as const) add(codeOfRow(key, digit), DEFAULT_WEIGHT);
    else add(key, DEFAULT_WEIGHT);
  }
  for (const [code, reason] of Object.entries(dataset.defaults.basic)) if (reason === id) add(code, DEFAULT_WEIGHT);
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  return {
    basic: ranked.filter((c) => findBasicCode(c)).slice(0, 8),
    enhanced: ranked.filter((c) => findEnhancedCode(c)).slice(0, 10),
  };
}

/** The signatures of a reason, grouped by sender, in the order of the senders list. */
export function signaturesByReason(id: ReasonId): { sender: (typeof dataset.senders)[number]; signatures: Signature[] }[] {
  return dataset.senders
    .map((sender) => ({ sender, signatures: dataset.signatures.filter((s) => s.reason === id && s.sender === sender.id) }))
    .filter((g) => g.signatures.length > 0);
}

/** The blocklists and reputation systems behind a reason (ip-blocklisted, bad-reputation). */
export const blocklistsFor = (id: ReasonId) => dataset.blocklists.filter((b) => b.reason === id);

export type { EnhancedCode };
export { basicCodes, enhancedCodes };
