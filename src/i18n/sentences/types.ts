/**
 * Composed sentences: one typed function per sentence shape, written per locale, so that each
 * language's grammar (agreement, particles, prepositions, word order, punctuation) lives in one
 * reviewable place (docs/style/*.md). Slots take codes, numbers and enum values; a title or other
 * text that is already translated goes in only as a quotation (`quote`), never as a phrase the
 * sentence has to agree with. A sentence is returned as parts, so that codes render in <code> and
 * verbatim English in <samp lang="en">; `plainText` flattens it where markup has no place.
 * tests/fixtures/golden-sentences/{locale}.txt lists every shape, for review.
 */
import type { ClassDigit, Outcome, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import type { BounceType, Category, ConnectionEffect, Provider, SenderAction, Stage } from '../../data/schema.ts';

/**
 * Text; a code (rendered in <code>); verbatim English server or RFC text (in <samp lang="en">); or
 * an English name or note from the data that stays English, such as a sender "Postfix with Postgrey"
 * (in <span lang="en">).
 */
export type Part = string | { readonly code: string } | { readonly samp: string } | { readonly en: string };
export type Sentence = readonly Part[];

export interface Sentences {
  /** What separates two sentences set one after the other: a space, or nothing in Japanese. */
  sentenceGap: string;
  /** A title or name set inside a sentence, in the language's quotation marks. */
  quote(text: string): Part[];
  /** A provider's name in the language ("Microsoft 365 y Outlook.com"). */
  providerName(provider: Provider): string;

  // Code pages
  /** The verdict at the top of a code page: the outcome, then what a sending server should do. */
  verdict(outcome: Outcome, action: SenderAction): Sentence;
  /** A count of codes, with the language's plural rules. */
  codeCount(count: number): Sentence;
  /** Under a recorded reply: who sends it, and the versions the text applies to. */
  replyFrom(sender: string, versions: string | undefined): Sentence;
  /** An enhanced code outside the IANA registry, sent by these providers. */
  notInRegistry(providers: readonly Provider[]): Sentence;
  /** What a basic code and an enhanced code say together, from their titles. */
  combination(basic: string, basicTitle: string, code: string, title: string): Sentence;
  /** The lead-in to the list of comparisons with codes people confuse with this one. */
  confusedWithLead(code: string): Sentence;
  /** The title of the session diagram (one or two codes). */
  diagramTitle(codes: readonly string[]): Sentence;
  /** The diagram's legend for one code: where it can occur. */
  diagramLegend(code: string, stages: readonly Stage[]): Sentence;

  // Reasons
  /** A reason's verdict: its bounce type, then what a sending server should do. */
  reasonVerdict(bounce: BounceType, action: SenderAction): Sentence;
  /** Whether a mailing list should stop sending to the recipient. */
  suppressAdvice(suppress: boolean): Sentence;

  // Comparisons
  /** The page title of a comparison, with both codes' titles. */
  comparePageTitle(a: string, titleA: string, b: string, titleB: string): Sentence;
  /** Whether the two codes report the same outcome. */
  compareOutcome(a: string, outcomeA: Outcome, b: string, outcomeB: Outcome): Sentence;
  /** What a sending server does after one code, or after either of two that agree. */
  compareAction(codes: readonly string[], action: SenderAction): Sentence;
  /** The bounce type of one code, or of both when they agree (`codes` has two). */
  compareBounce(codes: readonly string[], bounce: BounceType): Sentence;
  /** Stages where both can occur. */
  compareStagesShared(stages: readonly Stage[]): Sentence;
  /** Stages where only one of them can occur, after `compareStagesShared`. */
  compareStagesAlso(code: string, stages: readonly Stage[]): Sentence;
  /** When they share no stage. */
  compareStagesApart(a: string, stagesA: readonly Stage[], b: string, stagesB: readonly Stage[]): Sentence;
  /** What one code, or both codes alike, do to the connection when they close or may close it. */
  compareConnection(codes: readonly string[], effect: Exclude<ConnectionEffect, 'stays-open'>): Sentence;
  /** Under "what to do about each": one code and what a sending server should do. */
  fixEach(code: string, action: SenderAction): Sentence;
  /** Advice to implementers choosing between a transient and a permanent code. */
  adviceTransientOrPermanent(transient: string, permanent: string): Sentence;
  /** Advice when both are the same kind of failure about different things. */
  adviceByCategory(a: string, categoryA: Category, b: string, categoryB: Category): Sentence;
  /** Advice when only their definitions (verbatim RFC text) tell them apart. */
  adviceByDefinition(a: string, definitionA: string, b: string, definitionB: string): Sentence;

  // Unknown codes (the 404 page and search)
  /** The code is not in this reference. */
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
  sentence.map((part) => (typeof part === 'string' ? part : 'code' in part ? part.code : 'samp' in part ? part.samp : part.en)).join('');

/** A code as a part: `c('550')`. */
export const c = (code: string): Part => ({ code });
/** Verbatim English as a part: `samp('Relay access denied')`. */
export const samp = (text: string): Part => ({ samp: text });
/** English data that stays English: `english('Postfix with Postgrey')`. */
export const english = (text: string): Part => ({ en: text });

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Items joined as the language joins a list: "A, B and C" / "A, B or C", "A、B、C" / "A、B、またはC".
 * Items are parts, so codes inside a list keep their markup.
 */
export function list(locale: string, items: readonly (Part | readonly Part[])[], type: 'conjunction' | 'disjunction'): Part[] {
  const key = `${locale} ${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
  const slots = items.map((_, i) => `\u0000${i}\u0000`);
  return format.formatToParts(slots).flatMap((piece): Part[] => {
    if (piece.type === 'literal') return [piece.value];
    const item = items[Number(piece.value.slice(1, -1))]!;
    return Array.isArray(item) ? [...item] : [item as Part];
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of a count in a language ("one", "other" …). */
export function plural(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}
