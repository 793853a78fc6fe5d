/**
 * The difference between two codes in a few sentences, and the advice to implementers. Which
 * sentences a pair gets is decided here from the pair's facts; how each reads is the locale's own
 * sentence function (src/i18n/sentences), so no grammar lives in this file.
 */
import type { Sentence, Sentences } from '../i18n/sentences/index.ts';
import type { PairFacts } from './pairs.ts';

/** The summary sentences of a comparison. */
export function pairSummary(facts: PairFacts, s: Sentences): Sentence[] {
  const { low, high } = facts;
  const [a, b] = [low.code, high.code];
  return [
    s.compareOutcome(a, low.outcome, b, high.outcome),
    ...(facts.sameAction
      ? [s.compareAction([a, b], low.senderAction)]
      : [s.compareAction([a], low.senderAction), s.compareAction([b], high.senderAction)]),
    ...(facts.sameBounce ? [s.compareBounce([a, b], low.bounce)] : [s.compareBounce([a], low.bounce), s.compareBounce([b], high.bounce)]),
    ...(facts.sharedStages.length > 0
      ? [
          s.compareStagesShared(facts.sharedStages),
          ...(facts.onlyLow.length > 0 ? [s.compareStagesAlso(a, facts.onlyLow)] : []),
          ...(facts.onlyHigh.length > 0 ? [s.compareStagesAlso(b, facts.onlyHigh)] : []),
        ]
      : [s.compareStagesApart(a, low.stages, b, high.stages)]),
    ...(low.connection === high.connection
      ? low.connection === 'stays-open'
        ? []
        : [s.compareConnection([a, b], low.connection)]
      : [low, high].flatMap((code) => (code.connection === 'stays-open' ? [] : [s.compareConnection([code.code], code.connection)]))),
  ];
}

/**
 * What a server implementer should weigh when choosing between the two (RFC 5321 §4.2.1: clients
 * act on the first digit), or undefined when one of them is not a failure.
 */
export function implementerAdvice(facts: PairFacts, s: Sentences): Sentence | undefined {
  const { low, high, choice } = facts;
  switch (choice) {
    case undefined:
      return undefined;
    case 'transient-or-permanent': {
      const [transient, permanent] = low.outcome === 'transient' ? [low, high] : [high, low];
      return s.adviceTransientOrPermanent(transient.code, permanent.code);
    }
    case 'by-category':
      return s.adviceByCategory(low.code, low.category, high.code, high.category);
    case 'by-definition':
      return s.adviceByDefinition(low.code, low.definitions[0]!.text, high.code, high.definitions[0]!.text);
  }
}
