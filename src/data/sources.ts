/**
 * The lists the dataset is made of, as one registry: for each, its schema and how an invalid entry
 * is named in messages ("entry 550, field stages[0]"). src/data/dataset.ts validates every list
 * through it, so a new list needs one line here and its invariants.
 */
import type { z } from 'astro/zod';
import { BASIC_CODES } from './basic-codes.ts';
import { BASIC_DEFAULTS, ENHANCED_DEFAULTS } from './default-reasons.ts';
import { BLOCKLISTS } from './blocklists.ts';
import { REGISTRY_ROWS } from './enhanced-registry.ts';
import { PROVIDER_CODES } from './provider-codes.ts';
import { blocklistSchema, reasonSchema, senderSchema, signatureSchema, type ReasonId } from './reason-schema.ts';
import { REASONS } from './reasons.ts';
import { basicCodeSchema, providerCodeSchema, registryRowSchema } from './schema.ts';
import { SENDERS, SIGNATURES } from './signatures/index.ts';

type Fields = Record<string, unknown>;

/** Each list: its schema, the word that names its entries, and the field that names one. */
export const LISTS = {
  basic: { schema: basicCodeSchema, label: 'entry', nameOf: (i: Fields) => i.code },
  registry: { schema: registryRowSchema, label: 'registry row', nameOf: (i: Fields) => i.row },
  providers: { schema: providerCodeSchema, label: 'provider code', nameOf: (i: Fields) => `${String(i.provider)} ${String(i.code)}` },
  reasons: { schema: reasonSchema, label: 'reason', nameOf: (i: Fields) => i.id },
  blocklists: { schema: blocklistSchema, label: 'blocklist', nameOf: (i: Fields) => i.id },
  senders: { schema: senderSchema, label: 'sender', nameOf: (i: Fields) => i.id },
  signatures: { schema: signatureSchema, label: 'signature', nameOf: (i: Fields) => i.id },
} as const;

export type ListName = keyof typeof LISTS;

/** The reasons codes imply by default (src/data/default-reasons.ts), checked by invariants. */
export interface DefaultReasons {
  enhanced: Readonly<Record<string, ReasonId>>;
  basic: Readonly<Record<string, ReasonId>>;
}

/** The raw input: every list, unvalidated, and the default reasons. */
export type Sources = { readonly [K in ListName]: readonly unknown[] } & { readonly defaults: DefaultReasons };

/** Every list after validation. */
export type DatasetEntries = { readonly [K in ListName]: readonly z.infer<(typeof LISTS)[K]['schema']>[] } & {
  readonly defaults: DefaultReasons;
};

/** The project's own data. */
export const SOURCES: Sources = {
  basic: BASIC_CODES,
  registry: REGISTRY_ROWS,
  providers: PROVIDER_CODES,
  reasons: REASONS,
  blocklists: BLOCKLISTS,
  senders: SENDERS,
  signatures: SIGNATURES,
  defaults: { enhanced: ENHANCED_DEFAULTS, basic: BASIC_DEFAULTS },
};
