/**
 * Every signature, and the sender of each: one file per sender in this folder, listed in
 * index-providers.ts (mailbox providers, sending services, blocklists) and index-mtas.ts (MTAs,
 * delivery agents and filters), then the wording many servers share (common.ts). When two
 * signatures match the same text at the same place, the one listed first wins
 * (src/lib/reason-classifier.ts).
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';
import * as common from './common.ts';
import { MTA_SIGNATURE_MODULES } from './index-mtas.ts';
import { PROVIDER_SIGNATURE_MODULES } from './index-providers.ts';

const MODULES: readonly { sender: SenderInput; signatures: SignatureInput[] }[] = [...PROVIDER_SIGNATURE_MODULES, ...MTA_SIGNATURE_MODULES, common];

export const SENDERS: readonly SenderInput[] = MODULES.map((m) => m.sender);
export const SIGNATURES: readonly SignatureInput[] = MODULES.flatMap((m) => m.signatures);
