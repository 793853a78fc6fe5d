/**
 * Facts derived from the code itself, never typed into the dataset (principle 2).
 * RFC 5321 §4.2.1: the first digit says whether the response is good, bad or incomplete;
 * the second digit says what it is about.
 */

/** Meaning of the first digit (RFC 5321 §4.2.1; 1yz is not used in SMTP). */
export const REPLY_CLASSES = {
  '2': 'positive-completion',
  '3': 'positive-intermediate',
  '4': 'transient-negative',
  '5': 'permanent-negative',
} as const;

/** Meaning of the second digit (RFC 5321 §4.2.1; x3z and x4z are unspecified). */
export const REPLY_SUBJECTS = {
  '0': 'syntax',
  '1': 'information',
  '2': 'connections',
  '3': 'unspecified',
  '4': 'unspecified',
  '5': 'mail-system',
} as const;

/** Whether the outcome is final: success, waiting for more input, or a transient or permanent failure. */
export const OUTCOMES = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
} as const;

export type ClassDigit = keyof typeof REPLY_CLASSES;
export type SubjectDigit = keyof typeof REPLY_SUBJECTS;
export type ReplyClass = (typeof REPLY_CLASSES)[ClassDigit];
export type ReplySubject = (typeof REPLY_SUBJECTS)[SubjectDigit];
export type Outcome = (typeof OUTCOMES)[ClassDigit];

export interface DerivedFacts {
  classDigit: ClassDigit;
  subjectDigit: SubjectDigit;
  replyClass: ReplyClass;
  replySubject: ReplySubject;
  outcome: Outcome;
}

/** Derives class, subject and outcome from a basic code such as "550". */
export function deriveFacts(code: string): DerivedFacts {
  const classDigit = code[0] as ClassDigit;
  const subjectDigit = code[1] as SubjectDigit;
  if (!(classDigit in REPLY_CLASSES) || !(subjectDigit in REPLY_SUBJECTS)) {
    throw new Error(`Not a basic reply code: "${code}"`);
  }
  return {
    classDigit,
    subjectDigit,
    replyClass: REPLY_CLASSES[classDigit],
    replySubject: REPLY_SUBJECTS[subjectDigit],
    outcome: OUTCOMES[classDigit],
  };
}
