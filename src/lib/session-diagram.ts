/**
 * The steps of an SMTP session as the diagram draws them (RFC 5321 §3: greeting, EHLO, then the
 * mail transaction MAIL, RCPT, DATA; STARTTLS from RFC 3207, AUTH from RFC 4954), and which of them
 * a code can occur at. Geometry lives in the component; this says what is marked.
 */
import type { Stage } from '../data/schema.ts';

export const DIAGRAM_STEPS = [
  'greeting',
  'ehlo',
  'starttls',
  'auth',
  'mail',
  'rcpt',
  'data',
  'end-of-data',
  'quit',
  'other',
] as const;

export type DiagramStep = (typeof DIAGRAM_STEPS)[number];

/** Commands drawn together in one box beside the main flow. */
export const OTHER_STAGES: readonly Stage[] = ['vrfy-expn', 'help', 'etrn', 'atrn'];

/** Whether a code with these stages can occur at a step. "any" covers every command, not the greeting. */
export function occursAt(stages: readonly Stage[], step: DiagramStep): boolean {
  if (step === 'other') return stages.some((s) => s === 'any' || OTHER_STAGES.includes(s));
  if (step === 'greeting') return stages.includes('greeting');
  return stages.includes(step) || stages.includes('any');
}

/** For each step, whether the first and the second code can occur there. */
export function diagramMarks(a: readonly Stage[], b: readonly Stage[] = []) {
  return DIAGRAM_STEPS.map((step) => ({ step, a: occursAt(a, step), b: occursAt(b, step) }));
}
