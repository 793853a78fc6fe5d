/**
 * The facts of a basic code that the "at a glance" table and the comparison table show, in order,
 * with the label key of each and whether two codes agree on it.
 */
import type { BasicCode } from '../data/dataset.ts';

export const FACTS = [
  { id: 'class', label: 'glance.class' },
  { id: 'subject', label: 'glance.subject' },
  { id: 'outcome', label: 'glance.outcome' },
  { id: 'stages', label: 'glance.stages' },
  { id: 'connection', label: 'glance.connection' },
  { id: 'action', label: 'glance.action' },
  { id: 'bounce', label: 'glance.bounce' },
  { id: 'category', label: 'glance.category' },
  { id: 'actors', label: 'glance.actors' },
  { id: 'definedIn', label: 'glance.definedIn' },
] as const;

export type FactId = (typeof FACTS)[number]['id'];

/** The value a fact compares by. */
function factKey(code: BasicCode, fact: FactId): string {
  switch (fact) {
    case 'class':
      return code.classDigit;
    case 'subject':
      return code.replySubject;
    case 'outcome':
      return code.outcome;
    case 'stages':
      return [...code.stages].sort().join();
    case 'connection':
      return code.connection;
    case 'action':
      return code.senderAction;
    case 'bounce':
      return code.bounce;
    case 'category':
      return code.category;
    case 'actors':
      return [...code.actors].sort().join();
    case 'definedIn':
      return code.definitions.map((d) => JSON.stringify(d.source)).sort().join();
  }
}

/** Whether two codes differ in a fact. */
export const factsDiffer = (a: BasicCode, b: BasicCode, fact: FactId) => factKey(a, fact) !== factKey(b, fact);
