/**
 * The language lint: the mechanical rules of each locale's style guide (src/i18n/style-rules.ts)
 * over text that verbatim material has been taken out of. Pure, so that the site sweep runs it on
 * every built page and a unit test on every prose file.
 */
import type { Locale } from '../i18n/locales.ts';
import { STYLE_RULES } from '../i18n/style-rules.ts';

export interface LanguageProblem {
  rule: string;
  /** The offending characters with a little context. */
  excerpt: string;
  advice: string;
}

/** Problems in a text of a locale, one per match. */
export function languageProblems(text: string, locale: Locale): LanguageProblem[] {
  return STYLE_RULES[locale].flatMap((rule) =>
    [...text.matchAll(rule.pattern)].map((m) => ({
      rule: rule.name,
      excerpt: text.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).replace(/\s+/g, ' '),
      advice: rule.advice,
    })),
  );
}

/**
 * The prose of an MDX file with verbatim material set aside: <samp>, <code>, <pre>, <cite> and
 * backtick spans, tags and their attributes (but a question's `q`, which is prose), links' targets,
 * and the frontmatter's keys. Each removal leaves a space, so that no two words are glued together.
 */
export function proseOfMdx(source: string): string {
  return source
    .replace(/<(samp|code|pre|cite)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\bq="([^"]*)"/g, '> $1 <')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/^\s*["']?[\w-]+["']?:(?=\s)/gm, ' ');
}
