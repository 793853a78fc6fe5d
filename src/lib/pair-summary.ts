/**
 * The difference between two codes in a few sentences. Each sentence comes from a
 * per-locale template whose slots take codes and noun phrases only, so that it reads naturally in
 * every language instead of being glued from fragments.
 */
import type { Stage } from '../data/schema.ts';
import type { Translate } from '../i18n/index.ts';
import { joinList } from './list-format.ts';
import type { PairFacts } from './pairs.ts';

/** The summary sentences of a comparison, in the translator's language. */
export function pairSummary(facts: PairFacts, t: Translate, locale: string): string[] {
  const { low, high } = facts;
  const a = low.code;
  const b = high.code;
  const stages = (list: readonly Stage[]) => joinList(list.map((s) => t(`stagePhrase.${s}`)), locale);
  return [
    facts.sameOutcome
      ? t('compare.sameOutcome', { a, b, outcome: t(`outcomeNoun.${low.outcome}`) })
      : t('compare.diffOutcome', { a, b, outcomeA: t(`outcomeNoun.${low.outcome}`), outcomeB: t(`outcomeNoun.${high.outcome}`) }),
    ...(facts.sameAction
      ? [t(`compare.action.${low.senderAction}`, { code: t('compare.either', { a, b }) })]
      : [t(`compare.action.${low.senderAction}`, { code: a }), t(`compare.action.${high.senderAction}`, { code: b })]),
    ...(facts.sameBounce
      ? [t(`compare.bounceBoth.${low.bounce}`)]
      : [t(`compare.bounceOf.${low.bounce}`, { code: a }), t(`compare.bounceOf.${high.bounce}`, { code: b })]),
    ...(facts.sharedStages.length > 0
      ? [
          t('compare.stagesShared', { stages: stages(facts.sharedStages) }),
          ...(facts.onlyLow.length > 0 ? [t('compare.stagesAlso', { code: a, stages: stages(facts.onlyLow) })] : []),
          ...(facts.onlyHigh.length > 0 ? [t('compare.stagesAlso', { code: b, stages: stages(facts.onlyHigh) })] : []),
        ]
      : [t('compare.stagesApart', { a, b, stagesA: stages(low.stages), stagesB: stages(high.stages) })]),
    ...[low, high].flatMap((c) =>
      c.connection === 'closes'
        ? [t('compare.closes', { code: c.code })]
        : c.connection === 'may-close'
          ? [t('compare.mayClose', { code: c.code })]
          : [],
    ),
  ];
}

/**
 * What a server implementer should weigh when choosing between the two (RFC 5321 §4.2.1: clients
 * act on the first digit), or undefined when one of them is not a failure.
 */
export function implementerAdvice(facts: PairFacts, t: Translate): string | undefined {
  const { low, high, choice } = facts;
  switch (choice) {
    case undefined:
      return undefined;
    case 'transient-or-permanent': {
      const [transient, permanent] = low.outcome === 'transient' ? [low, high] : [high, low];
      return t('advice.transient-or-permanent', { transient: transient.code, permanent: permanent.code });
    }
    case 'by-category':
      return t('advice.by-category', {
        a: low.code,
        b: high.code,
        categoryA: t(`category.${low.category}`),
        categoryB: t(`category.${high.category}`),
      });
    case 'by-definition':
      return t('advice.by-definition', {
        a: low.code,
        b: high.code,
        definitionA: low.definitions[0]!.text,
        definitionB: high.definitions[0]!.text,
      });
  }
}
