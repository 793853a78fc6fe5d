/**
 * Loads the dataset: validates every entry against its schema, runs the invariants and adds the
 * derived facts. Any problem throws a `DatasetError` naming the entry and the field, so an invalid
 * entry fails the build.
 */
import type { z } from 'astro/zod';
import { deriveFacts, type DerivedFacts } from './derive.ts';
import { codeOfRow, deriveEnhancedCodes, proseKeyOf, rangeMembers, type EnhancedCode } from './enhanced.ts';
import { ALL_CHECKS } from './invariants.ts';
import type { Blocklist, Reason, ReasonId, Sender, Signature } from './reason-schema.ts';
import type { basicCodeSchema, providerCodeSchema, registryRowSchema } from './schema.ts';
import { LISTS, SOURCES, type DatasetEntries, type DefaultReasons, type ListName, type Sources } from './sources.ts';

/** A basic reply code with its validated facts and the facts derived from the code. */
export type BasicCode = z.infer<typeof basicCodeSchema> & DerivedFacts;

export interface Dataset {
  basic: BasicCode[];
  registry: z.infer<typeof registryRowSchema>[];
  providers: z.infer<typeof providerCodeSchema>[];
  enhanced: EnhancedCode[];
  reasons: Reason[];
  blocklists: Blocklist[];
  senders: Sender[];
  signatures: Signature[];
  defaults: DefaultReasons;
}

export class DatasetError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid SMTP code dataset:\n  - ${problems.join('\n  - ')}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** Formats a schema path such as ['definitions', 0, 'source'] as "definitions[0].source". */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates one list against its schema, naming each invalid entry by its key (or its position). */
function parseList<K extends ListName>(name: K, inputs: readonly unknown[], problems: string[]): DatasetEntries[K] {
  const { schema, label, nameOf } = LISTS[name];
  return inputs.flatMap((input, index) => {
    const result = schema.safeParse(input);
    if (result.success) return [result.data];
    const key = nameOf((input ?? {}) as Record<string, unknown>);
    const entry = `${label} ${typeof key === 'string' && key && !key.includes('undefined') ? key : `#${index + 1}`}`;
    for (const issue of result.error.issues) {
      problems.push(`${entry}, field ${formatPath(issue.path) || '(entry)'}: ${issue.message}`);
    }
    return [];
  }) as unknown as DatasetEntries[K];
}

export { SOURCES };

/** Validates every list of the dataset, then runs the invariants; throws a `DatasetError` listing every problem. */
export function loadDataset(inputs: Sources): Dataset {
  const problems: string[] = [];
  const parsed = Object.fromEntries(
    (Object.keys(LISTS) as ListName[]).map((name) => [name, parseList(name, inputs[name], problems)]),
  ) as { [K in ListName]: DatasetEntries[K] };
  const entries: DatasetEntries = { ...parsed, defaults: inputs.defaults };
  if (problems.length === 0) {
    for (const check of Object.values(ALL_CHECKS)) problems.push(...check(entries));
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return {
    basic: entries.basic.map((e) => ({ ...e, ...deriveFacts(e.code) })).sort((a, b) => a.code.localeCompare(b.code)),
    registry: [...entries.registry],
    providers: [...entries.providers],
    enhanced: deriveEnhancedCodes(entries.basic, entries.registry, entries.providers),
    reasons: [...entries.reasons],
    blocklists: [...entries.blocklists],
    senders: [...entries.senders],
    signatures: [...entries.signatures],
    defaults: entries.defaults,
  };
}

export const dataset: Dataset = loadDataset(SOURCES);

/** Every basic reply code, validated, in numeric order. */
export const basicCodes: readonly BasicCode[] = dataset.basic;
/** Every enhanced status code page, registry and provider codes alike. */
export const enhancedCodes: readonly EnhancedCode[] = dataset.enhanced;
/** Every reason, in the order of the reason index (REASON_IDS). */
export const reasons: readonly Reason[] = dataset.reasons;

const reasonById = new Map(reasons.map((r) => [r.id, r]));
/** The facts of a reason. */
export function findReason(id: ReasonId): Reason {
  return reasonById.get(id)!;
}

/** Codes inside a documented range without a page of their own, each with its range's page. */
export const codesInRanges = rangeMembers(enhancedCodes);

const basicByCode = new Map(basicCodes.map((c) => [c.code, c]));
const enhancedByCode = new Map(enhancedCodes.map((c) => [c.code, c]));

/** The entry for a basic code, or undefined when the dataset has no such code. */
export function findBasicCode(code: string): BasicCode | undefined {
  return basicByCode.get(code);
}

/** The enhanced code page for a code, or undefined when there is none. */
export function findEnhancedCode(code: string): EnhancedCode | undefined {
  return enhancedByCode.get(code);
}

/** The enhanced codes that come with a basic code, as the registry and the providers record them. */
export function enhancedCodesWith(basic: string): EnhancedCode[] {
  return enhancedCodes.filter((e) => e.basic.includes(basic));
}

/**
 * The key of every prose file the dataset needs, per locale: each basic code, each registry row
 * (one file for its class variants), and each provider code the registry does not have.
 */
export const proseKeys: readonly string[] = [
  ...basicCodes.map((c) => c.code),
  ...new Set(enhancedCodes.map(proseKeyOf)),
];

/** The other class variants of an enhanced code's registry row, e.g. 4.1.1 for 5.1.1. */
export function classVariantsOf(e: EnhancedCode): EnhancedCode[] {
  return enhancedCodes.filter((other) => e.row && other.row === e.row && other.code !== e.code);
}

/** For a code of a deprecated row, the code to use instead: same class when it exists, else any. */
export function replacementOf(e: EnhancedCode): EnhancedCode | undefined {
  const row = e.row?.deprecatedFor;
  if (!row) return undefined;
  return findEnhancedCode(codeOfRow(row, e.classDigit)) ?? enhancedCodes.find((other) => other.row?.row === row);
}
