/**
 * Finds the SMTP codes in pasted text: a code ("550", "5.7.1"), two codes to compare
 * ("421 vs 504"), or a whole bounce or log line with its noise. Pure and DOM-free, so it runs in
 * the search page and in unit tests alike.
 *
 * A basic code is three digits, 2–5 then 0–5 (RFC 5321 §4.2.1), standing alone; an enhanced code
 * is class.subject.detail with class 2, 4 or 5 and subject 0–7 (RFC 3463 §2). Numbers that only
 * look like codes are passed over: IP addresses and dotted versions, ports, dates, sizes, message
 * IDs, and a provider's internal numbers such as "[506]" or "(554.30)".
 */
import { BASIC_IN_TEXT, ENHANCED_IN_TEXT } from '../data/code-patterns.ts';
import type { Provider } from '../data/schema.ts';
import { LOCALE_REGISTRY, LOCALES } from '../i18n/locales.ts';

export interface FoundCode {
  code: string;
  kind: 'basic' | 'enhanced';
  /** Where the code starts in the text. */
  index: number;
}

export interface Analysis {
  /** Distinct codes, in the order they first appear. */
  codes: FoundCode[];
  /** The two basic codes of a comparison query such as "421 vs 504", if the text is one. */
  compare: [string, string] | undefined;
  /** The provider the text shows it came from, so that its own meaning of a code is shown. */
  provider: Provider | undefined;
}

/** Up to this length, a single line is a query typed by a person rather than a pasted reply. */
const SHORT_QUERY = 40;

/** More text than any bounce: what lies beyond is not read, so a huge paste cannot stall the page. */
export const MAX_ANALYZED_LENGTH = 20_000;


/** Where a reply starts: a line start, or after a quote, a colon, "smtp;", "=" or a bracket. */
const REPLY_START = /(^|[\n'"`:;=(\[]|\bsaid|\breturned|\berror)\s*$/i;

/**
 * Words that may surround two codes in a comparison query, in every site language ("421 vs 504",
 * "difference between 450 and 550", "450と550の違い"): Latin words only as whole words.
 */
const JOINING_WORDS = new RegExp(
  [...new Set(LOCALES.flatMap((l) => LOCALE_REGISTRY[l].compareJoiners))]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /^[a-z]/i.test(w) ? `\\b${escaped}(?![\\p{L}])` : escaped;
    })
    .join('|'),
  'giu',
);
/** Punctuation that may stand between or around the codes of a comparison query. */
const JOINING_MARKS = /^[\s/,&?¿!¡.:;\-–—「」『』？！、。（）()]*$/u;
const onlyJoiningWords = (text: string) => JOINING_MARKS.test(text.replace(JOINING_WORDS, ' '));

const PROVIDER_SIGNS: readonly [Provider, RegExp][] = [
  ['google', /\bgsmtp\b|support\.google\.com|\bgoogle\.com\b|\bgmail\b/i],
  ['microsoft', /protection\.outlook\.com|\boutlook\.com\b|office365|\bexchange online\b|\bRESOLVER\.[A-Z]|\bSTOREDRV\b|aka\.ms\/|microsoft/i],
  ['yahoo', /yahoo|\baol\.com\b|\[TSS?\d+\]/i],
];

/** Finds the codes, a comparison, and the provider in pasted text. */
export function analyze(input: string): Analysis {
  const text = input.slice(0, MAX_ANALYZED_LENGTH).normalize('NFKC');
  const enhanced: FoundCode[] = [...text.matchAll(ENHANCED_IN_TEXT)].map((m) => ({ code: m[1]!, kind: 'enhanced', index: m.index }));

  const candidates = [...text.matchAll(BASIC_IN_TEXT)].map((m) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + 3, m.index + 16);
    // A reply code is followed by its enhanced code, by a continuation hyphen, or starts a reply.
    const strong = /^[ -][245]\.[0-7]\.\d/.test(after) || /^-\S/.test(after) || REPLY_START.test(before);
    return { found: { code: m[1]!, kind: 'basic' as const, index: m.index }, strong };
  });
  // A short one-line query ("550", "421 vs 504") is all codes; in a longer paste, trust the numbers
  // that sit where replies start, unless there are none.
  const query = text.length <= SHORT_QUERY && !text.includes('\n');
  const hasStrong = candidates.some((c) => c.strong);
  const basic = candidates.filter((c) => query || c.strong || !hasStrong).map((c) => c.found);

  const seen = new Set<string>();
  const codes = [...basic, ...enhanced]
    .sort((a, b) => a.index - b.index)
    .filter((c) => (seen.has(c.code) ? false : (seen.add(c.code), true)));

  return { codes, compare: comparison(text, codes), provider: PROVIDER_SIGNS.find(([, sign]) => sign.test(text))?.[0] };
}

/** Two different basic codes and nothing but a joining word between them: "421 vs 504", "421 or 504". */
function comparison(text: string, codes: readonly FoundCode[]): [string, string] | undefined {
  if (codes.length !== 2 || codes.some((c) => c.kind !== 'basic')) return undefined;
  const [a, b] = codes as [FoundCode, FoundCode];
  const outside = text.slice(0, a.index) + text.slice(b.index + 3);
  const between = text.slice(a.index + 3, b.index);
  return onlyJoiningWords(outside) && onlyJoiningWords(between) ? [a.code, b.code] : undefined;
}
