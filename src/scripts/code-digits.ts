/**
 * What an unknown code's digits mean, in the page's language: copies of the sentences that
 * CodeDigitTemplates.astro rendered, with the code filled in. Shared by the 404 page and search.
 */
import { codeShape } from '../lib/code-digits.ts';

/** A copy of one rendered template with its <code> elements set to `values`, in order. */
function fromTemplate(templates: HTMLTemplateElement, key: string, ...values: string[]): Node | undefined {
  const template = templates.content.querySelector(`[data-template="${key}"]`);
  if (!template) return undefined;
  const copy = template.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('code').forEach((el, i) => (el.textContent = values[i] ?? el.textContent));
  return copy;
}

/** The sentences for a code-shaped text that this reference does not have: not here, its class, its subject. */
export function describeUnknownCode(templates: HTMLTemplateElement, code: string): Node[] {
  const shape = codeShape(code);
  if (!shape) return [];
  const digit = (d: string, meaning: string | undefined) => (meaning === undefined ? 'x' : d);
  return [
    fromTemplate(templates, 'unknown', code),
    fromTemplate(templates, `${shape.kind}-class-${digit(shape.classDigit, shape.class)}`, shape.classDigit),
    fromTemplate(templates, `${shape.kind}-subject-${digit(shape.subjectDigit, shape.subject)}`, shape.subjectDigit),
  ].filter((n): n is Node => n !== undefined);
}
