/**
 * How codes look inside text, in one place: the code finder (src/lib/bounce-analyzer.ts), the
 * bounce reader, search and the dataset's pairing of recorded replies all use these. A basic code
 * is three digits, 2–5 then 0–5 (RFC 5321 §4.2.1); an enhanced code is class.subject.detail with
 * class 2, 4 or 5 and subject 0–7 (RFC 3463 §2).
 */

/** An enhanced code standing alone: not part of an IP address, a version or a longer number. */
export const ENHANCED_IN_TEXT = /(?<![\w.])([245]\.[0-7]\.\d{1,3})(?![\w.]|\.\d)/g;

/**
 * A basic code standing alone: not inside a word, a number, an address, a port or a bracketed
 * provider number such as "[506]" or "(554.30)".
 */
export const BASIC_IN_TEXT = /(?<![\w.\[(\/@#%$+-])([2-5][0-5]\d)(?![\w.\])%]|[-:](?![245]\.[0-7]\.)\d|,\d)/g;

/** A reply's code pair: a basic code, a space or continuation hyphen, its enhanced code ("550 5.1.1", "550-5.1.1"). */
export const CODE_PAIR = /(?<![\d.])([245]\d\d)[ -]([245]\.[0-7]\.\d{1,3})(?![\d.])/g;

/** Every pair of a basic code and the enhanced code after it in a reply. */
export function codePairsIn(text: string): { basic: string; enhanced: string }[] {
  return [...text.matchAll(CODE_PAIR)].map((m) => ({ basic: m[1]!, enhanced: m[2]! }));
}
