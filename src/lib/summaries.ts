/**
 * An enhanced code's prose file serves every class variant of its registry row, so its summary may
 * be given per class; basic codes have one. Picks the one for a page, or says what is missing.
 */
export type Summary = string | Readonly<Partial<Record<'2' | '4' | '5', string>>>;

export function summaryFor(summary: Summary, classDigit: string, file: string): string {
  if (typeof summary === 'string') return summary;
  const text = summary[classDigit as '2' | '4' | '5'];
  if (!text) throw new Error(`${file}: summary has no sentence for class ${classDigit}`);
  return text;
}
