/**
 * Named checks over the reasons, blocklists, senders and signatures (docs/architecture.md,
 * Reasons). Each returns messages that name the entry and the field.
 */
import { ENHANCED_CODE_PATTERN, REGISTRY_ROW_PATTERN } from './schema.ts';
import { REASON_IDS } from './reason-schema.ts';
import type { DatasetEntries } from './sources.ts';

type Check = (d: DatasetEntries) => string[];

/** Every reason id of the contract has exactly one entry, in the contract's order. */
export const reasonsAreComplete: Check = ({ reasons }) => {
  const ids = reasons.map((r) => r.id);
  const missing = REASON_IDS.filter((id) => !ids.includes(id)).map((id) => `reason ${id}: missing (src/data/reasons.ts)`);
  const order = ids.join() === REASON_IDS.filter((id) => ids.includes(id)).join() ? [] : ['reasons: not in the order of REASON_IDS'];
  return [...missing, ...order];
};

/** Every signature names a sender of the senders list. */
export const signaturesNameKnownSenders: Check = ({ senders, signatures }) => {
  const known = new Set(senders.map((s) => s.id));
  return signatures.flatMap((s) => (known.has(s.sender) ? [] : [`signature ${s.id}, field sender: unknown sender ${s.sender}`]));
};

/**
 * Why a pattern might not run in linear time, or undefined when it is safe: quantifiers must be
 * bounded (`?`, `{m,n}` with n ≤ 100); a group may be optional (`(?:is )?`) but never repeated; no
 * backreferences and no lookbehind. A bounded pattern scans a text in time proportional to its
 * length, however hostile.
 */
export function nonLinearFeature(pattern: string): string | undefined {
  let inClass = false;
  let previous = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return `backreference \\${next}`;
      previous = `\\${next}`;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      previous = c;
      continue;
    }
    if (c === '[') {
      inClass = true;
    } else if (c === '(' && pattern.startsWith('(?<', i) && !pattern.startsWith('(?<=', i) && !pattern.startsWith('(?<!', i)) {
      // a named group: fine
    } else if (c === '(' && (pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i))) {
      return 'lookbehind';
    } else if (c === '*' || c === '+') {
      return `unbounded quantifier ${c}`;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (m) {
        if (m[2] !== undefined && m[3] === '') return `unbounded quantifier ${m[0]}`;
        if (Number(m[3] ?? m[1]) > 100) return `quantifier ${m[0]} above 100`;
        if (previous === ')') return `quantified group ${m[0]}`;
        i += m[0].length - 1;
        previous = '}';
        continue;
      }
    }
    previous = c === '?' && previous === '(' ? '(?' : c;
  }
  return undefined;
}

/** Every signature's pattern compiles, runs in linear time, and matches each of its own examples. */
export const patternsAreLinear: Check = ({ signatures }) =>
  signatures.flatMap((s) => {
    const feature = nonLinearFeature(s.pattern);
    if (feature) return [`signature ${s.id}, field pattern: ${feature} (quantifiers must be bounded, groups at most optional)`];
    let regex: RegExp;
    try {
      regex = new RegExp(s.pattern, 'i');
    } catch (error) {
      return [`signature ${s.id}, field pattern: ${(error as Error).message}`];
    }
    return s.examples.flatMap((e, i) => (regex.test(e.text) ? [] : [`signature ${s.id}, field examples[${i}]: the pattern does not match it`]));
  });

/** Every default reason names a registry row, an enhanced code a provider documents, or a basic code that exist. */
export const defaultsNameKnownCodes: Check = ({ basic, registry, providers, defaults }) => {
  const rows = new Set(registry.map((r) => r.row));
  const providerCodes = new Set(providers.map((p) => p.code));
  const basicCodes = new Set(basic.map((b) => b.code));
  return [
    ...Object.keys(defaults.enhanced).flatMap((key) =>
      (REGISTRY_ROW_PATTERN.test(key) && rows.has(key)) || (ENHANCED_CODE_PATTERN.test(key) && providerCodes.has(key))
        ? []
        : [`default reason ${key}: no registry row or provider code ${key} (src/data/default-reasons.ts)`],
    ),
    ...Object.keys(defaults.basic).flatMap((key) => (basicCodes.has(key) ? [] : [`default reason ${key}: no basic code ${key}`])),
  ];
};

export const REASON_CHECKS = {
  reasonsAreComplete,
  signaturesNameKnownSenders,
  patternsAreLinear,
  defaultsNameKnownCodes,
} as const satisfies Record<string, Check>;
