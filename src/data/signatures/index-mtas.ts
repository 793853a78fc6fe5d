import * as postfix from './postfix.ts';
/** Signatures of MTAs, delivery agents and filters. */
export const MTA_SIGNATURE_MODULES = [postfix];
