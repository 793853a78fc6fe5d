/** Queries over the content collections that several pages share (astro:content lives here, not in src/lib). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findEnhancedCode } from './data/dataset.ts';
import { proseKeyOf } from './data/enhanced.ts';
import type { ReasonId } from './data/reason-schema.ts';
import type { Locale } from './i18n/locales.ts';
import { parseContentId } from './lib/content-files.ts';
import { summaryFor } from './lib/summaries.ts';

export type CodeProse = CollectionEntry<'codes'>;

/** A code with its title and one-line summary in a locale, for lists and tables of codes. */
export interface CodeListItem {
  code: string;
  /** The last code of the range a provider documents as one with this code, if any. */
  through?: string;
  title: string;
  summary: string;
}

const proseByLocale = new Map<Locale, Promise<Map<string, CodeProse>>>();

/**
 * The prose entries of one locale's code pages, by file key ("550", "X.1.1", "5.7.57"). Read once
 * per build and locale: thousands of comparison pages ask for the titles of their two codes.
 */
export function codeProseByKey(locale: Locale): Promise<Map<string, CodeProse>> {
  let prose = proseByLocale.get(locale);
  if (!prose) {
    prose = getCollection('codes', (e) => parseContentId(e.id)?.locale === locale).then(
      (entries) => new Map(entries.map((e) => [parseContentId(e.id)!.key, e])),
    );
    proseByLocale.set(locale, prose);
  }
  return prose;
}

/** The prose file key of a basic or enhanced code. */
export function proseKey(code: string): string {
  const enhanced = findEnhancedCode(code);
  return enhanced ? proseKeyOf(enhanced) : code;
}

/** Title and the summary for its class, from a code's prose entry. */
export function listItem(code: string, entry: CodeProse): CodeListItem {
  const through = findEnhancedCode(code)?.through;
  return {
    code,
    ...(through ? { through } : {}),
    title: entry.data.title,
    summary: summaryFor(entry.data.summary, code[0]!, `content/${entry.id}.mdx`),
  };
}

/** Title and summary of each code in a locale, for lists of codes. */
export async function codeListItems(locale: Locale, codes: readonly string[]): Promise<CodeListItem[]> {
  const prose = await codeProseByKey(locale);
  return codes.map((code) => {
    const entry = prose.get(proseKey(code));
    if (!entry) throw new Error(`content/${locale}/codes/${proseKey(code)}.mdx: missing`);
    return listItem(code, entry);
  });
}

export type ReasonProse = CollectionEntry<'reasons'>;

const reasonsByLocale = new Map<Locale, Promise<Map<ReasonId, ReasonProse>>>();

/** The prose entries of one locale's reason pages, by reason id; read once per build and locale. */
export function reasonProse(locale: Locale): Promise<Map<ReasonId, ReasonProse>> {
  let prose = reasonsByLocale.get(locale);
  if (!prose) {
    prose = getCollection('reasons', (e) => parseContentId(e.id)?.locale === locale).then(
      (entries) => new Map(entries.map((e) => [parseContentId(e.id)!.key as ReasonId, e])),
    );
    reasonsByLocale.set(locale, prose);
  }
  return prose;
}

/** A reason's title, summary and one-line advice in a locale, for lists and links. */
export interface ReasonListItem {
  id: ReasonId;
  title: string;
  summary: string;
  advice: string;
}

/** Title, summary and advice of each reason in a locale. */
export async function reasonListItems(locale: Locale, ids: readonly ReasonId[]): Promise<ReasonListItem[]> {
  const prose = await reasonProse(locale);
  return ids.map((id) => {
    const entry = prose.get(id);
    if (!entry) throw new Error(`content/${locale}/reasons/${id}.mdx: missing`);
    return { id, title: entry.data.title, summary: entry.data.summary, advice: entry.data.advice };
  });
}

/** Every reason's title in a locale, by id: what <ReasonLink> shows. */
export async function reasonTitles(locale: Locale): Promise<Map<ReasonId, string>> {
  const prose = await reasonProse(locale);
  return new Map([...prose].map(([id, e]) => [id, e.data.title]));
}
