/**
 * Every distinct composed sentence of each locale, one per shape: each sentence function is called
 * with every enum value it takes (outcomes, actions, stages, categories, providers …), and codes,
 * titles and quoted English are replaced by placeholders. A reviewer reads
 * tests/fixtures/golden-sentences/{locale}.txt once, then each diff; tests/unit/golden-sentences.test.ts
 * keeps the files current. `npm run golden` rewrites them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { basicCodes, reasons } from '../src/data/dataset.ts';
import { OUTCOMES, REPLY_CLASSES, REPLY_SUBJECTS, type ClassDigit, type ReplySubject } from '../src/data/derive.ts';
import { ENHANCED_SUBJECTS, SENDER_ACTION_BY_CLASS } from '../src/data/enhanced.ts';
import { BOUNCE_TYPES, CATEGORIES, PROVIDERS, STAGES, type Stage } from '../src/data/schema.ts';
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import { sentences, type Sentence } from '../src/i18n/sentences/index.ts';

export const GOLDEN_DIR = join(import.meta.dirname, 'fixtures/golden-sentences');

/** A sentence's shape: codes become {code}, verbatim English {samp}. */
const shape = (sentence: Sentence) =>
  sentence.map((p) => (typeof p === 'string' ? p : 'code' in p ? '{code}' : 'samp' in p ? '{samp}' : p.en)).join('');

/** Every distinct sentence shape of a locale, sorted, each tagged with the function that makes it. */
export function goldenSentences(locale: Locale): string[] {
  const s = sentences(locale);
  const out = new Set<string>();
  const add = (name: string, sentence: Sentence | undefined) => sentence && out.add(`${name}\t${shape(sentence)}`);
  const title = '{title}';
  // Every outcome, action, bounce type, category and connection effect, and every stage alone, then
  // lists of two and three stages: each shape once, rather than every list the 946 pairs make.
  const outcomes = [...new Set(Object.values(OUTCOMES))];
  const actions = [...new Set(basicCodes.map((c) => c.senderAction))];
  const stageLists: Stage[][] = [...STAGES.map((stage) => [stage]), ['mail', 'rcpt'], ['greeting', 'any'], ['rcpt', 'end-of-data', 'vrfy-expn']];
  for (const a of outcomes) for (const b of outcomes) add('compareOutcome', s.compareOutcome('250', a, '550', b));
  for (const action of actions) {
    add('compareAction', s.compareAction(['421'], action));
    add('compareAction', s.compareAction(['421', '504'], action));
    add('fixEach', s.fixEach('550', action));
  }
  for (const bounce of BOUNCE_TYPES) {
    add('compareBounce', s.compareBounce(['550'], bounce));
    add('compareBounce', s.compareBounce(['450', '550'], bounce));
  }
  for (const stages of stageLists) {
    add('compareStagesShared', s.compareStagesShared(stages));
    add('compareStagesAlso', s.compareStagesAlso('550', stages));
    add('compareStagesApart', s.compareStagesApart('221', ['quit'], '421', stages));
    add('diagramLegend', s.diagramLegend('550', stages));
  }
  for (const effect of ['closes', 'may-close'] as const) {
    add('compareConnection', s.compareConnection(['421'], effect));
    add('compareConnection', s.compareConnection(['221', '421'], effect));
  }
  add('adviceTransientOrPermanent', s.adviceTransientOrPermanent('421', '554'));
  for (const category of CATEGORIES) add('adviceByCategory', s.adviceByCategory('550', category, '553', 'addressing'));
  add('adviceByDefinition', s.adviceByDefinition('500', 'Syntax error, command unrecognized', '501', 'Syntax error in parameters or arguments'));
  for (const code of basicCodes) add('verdict', s.verdict(code.outcome, code.senderAction));
  for (const digit of ['2', '4', '5'] as const) add('verdict', s.verdict(OUTCOMES[digit], SENDER_ACTION_BY_CLASS[digit]));
  add('confusedWithLead', s.confusedWithLead('550'));
  for (const reason of reasons) add('reasonVerdict', s.reasonVerdict(reason.bounce, reason.senderAction));
  for (const suppress of [true, false]) add('suppressAdvice', s.suppressAdvice(suppress));
  add('diagramTitle', s.diagramTitle(['550']));
  add('diagramTitle', s.diagramTitle(['421', '504']));
  for (const count of [0, 1, 2, 3, 5, 11, 21, 44]) add('codeCount', s.codeCount(count));
  add('replyFrom', s.replyFrom('{sender}', undefined));
  add('replyFrom', s.replyFrom('{sender}', '{versions}'));
  for (const provider of PROVIDERS) add('notInRegistry', s.notInRegistry([provider]));
  add('notInRegistry', s.notInRegistry([...PROVIDERS]));
  add('combination', s.combination('550', title, '5.1.1', title));
  add('comparePageTitle', s.comparePageTitle('421', title, '504', title));
  add('unknownCode', s.unknownCode('5.7.999'));
  for (const d of Object.keys(REPLY_CLASSES) as ClassDigit[]) add('basicClassDigit', s.basicClassDigit(d, d));
  add('basicClassDigit', s.basicClassDigit('9', undefined));
  for (const [d, subject] of Object.entries(REPLY_SUBJECTS)) add('basicSubjectDigit', s.basicSubjectDigit(d, subject as ReplySubject));
  add('basicSubjectDigit', s.basicSubjectDigit('9', undefined));
  for (const d of ['2', '4', '5'] as const) add('enhancedClassDigit', s.enhancedClassDigit(d, d));
  add('enhancedClassDigit', s.enhancedClassDigit('9', undefined));
  for (const d of ENHANCED_SUBJECTS) add('enhancedSubjectDigit', s.enhancedSubjectDigit(d, d));
  add('enhancedSubjectDigit', s.enhancedSubjectDigit('9', undefined));
  return [...out].sort();
}

/** The file's text: a header, then one sentence per line. */
export function goldenFile(locale: Locale): string {
  return `# Every composed ${locale} sentence, one per shape: function name, a tab, the sentence.\n# {code} is a code or command, {samp} verbatim English, {title} a quoted title. Regenerate: npm run golden\n${goldenSentences(locale).join('\n')}\n`;
}

if (process.argv.includes('--write')) {
  for (const locale of LOCALES) writeFileSync(join(GOLDEN_DIR, `${locale}.txt`), goldenFile(locale));
}
