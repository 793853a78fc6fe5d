/**
 * Named, single-purpose checks over the whole dataset (principle 4). Each returns the problems it
 * finds as messages that name the entry and the field; an empty list means the check passes.
 */
import { RFCS } from './rfcs.ts';
import type { BasicCodeEntry } from './schema.ts';

export type Check = (entries: readonly BasicCodeEntry[]) => string[];

/** No code appears twice. */
export const codesAreUnique: Check = (entries) => {
  const seen = new Set<string>();
  return entries.flatMap((e) => {
    if (seen.has(e.code)) return [`entry ${e.code}, field code: appears more than once`];
    seen.add(e.code);
    return [];
  });
};

/** Every related code exists in the dataset and is not the code itself. */
export const relatedCodesExist: Check = (entries) => {
  const codes = new Set(entries.map((e) => e.code));
  return entries.flatMap((e) =>
    e.related.flatMap((r, i) => {
      if (r === e.code) return [`entry ${e.code}, field related[${i}]: a code cannot be related to itself`];
      if (!codes.has(r)) return [`entry ${e.code}, field related[${i}]: unknown code ${r}`];
      return [];
    }),
  );
};

/** Every cited RFC is listed in rfcs.ts, so that its title and address are known. */
export const citedRfcsAreKnown: Check = (entries) =>
  entries.flatMap((e) =>
    e.definitions.flatMap((d, i) =>
      'rfc' in d.source && !(d.source.rfc in RFCS)
        ? [`entry ${e.code}, field definitions[${i}].source.rfc: RFC ${d.source.rfc} is not listed in rfcs.ts`]
        : [],
    ),
  );

/** `registry-only` codes cite only the registry; `standard` codes cite at least one RFC. */
export const statusMatchesSources: Check = (entries) =>
  entries.flatMap((e) => {
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
export const handlingMatchesClass: Check = (entries) =>
  entries.flatMap((e) => {
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
export const actorsMatchAction: Check = (entries) =>
  entries.flatMap((e) => {
    const nobody = e.actors.includes('nobody');
    if (nobody !== (e.senderAction === 'nothing')) {
      return [`entry ${e.code}, field actors: "nobody" goes with senderAction "nothing", and only with it`];
    }
    if (nobody && e.actors.length > 1) return [`entry ${e.code}, field actors: "nobody" cannot be combined with others`];
    return [];
  });

/** Every check, run in this order when the dataset loads. */
export const ALL_CHECKS: Readonly<Record<string, Check>> = {
  codesAreUnique,
  relatedCodesExist,
  citedRfcsAreKnown,
  statusMatchesSources,
  handlingMatchesClass,
  actorsMatchAction,
};
