/** One formatter per locale: building an Intl.ListFormat is costly, and thousands of pages use it. */
const formatters = new Map<string, Intl.ListFormat>();

/** Joins words as a list in a language's own way: "A, B and C", "A, B y C", "A、B、C". */
export function joinList(items: readonly string[], locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return formatter.format(items);
}
