/** Joins words as a list in a language's own way: "A, B and C", "A, B y C", "A、B、C". */
export function joinList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
