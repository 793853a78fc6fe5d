/** English sentences (docs/style: plain, direct, second person only where it helps). */
import type { ClassDigit, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import { c, type Sentences } from './types.ts';

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

export const en: Sentences = {
  sentenceGap: ' ',
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
