/** The entries of the JSON API (src/lib/api-schema.ts), from the dataset and the prose of every locale. */
import { codeListItems } from './collections.ts';
import type { ApiCode } from './lib/api-schema.ts';
import { basicCodes, enhancedCodes, enhancedCodesWith } from './data/dataset.ts';
import { OUTCOMES } from './data/derive.ts';
import { byLocale, LOCALES } from './i18n/locales.ts';
import { codePath, withBase } from './lib/routes.ts';

/** Every code as the API lists it; `site` is the public address the URLs start with. */
export async function apiEntries(site: URL): Promise<ApiCode[]> {
  const codes = [...basicCodes.map((c) => c.code), ...enhancedCodes.map((e) => e.code)];
  const items = await Promise.all(LOCALES.map((l) => codeListItems(l, codes)));
  const text = (i: number) => ({
    titles: byLocale((l) => items[LOCALES.indexOf(l)]![i]!.title),
    summaries: byLocale((l) => items[LOCALES.indexOf(l)]![i]!.summary),
  });
  const urls = (code: string) => byLocale((l) => new URL(withBase(codePath(l, code)), site).href);
  const basic = basicCodes.map((c, i): ApiCode => {
    const { code, replies: _replies, classDigit, subjectDigit: _s, replyClass: _c, replySubject: _r, outcome, ...facts } = c;
    return {
      kind: 'basic',
      code,
      class: classDigit,
      outcome,
      ...text(i),
      urls: urls(code),
      facts,
      enhancedCodes: enhancedCodesWith(code).map((e) => e.code),
    };
  });
  const enhanced = enhancedCodes.map(
    (e, i): ApiCode => ({
      kind: 'enhanced',
      code: e.code,
      class: e.classDigit,
      outcome: OUTCOMES[e.classDigit],
      ...text(basicCodes.length + i),
      urls: urls(e.code),
      ...(e.row ? { registryRow: e.row.row, registryText: e.row.text } : {}),
      ...(e.row?.deprecatedFor ? { deprecatedFor: e.row.deprecatedFor } : {}),
      ...(e.through ? { through: e.through } : {}),
      basicCodes: e.basic,
      anyBasicCode: e.anyBasic,
      providers: e.providers.map((p) => ({ provider: p.provider, basicCodes: p.basic, source: p.source.url })),
    }),
  );
  return [...basic, ...enhanced];
}
