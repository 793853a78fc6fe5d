/**
 * Enhanced status code pages, derived from the registry rows and the provider codes (principle 2):
 * which class variants of a row exist, which basic codes each comes with, and which recorded
 * replies carry it. RFC 3463 §2: class.subject.detail, where the class repeats the outcome.
 */
import { codePairsIn } from './code-patterns.ts';
import type { BasicCodeEntry, ProviderCode, RegistryRow, Reply, SenderAction } from './schema.ts';

export type EnhancedClass = '2' | '4' | '5';

/** The subjects of RFC 3463 §2: 0 other, 1 addressing, 2 mailbox, 3 mail system, 4 network and
 * routing, 5 delivery protocol, 6 content or media, 7 security or policy. */
export const ENHANCED_SUBJECTS = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;
export type EnhancedSubject = (typeof ENHANCED_SUBJECTS)[number];

export interface EnhancedCode {
  /** The code as sent, e.g. "5.1.1". */
  code: string;
  classDigit: EnhancedClass;
  subjectDigit: EnhancedSubject;
  detail: string;
  /** Its registry row; undefined for a provider's code that the registry does not have. */
  row: RegistryRow | undefined;
  /** Basic codes it comes with in this class, from the registry and the providers. */
  basic: string[];
  /** True when the registry allows it with any basic code. */
  anyBasic: boolean;
  /** How providers document their use of this exact code. */
  providers: ProviderCode[];
  /** Recorded replies that carry it, verbatim. */
  replies: Reply[];
  /** The last code of the range a provider documents as one with this code, if any. */
  through?: string;
}

/**
 * What a sending server should do, from the class alone (RFC 3463 §2): 4.X.X may succeed if
 * retried, 5.X.X will not succeed if resent unchanged.
 */
export const SENDER_ACTION_BY_CLASS = { '2': 'nothing', '4': 'retry-later', '5': 'do-not-retry' } as const satisfies Record<
  EnhancedClass,
  SenderAction
>;

/** The registry key of a code: "5.1.1" → "X.1.1". */
export const rowKey = (code: string) => code.replace(/^[245]\./, 'X.');

/** The code of a row in a class: ("X.1.1", "5") → "5.1.1". */
export const codeOfRow = (row: string, classDigit: EnhancedClass) => row.replace(/^X\./, `${classDigit}.`);

/**
 * The classes a registry row is published in: the classes of its associated basic codes;
 * 4 and 5 when the registry names none; 2, 4 and 5 for "Any".
 */
export function rowClasses(row: RegistryRow): EnhancedClass[] {
  if (row.associated === 'any') return ['2', '4', '5'];
  if (row.associated === 'none') return ['4', '5'];
  const classes = new Set<string>([...row.associated.codes.map((c) => c[0]!), ...(row.associated.otherClasses ?? [])]);
  return (['2', '4', '5'] as const).filter((c) => classes.has(c));
}


/** Every enhanced code in a reply: the code that follows a basic code, as in "550 5.1.1" or "550-5.1.1". */
export function enhancedCodesIn(text: string): string[] {
  return codePairsIn(text).map((p) => p.enhanced);
}

/** All enhanced code pages, in code order within class order. */
export function deriveEnhancedCodes(
  basic: readonly BasicCodeEntry[],
  registry: readonly RegistryRow[],
  providers: readonly ProviderCode[],
): EnhancedCode[] {
  const rows = new Map(registry.map((r) => [r.row, r]));
  const codes = new Set<string>();
  for (const r of registry) for (const c of rowClasses(r)) codes.add(codeOfRow(r.row, c));
  for (const p of providers) codes.add(p.code);
  const allReplies = [...basic.flatMap((b) => b.replies), ...providers.flatMap((p) => p.replies)];

  return [...codes]
    .map((code): EnhancedCode => {
      const [classDigit, subjectDigit, detail] = code.split('.') as [EnhancedClass, EnhancedSubject, string];
      const row = rows.get(rowKey(code));
      const usages = providers.filter((p) => p.code === code);
      const fromRegistry =
        row && typeof row.associated !== 'string' ? row.associated.codes.filter((c) => c[0] === classDigit) : [];
      const through = usages.find((p) => p.through)?.through;
      // A range a provider documents as one (5.2.251 through 5.2.255) is one page: it shows the
      // replies of every code in the range.
      const carries = (c: string) => c === code || (through !== undefined && inRange(c, code, through));
      const replies = allReplies.filter((r, i, all) => enhancedCodesIn(r.text).some(carries) && all.indexOf(r) === i);
      // "Sent with" cannot disagree with the recorded replies: the basic codes they carry this code
      // with join the registry's and the providers' (RFC 3463 §2: the class matches the basic code's).
      const fromReplies = replies.flatMap((r) => codePairsIn(r.text).filter((p) => carries(p.enhanced)).map((p) => p.basic));
      return {
        code,
        classDigit,
        subjectDigit,
        detail,
        row,
        basic: [...new Set([...fromRegistry, ...usages.flatMap((p) => p.basic), ...fromReplies])].sort(),
        anyBasic: row?.associated === 'any',
        providers: usages,
        replies,
        through,
      };
    })
    .sort((a, b) => compareEnhanced(a.code, b.code));
}

/**
 * Every code inside a range a provider documents as one (4.7.500 through 4.7.699) that has no page
 * of its own, with the range's page: the address /codes/4.7.650/ leads to the range's page.
 */
export function rangeMembers(codes: readonly EnhancedCode[]): { code: string; range: EnhancedCode }[] {
  const own = new Set(codes.map((e) => e.code));
  return codes.flatMap((range) => {
    if (!range.through) return [];
    const last = Number(range.through.split('.')[2]);
    const prefix = `${range.classDigit}.${range.subjectDigit}.`;
    return Array.from({ length: last - Number(range.detail) }, (_, i) => `${prefix}${Number(range.detail) + i + 1}`)
      .filter((code) => !own.has(code))
      .map((code) => ({ code, range }));
  });
}

/** Whether a code lies in the range from `first` to `last`, both included (same class and subject). */
export function inRange(code: string, first: string, last: string): boolean {
  const [c, s] = code.split('.');
  const [fc, fs] = first.split('.');
  return c === fc && s === fs && compareEnhanced(code, first) >= 0 && compareEnhanced(code, last) <= 0;
}

/** Orders enhanced codes numerically, part by part: 5.1.2 before 5.1.10. */
export function compareEnhanced(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]!;
}

/**
 * The prose file key of an enhanced code: its registry row, whose one file serves every class
 * variant ("X.1.1" for 4.1.1 and 5.1.1), or the code itself when the registry does not have it.
 */
export const proseKeyOf = (e: Pick<EnhancedCode, 'code' | 'row'>) => e.row?.row ?? e.code;
