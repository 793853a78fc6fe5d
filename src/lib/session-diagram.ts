/**
 * The steps of an SMTP session as the diagram draws them (RFC 5321 §3: greeting, EHLO, then the
 * mail transaction MAIL, RCPT, DATA; STARTTLS from RFC 3207, AUTH from RFC 4954), and which of them
 * a code can occur at. Geometry lives in the component; this says what is marked.
 */
import { STAGES, type Stage } from '../data/schema.ts';

/** Commands drawn together in one box beside the main flow. */
export const OTHER_STAGES = ['vrfy-expn', 'help', 'etrn', 'atrn'] as const satisfies readonly Stage[];

/** A stage of the main flow: not in the side box, and not "any", which is marked at every command. */
type FlowStage = Exclude<Stage, 'any' | (typeof OTHER_STAGES)[number]>;
const inFlow = (s: Stage): s is FlowStage => s !== 'any' && !(OTHER_STAGES as readonly Stage[]).includes(s);

export type DiagramStep = FlowStage | 'other';

/** The main flow in the order of STAGES (greeting to QUIT), then the side box. */
export const DIAGRAM_STEPS: readonly DiagramStep[] = [...STAGES.filter(inFlow), 'other'];

/** Whether a code with these stages can occur at a step. "any" covers every command, not the greeting. */
export function occursAt(stages: readonly Stage[], step: DiagramStep): boolean {
  if (step === 'other') return stages.some((s) => !inFlow(s)); // a side-box command, or "any"
  if (step === 'greeting') return stages.includes('greeting');
  return stages.includes(step) || stages.includes('any');
}

/** For each step, whether the first and the second code can occur there. */
export function diagramMarks(a: readonly Stage[], b: readonly Stage[] = []) {
  return DIAGRAM_STEPS.map((step) => ({ step, a: occursAt(a, step), b: occursAt(b, step) }));
}
