/**
 * Completeness of the translations: every prose file of the reference locale exists in
 * every other locale with the same structure, and verbatim server text is kept byte for byte
 * (principle 7). Works on file contents, so tests can run it on the real content and on fixtures.
 */
import { proseStructure } from './prose-structure.ts';

/** Prose file contents of one locale, by path below the locale folder, e.g. "codes/550.mdx". */
export type LocaleSources = Readonly<Record<string, string>>;

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Anchors of explicit headings (`<h2 id="…">`), as the guide uses them. */
const headingIds = (source: string) => [...source.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]!);

/** What a translated file must share with its source, by name. */
function comparableParts(source: string): Record<string, readonly unknown[]> {
  const s = proseStructure(source);
  return {
    'section ids': s.sections,
    'question ids': s.questions,
    components: s.components,
    '<CodeLink> codes': s.codeLinks,
    '<ReasonLink> ids': s.reasonLinks,
    '<Rfc> references': s.rfcs,
    '<samp> texts': s.samples,
    '<ForClass> blocks': s.classBlocks,
    '<ProviderUsage> blocks': s.providerBlocks,
    'heading ids': headingIds(source),
  };
}

/**
 * Problems with the translations of `reference` into the other locales; each message names the
 * file and what differs. An empty list means every page exists, complete, in every locale.
 */
export function translationProblems(
  sources: Readonly<Record<string, LocaleSources>>,
  reference: string,
): string[] {
  const base = sources[reference] ?? {};
  const problems: string[] = [];
  for (const [locale, files] of Object.entries(sources)) {
    if (locale === reference) continue;
    for (const path of Object.keys(base)) {
      const translated = files[path];
      if (translated === undefined) {
        problems.push(`content/${locale}/${path}: missing (translation of content/${reference}/${path})`);
        continue;
      }
      const want = comparableParts(base[path]!);
      const got = comparableParts(translated);
      for (const part of Object.keys(want)) {
        if (!sameList(want[part]!, got[part]!)) {
          problems.push(`content/${locale}/${path}: ${part} differ from content/${reference}/${path}`);
        }
      }
    }
    for (const path of Object.keys(files)) {
      if (!(path in base)) problems.push(`content/${locale}/${path}: no source file content/${reference}/${path}`);
    }
  }
  return problems;
}
