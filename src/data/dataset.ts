/**
 * Loads the dataset: validates every entry against the schema, runs the invariants and adds the
 * derived facts. Any problem throws a `DatasetError` naming the entry and the field, so an invalid
 * entry fails the build.
 */
import { BASIC_CODES } from './basic-codes.ts';
import { deriveFacts, type DerivedFacts } from './derive.ts';
import { ALL_CHECKS } from './invariants.ts';
import { basicCodeSchema, type BasicCodeEntry } from './schema.ts';

/** A basic reply code with its validated facts and the facts derived from the code. */
export type BasicCode = BasicCodeEntry & DerivedFacts;

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

/** Names an entry by its code when it has a readable one, else by its position. */
function entryName(input: unknown, index: number): string {
  const code = (input as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : `#${index + 1}`;
}

/** Validates raw entries; throws a `DatasetError` listing every problem found. */
export function loadBasicCodes(inputs: readonly unknown[]): BasicCode[] {
  const problems: string[] = [];
  const entries: BasicCodeEntry[] = [];
  inputs.forEach((input, index) => {
    const result = basicCodeSchema.safeParse(input);
    if (result.success) entries.push(result.data);
    else {
      for (const issue of result.error.issues) {
        problems.push(`entry ${entryName(input, index)}, field ${formatPath(issue.path) || '(entry)'}: ${issue.message}`);
      }
    }
  });
  if (problems.length === 0) {
    for (const check of Object.values(ALL_CHECKS)) problems.push(...check(entries));
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return entries
    .map((e) => ({ ...e, ...deriveFacts(e.code) }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Every basic reply code, validated, in numeric order. */
export const basicCodes: readonly BasicCode[] = loadBasicCodes(BASIC_CODES);

const byCode = new Map(basicCodes.map((c) => [c.code, c]));

/** The entry for a code, or undefined when the dataset has no such code. */
export function findBasicCode(code: string): BasicCode | undefined {
  return byCode.get(code);
}
