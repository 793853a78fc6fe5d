/**
 * Named, single-purpose checks over the whole dataset (principle 4). Each returns the problems it
 * finds as messages that name the entry and the field; an empty list means the check passes.
 */
import { COMMAND_REPLIES, type CommandReplyRow } from './command-replies.ts';
import { REASON_CHECKS } from './reason-invariants.ts';
import { RFCS } from './rfcs.ts';
import type { DatasetEntries } from './sources.ts';

export type { DatasetEntries };

export type Check = (d: DatasetEntries) => string[];

/** Messages for every key that appears more than once. */
function repeated<T>(items: readonly T[], key: (item: T) => string, describe: (key: string) => string): string[] {
  const seen = new Set<string>();
  return items.flatMap((item) => {
    const k = key(item);
    if (seen.has(k)) return [describe(k)];
    seen.add(k);
    return [];
  });
}

/** No basic code, registry row, provider code (per provider), reason, blocklist, sender or signature appears twice. */
export const keysAreUnique: Check = ({ basic, registry, providers, reasons, blocklists, senders, signatures }) => [
  ...repeated(basic, (e) => e.code, (k) => `entry ${k}, field code: appears more than once`),
  ...repeated(registry, (r) => r.row, (k) => `registry row ${k}, field row: appears more than once`),
  ...repeated(providers, (p) => `${p.provider} ${p.code}`, (k) => `provider code ${k}: appears more than once`),
  ...repeated(reasons, (r) => r.id, (k) => `reason ${k}, field id: appears more than once`),
  ...repeated(blocklists, (b) => b.id, (k) => `blocklist ${k}, field id: appears more than once`),
  ...repeated(senders, (s) => s.id, (k) => `sender ${k}, field id: appears more than once`),
  ...repeated(signatures, (s) => s.id, (k) => `signature ${k}, field id: appears more than once`),
];

/** Every related code exists in the dataset and is not the code itself. */
export const relatedCodesExist: Check = ({ basic }) => {
  const codes = new Set(basic.map((e) => e.code));
  return basic.flatMap((e) =>
    e.related.flatMap((r, i) => {
      if (r === e.code) return [`entry ${e.code}, field related[${i}]: a code cannot be related to itself`];
      if (!codes.has(r)) return [`entry ${e.code}, field related[${i}]: unknown code ${r}`];
      return [];
    }),
  );
};

/** Every cited RFC is listed in rfcs.ts, so that its title and address are known. */
export const citedRfcsAreKnown: Check = ({ basic, registry }) => [
  ...basic.flatMap((e) =>
    e.definitions.flatMap((d, i) =>
      'rfc' in d.source && !(d.source.rfc in RFCS)
        ? [`entry ${e.code}, field definitions[${i}].source.rfc: RFC ${d.source.rfc} is not listed in rfcs.ts`]
        : [],
    ),
  ),
  ...registry.flatMap((r) =>
    r.references.flatMap((ref, i) =>
      'rfc' in ref && !(ref.rfc in RFCS)
        ? [`registry row ${r.row}, field references[${i}].rfc: RFC ${ref.rfc} is not listed in rfcs.ts`]
        : [],
    ),
  ),
];

/** `registry-only` codes cite only the registry; `standard` codes cite at least one RFC. */
export const statusMatchesSources: Check = ({ basic }) =>
  basic.flatMap((e) => {
    const rfcCount = e.definitions.filter((d) => 'rfc' in d.source).length;
    if (e.status === 'registry-only' && rfcCount > 0) {
      return [`entry ${e.code}, field status: registry-only, but definitions cite an RFC`];
    }
    if (e.status === 'standard' && rfcCount === 0) {
      return [`entry ${e.code}, field status: standard, but no definition cites an RFC`];
    }
    return [];
  });

/**
 * Bounce type and sender action agree with the first digit (RFC 5321 §4.2.1): 2yz and 3yz are not
 * bounces and need nothing; 4yz is never a hard bounce; 5yz is never simply retried later.
 */
export const handlingMatchesClass: Check = ({ basic }) =>
  basic.flatMap((e) => {
    const digit = e.code[0];
    const problems: string[] = [];
    if (digit === '2' || digit === '3') {
      if (e.bounce !== 'none') problems.push(`entry ${e.code}, field bounce: a ${digit}yz reply is not a bounce`);
      if (e.senderAction !== 'nothing') problems.push(`entry ${e.code}, field senderAction: a ${digit}yz reply needs nothing`);
    } else {
      if (digit === '4' && e.bounce === 'hard') problems.push(`entry ${e.code}, field bounce: a 4yz reply is transient, never a hard bounce`);
      if (digit === '5' && e.senderAction === 'retry-later') problems.push(`entry ${e.code}, field senderAction: a 5yz reply must not be retried unchanged`);
      if (digit === '5' && e.bounce === 'none') problems.push(`entry ${e.code}, field bounce: a 5yz reply to a message is a bounce`);
    }
    return problems;
  });

/** `nobody` acts exactly when there is nothing to do, and then nobody else is named. */
export const actorsMatchAction: Check = ({ basic }) =>
  basic.flatMap((e) => {
    const nobody = e.actors.includes('nobody');
    if (nobody !== (e.senderAction === 'nothing')) {
      return [`entry ${e.code}, field actors: "nobody" goes with senderAction "nothing", and only with it`];
    }
    if (nobody && e.actors.length > 1) return [`entry ${e.code}, field actors: "nobody" cannot be combined with others`];
    return [];
  });

/** Basic codes named by registry rows and provider codes exist in the basic-code dataset. */
export const associatedCodesExist: Check = ({ basic, registry, providers }) => {
  const codes = new Set(basic.map((e) => e.code));
  return [
    ...registry.flatMap((r) =>
      typeof r.associated === 'string'
        ? []
        : r.associated.codes.flatMap((c, i) =>
            codes.has(c) ? [] : [`registry row ${r.row}, field associated.codes[${i}]: unknown basic code ${c}`],
          ),
    ),
    ...providers.flatMap((p) =>
      p.basic.flatMap((c, i) => (codes.has(c) ? [] : [`provider code ${p.provider} ${p.code}, field basic[${i}]: unknown basic code ${c}`])),
    ),
  ];
};

/** A provider sends an enhanced code with basic codes of the same class (RFC 3463 §2). */
export const providerClassesMatch: Check = ({ providers }) =>
  providers.flatMap((p) =>
    p.basic.flatMap((c, i) =>
      c[0] === p.code[0] ? [] : [`provider code ${p.provider} ${p.code}, field basic[${i}]: ${c} is not of class ${p.code[0]}`],
    ),
  );

/** A documented range stays within one class and subject and runs upwards (4.7.500 through 4.7.699). */
export const rangesAreOrdered: Check = ({ providers }) =>
  providers.flatMap((p) => {
    if (!p.through) return [];
    const [c, s, d] = p.code.split('.');
    const [tc, ts, td] = p.through.split('.');
    return c === tc && s === ts && Number(td) > Number(d)
      ? []
      : [`provider code ${p.provider} ${p.code}, field through: ${p.through} must be a later code of the same class and subject`];
  });

/** A deprecated row points at a row that exists and is not deprecated itself. */
export const deprecationsResolve: Check = ({ registry }) => {
  const live = new Set(registry.filter((r) => !r.deprecatedFor).map((r) => r.row));
  return registry.flatMap((r) =>
    r.deprecatedFor && !live.has(r.deprecatedFor)
      ? [`registry row ${r.row}, field deprecatedFor: ${r.deprecatedFor} is not a current row`]
      : [],
  );
};

/** A version number: digits, with dotted parts where the software has them ("3.7", "4.97", "1.03"). */
const VERSION_NUMBER = /\d+(?:\.\d+)*/;

/**
 * Why `versions` does not read as a version formula ("Postfix ≥ 3.7", "qmail 1.03, netqmail 1.06"),
 * or undefined when it does. A formula names at least one version number and is not a sentence:
 * no full stop at the end, no quotation marks, no addresses, at most 80 characters.
 */
function versionsProblem(versions: string): string | undefined {
  if (!VERSION_NUMBER.test(versions)) return 'names no version number';
  if (/[.!?]$/.test(versions)) return 'ends like a sentence';
  if (/["“”«»]/.test(versions)) return 'quotes text';
  if (/:\/\//.test(versions)) return 'contains an address';
  if (versions.length > 80) return 'is longer than 80 characters';
  return undefined;
}

/**
 * Every recorded reply's `versions` reads as a short version formula such as "Postfix ≥ 3.7", so that
 * pages can print it after the sender's name; what changed between versions belongs in a comment.
 */
export const versionsAreFormulas: Check = ({ basic, providers }) => {
  const check = (owner: string, replies: readonly { versions?: string | undefined }[]) =>
    replies.flatMap((r, i) => {
      const problem = r.versions === undefined ? undefined : versionsProblem(r.versions);
      return problem
        ? [`${owner}, field replies[${i}].versions: "${r.versions}" ${problem}; write a version formula such as "Postfix ≥ 3.7"`]
        : [];
    });
  return [
    ...basic.flatMap((e) => check(`entry ${e.code}`, e.replies)),
    ...providers.flatMap((p) => check(`provider code ${p.provider} ${p.code}`, p.replies)),
  ];
};

/** How a command-reply row names its source in a message: "RFC 5321 §4.3.2" or "registry row X.7.10". */
const describeSource = (row: CommandReplyRow) =>
  'rfc' in row.source ? `RFC ${row.source.rfc} §${row.source.section}` : `registry row ${row.source.registry}`;

/**
 * A basic code's stages include every command the command-reply table (command-replies.ts: RFC 5321
 * §4.3.2 and the extension RFCs) lists it for. `any` in stages covers every command but the greeting.
 * Made a factory so that tests can run it against another table.
 */
export function stagesCoverCommandRepliesOf(rows: readonly CommandReplyRow[]): Check {
  return ({ basic }) =>
    basic.flatMap((e) => {
      const stages = new Set<string>(e.stages);
      const covers = (stage: string) => stages.has(stage) || (stage !== 'greeting' && stages.has('any'));
      return rows.flatMap((row) => {
        if (!row.replies.some((group) => group.codes.includes(e.code))) return [];
        const missing = row.stages.filter((stage) => !covers(stage));
        return missing.length === 0
          ? []
          : [`entry ${e.code}, field stages: ${describeSource(row)} lists ${e.code} for ${row.command}, but stages leave out ${missing.join(', ')}`];
      });
    });
}

/** The check above against the real table. */
export const stagesCoverCommandReplies: Check = stagesCoverCommandRepliesOf(COMMAND_REPLIES);

/** Every check, run in this order when the dataset loads. */
export const ALL_CHECKS: Readonly<Record<string, Check>> = {
  keysAreUnique,
  relatedCodesExist,
  citedRfcsAreKnown,
  statusMatchesSources,
  handlingMatchesClass,
  actorsMatchAction,
  associatedCodesExist,
  providerClassesMatch,
  rangesAreOrdered,
  deprecationsResolve,
  stagesCoverCommandReplies,
  versionsAreFormulas,
  ...REASON_CHECKS,
};
