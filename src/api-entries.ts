/** The entries of the JSON API (src/lib/api-schema.ts), from the dataset and the prose of every locale. */
import { codeListItems, reasonListItems } from './collections.ts';
import type { ApiCode, ApiReason, ApiSignature } from './lib/api-schema.ts';
import { basicCodes, dataset, enhancedCodes, enhancedCodesWith, reasons } from './data/dataset.ts';
import { OUTCOMES } from './data/derive.ts';
import { blocklistsFor, codesForReason } from './data/reason-links.ts';
import { groupOf, REASON_IDS } from './data/reason-schema.ts';
import { byLocale, LOCALES, type Locale } from './i18n/locales.ts';
import { codePath, reasonPath, withBase } from './lib/routes.ts';

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

/** Every reason as /api/v1/reasons.json lists it. */
export async function apiReasonEntries(site: URL): Promise<ApiReason[]> {
  const lists = await Promise.all(LOCALES.map((l) => reasonListItems(l, REASON_IDS)));
  const item = (l: Locale, i: number) => lists[LOCALES.indexOf(l)]![i]!;
  return reasons.map((reason, i): ApiReason => {
    const codes = codesForReason(reason.id);
    return {
      id: reason.id,
      group: groupOf(reason.id),
      titles: byLocale((l) => item(l, i).title),
      summaries: byLocale((l) => item(l, i).summary),
      advice: byLocale((l) => item(l, i).advice),
      urls: byLocale((l) => new URL(withBase(reasonPath(l, reason.id)), site).href),
      bounce: reason.bounce,
      senderAction: reason.senderAction,
      actors: reason.actors,
      suppress: reason.suppress,
      tools: reason.tools,
      codes: [...codes.basic, ...codes.enhanced],
      blocklists: blocklistsFor(reason.id).map(({ reason: _reason, ...list }) => list),
    };
  });
}

/** Every signature as /api/v1/signatures.json lists it. */
export function apiSignatureEntries(): ApiSignature[] {
  const senders = new Map(dataset.senders.map((s) => [s.id, s]));
  return dataset.signatures.map((s) => {
    const sender = senders.get(s.sender)!;
    return {
      id: s.id,
      pattern: s.pattern,
      reason: s.reason,
      sender: { id: sender.id, name: sender.name, kind: sender.kind, ...(sender.docs ? { docs: sender.docs } : {}) },
      ...(s.docs ? { docs: s.docs } : {}),
      codes: s.codes,
      ...(s.versions ? { versions: s.versions } : {}),
      weak: s.weak === true,
    };
  });
}
