/**
 * Composed sentences: one typed function per sentence shape, written per locale, so that each
 * language's grammar (agreement, particles, word order, punctuation) lives in one reviewable place
 * (docs/style/*.md). Slots take only codes, numbers and enum values, never text another string
 * already translated. A sentence is returned as parts, so that codes render in <code> and verbatim
 * English in <samp lang="en">; `plainText` flattens it where markup has no place (titles, meta).
 */
import type { ClassDigit, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';

/** Text, a code (rendered in <code>) or verbatim English server text (rendered in <samp lang="en">). */
export type Part = string | { readonly code: string } | { readonly samp: string };
export type Sentence = readonly Part[];

export interface Sentences {
  /** What separates two sentences set one after the other: a space, or nothing in Japanese. */
  sentenceGap: string;
  /** The 404 page on a code-shaped address: the code is not in this reference. */
  unknownCode(code: string): Sentence;
  /** What a basic code's first digit says (RFC 5321 §4.2.1); `meaning` undefined: not a class SMTP uses. */
  basicClassDigit(digit: string, meaning: ClassDigit | undefined): Sentence;
  /** What a basic code's second digit says; `meaning` undefined: outside 0–5. */
  basicSubjectDigit(digit: string, meaning: ReplySubject | undefined): Sentence;
  /** What an enhanced code's class says (RFC 3463 §2); `meaning` undefined: not 2, 4 or 5. */
  enhancedClassDigit(digit: string, meaning: EnhancedClass | undefined): Sentence;
  /** What an enhanced code's subject says (RFC 3463 §2); `meaning` undefined: outside 0–7. */
  enhancedSubjectDigit(digit: string, meaning: EnhancedSubject | undefined): Sentence;
}

/** The sentence as plain text, for places without markup. */
export const plainText = (sentence: Sentence): string =>
  sentence.map((part) => (typeof part === 'string' ? part : 'code' in part ? part.code : part.samp)).join('');

/** A code as a part: `c('550')`. */
export const c = (code: string): Part => ({ code });
