/** English sentences: plain and direct; commands and codes in <code>, quoted titles in “…”. */
import type { ClassDigit, Outcome, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import type { BounceType, Category, Provider, SenderAction, Stage } from '../../data/schema.ts';
import { c, english, list, plural, samp, type Part, type Sentences } from './types.ts';

const LOCALE = 'en';

const PROVIDERS: Record<Provider, string> = {
  google: 'Gmail and Google Workspace',
  microsoft: 'Microsoft 365 and Outlook.com',
  yahoo: 'Yahoo Mail',
};
const OUTCOME_LABEL: Record<Outcome, string> = {
  success: 'Success',
  intermediate: 'Waiting for more input',
  transient: 'Transient failure',
  permanent: 'Permanent failure',
};
const OUTCOME_NOUN: Record<Outcome, string> = {
  success: 'success',
  intermediate: 'that the server is waiting for more input',
  transient: 'a transient failure',
  permanent: 'a permanent failure',
};
const ACTION_LABEL: Record<SenderAction, string> = {
  nothing: 'Nothing to do',
  'retry-later': 'Retry later',
  'fix-and-resend': 'Fix the cause, then send again',
  'do-not-retry': 'Do not retry',
};
const BOUNCE_LABEL: Record<BounceType, string> = { none: 'Not a bounce', soft: 'Soft bounce', hard: 'Hard bounce' };
const AFTER_ACTION: Record<SenderAction, string> = {
  nothing: 'the session simply goes on: there is nothing to fix',
  'retry-later': 'the sending server keeps the message and tries again later',
  'fix-and-resend': 'sending again only helps once the cause has been fixed',
  'do-not-retry': 'the sending server gives up and returns the message to its sender',
};
const CATEGORY: Record<Category, string> = {
  information: 'information',
  connection: 'the connection',
  transaction: 'the mail transaction',
  'remote-queue': 'remote queues',
  protocol: 'the protocol',
  addressing: 'addressing',
  mailbox: 'the mailbox',
  capacity: 'capacity',
  'server-error': 'a server error',
  'security-policy': 'security and policy',
  authentication: 'authentication',
};
const STAGE: Record<Stage, Part | Part[]> = {
  greeting: 'the connection greeting',
  ehlo: [c('EHLO'), '/', c('HELO')],
  starttls: c('STARTTLS'),
  auth: c('AUTH'),
  mail: c('MAIL FROM'),
  rcpt: c('RCPT TO'),
  data: c('DATA'),
  'end-of-data': 'the end of the message data',
  'vrfy-expn': [c('VRFY'), '/', c('EXPN')],
  help: c('HELP'),
  etrn: c('ETRN'),
  atrn: c('ATRN'),
  any: 'any command',
  quit: c('QUIT'),
};
/** Stages as alternatives: a code can occur at any one of them. */
const stages = (list_: readonly Stage[]) => list(LOCALE, list_.map((s) => STAGE[s]), 'disjunction');

const BASIC_CLASS: Record<ClassDigit, string> = {
  '2': 'the command succeeded',
  '3': 'the server accepted the command so far and waits for more',
  '4': 'a transient failure: the same command may succeed later',
  '5': 'a permanent failure: the same command will fail again',
};
const BASIC_SUBJECT: Record<ReplySubject, string> = {
  syntax: 'the reply is about syntax',
  information: 'the reply answers a request for information',
  connections: 'the reply is about the connection',
  unspecified: 'RFC 5321 leaves this digit unspecified',
  'mail-system': 'the reply is about the mail system',
};
const ENHANCED_CLASS: Record<EnhancedClass, string> = {
  '2': 'success',
  '4': 'a transient failure: the message may get through if sent again later',
  '5': 'a permanent failure: sending the same message again will fail',
};
const ENHANCED_SUBJECT: Record<EnhancedSubject, string> = {
  '0': 'a problem of no particular kind',
  '1': 'a problem with an address',
  '2': 'a problem with the mailbox',
  '3': 'a problem with the receiving mail system',
  '4': 'a network or routing problem',
  '5': 'a problem with the mail delivery protocol',
  '6': 'a problem with the message content or its format',
  '7': 'a security or policy problem',
};

const quote = (text: string): Part[] => [`“${text}”`];

export const en: Sentences = {
  sentenceGap: ' ',
  quote,
  providerName: (provider) => PROVIDERS[provider],

  verdict: (outcome, action) => [`${OUTCOME_LABEL[outcome]}. ${ACTION_LABEL[action]}.`],
  codeCount: (count) => [`${count} ${plural(LOCALE, count) === 'one' ? 'code' : 'codes'}`],
  replyFrom: (sender, versions) => ['Sent by ', english(sender), ...(versions ? [' (', english(versions), ')'] : [])],
  notInRegistry: (providers) => ['Not in the IANA registry: a code used by ', ...list(LOCALE, providers.map((p) => PROVIDERS[p]), 'conjunction')],
  combination: (basic, basicTitle, code, title) => [c(basic), ' says ', ...quote(basicTitle), ', and ', c(code), ' says why: ', ...quote(title), '.'],
  confusedWithLead: (code) => ['Comparisons with the codes people confuse with ', c(code), ':'],
  diagramTitle: (codes) => ['SMTP session: where ', ...list(LOCALE, codes.map(c), 'conjunction'), ' can occur'],
  diagramLegend: (code, list_) => [c(code), ': at ', ...stages(list_)],

  reasonVerdict: (bounce, action) => [`${BOUNCE_LABEL[bounce]}. ${ACTION_LABEL[action]}.`],
  suppressAdvice: (suppress) =>
    suppress ? ['Stop sending to this address: take it off your mailing lists.'] : ['Keep the address on your mailing lists: this does not make it invalid.'],

  comparePageTitle: (a, titleA, b, titleB) => [c(a), ' vs ', c(b), ': ', ...quote(titleA), ' or ', ...quote(titleB)],
  compareOutcome: (a, outcomeA, b, outcomeB) =>
    outcomeA === outcomeB
      ? ['Both ', c(a), ' and ', c(b), ` report ${OUTCOME_NOUN[outcomeA]}.`]
      : [c(a), ` reports ${OUTCOME_NOUN[outcomeA]}, while `, c(b), ` reports ${OUTCOME_NOUN[outcomeB]}.`],
  compareAction: (codes, action) => ['After ', ...list(LOCALE, codes.map(c), 'disjunction'), `, ${AFTER_ACTION[action]}.`],
  compareBounce: (codes, bounce: BounceType) => {
    if (codes.length === 2) {
      return [{ none: 'Neither is a bounce.', soft: 'Both are soft bounces.', hard: 'Both are hard bounces.' }[bounce]];
    }
    return [c(codes[0]!), { none: ' is not a bounce.', soft: ' is a soft bounce.', hard: ' is a hard bounce.' }[bounce]];
  },
  compareStagesShared: (list_) => ['Both can occur at ', ...stages(list_), '.'],
  compareStagesAlso: (code, list_) => [c(code), ' can also occur at ', ...stages(list_), '.'],
  compareStagesApart: (a, stagesA, b, stagesB) => [
    'They occur at different points of the session: ',
    c(a),
    ' at ',
    ...stages(stagesA),
    '; ',
    c(b),
    ' at ',
    ...stages(stagesB),
    '.',
  ],
  compareConnection: (codes, effect) => [
    'With ',
    ...list(LOCALE, codes.map(c), 'conjunction'),
    effect === 'closes' ? ', the server closes the connection.' : ', the server may close the connection.',
  ],
  fixEach: (code, action) => [c(code), `: ${ACTION_LABEL[action]}.`],
  adviceTransientOrPermanent: (transient, permanent) => [
    'Send ',
    c(transient),
    ' when the same command may succeed later without any change, and ',
    c(permanent),
    ' when it will not: clients act on the first digit alone.',
  ],
  adviceByCategory: (a, categoryA, b, categoryB) => [
    'Both are the same kind of failure, so choose by what went wrong: ',
    c(a),
    ` is about ${CATEGORY[categoryA]}, `,
    c(b),
    ` about ${CATEGORY[categoryB]}.`,
  ],
  adviceByDefinition: (a, definitionA, b, definitionB) => [
    'Both are the same kind of failure about the same kind of problem, so their definitions decide: ',
    c(a),
    ' means ',
    samp(definitionA),
    ', ',
    c(b),
    ' means ',
    samp(definitionB),
    '.',
  ],

  unknownCode: (code) => [c(code), ' is not in this reference.'],
  basicClassDigit: (digit, meaning) =>
    meaning
      ? ['Its first digit, ', c(digit), ', means ', BASIC_CLASS[meaning], '.']
      : ['Its first digit, ', c(digit), ', is not one SMTP uses: replies start with 2, 3, 4 or 5.'],
  basicSubjectDigit: (digit, meaning) =>
    meaning
      ? ['Its second digit, ', c(digit), ', says that ', BASIC_SUBJECT[meaning], '.']
      : ['Its second digit, ', c(digit), ', is not one SMTP uses: it runs from 0 to 5.'],
  enhancedClassDigit: (digit, meaning) =>
    meaning
      ? ['Its class, ', c(digit), ', means ', ENHANCED_CLASS[meaning], '.']
      : ['Its class, ', c(digit), ', is not one of the classes 2, 4 and 5.'],
  enhancedSubjectDigit: (digit, meaning) =>
    meaning
      ? ['Its subject, ', c(digit), ', points to ', ENHANCED_SUBJECT[meaning], '.']
      : ['Its subject, ', c(digit), ', is not one of the subjects 0 to 7.'],
};
