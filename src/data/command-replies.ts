/**
 * Which replies each command can get, as the RFCs list them: RFC 5321 §4.3.2 ("Command-Reply
 * Sequences") and the equivalent lists of the extensions (STARTTLS, AUTH, ETRN, ATRN), plus the
 * registry rows of RFC 5248 whose description names the AUTH command.
 *
 * Each row keeps the codes verbatim and in the RFC's order. RFC 5321 §4.3.2 prefixes them with
 * "I" (intermediate), "S" (success) and "E" (error); the extension RFCs list codes without a prefix,
 * and there a 2yz or 3yz code is recorded as S or I and a 4yz or 5yz code as E. `stages` maps the
 * command to the dataset's STAGES (schema.ts); invariant `stagesCoverCommandReplies` (invariants.ts)
 * checks every basic code against this table. No astro:* imports, so tests run on plain Node.
 */
import type { RfcReference, Stage } from './schema.ts';

/** A registry row of RFC 5248 as the source, where its description names the command. */
export interface RegistrySource {
  registry: string;
}

/** How an RFC labels a reply in its command-reply list. */
export type ReplyRole = 'I' | 'S' | 'E';

export interface CommandReplyRow {
  /** The command as the source names it, e.g. "EHLO or HELO", "DATA, after <CRLF>.<CRLF>". */
  command: string;
  /** The dataset stages the command corresponds to. `any` stands for any command but the greeting. */
  stages: readonly Stage[];
  /** Where the list is printed: an RFC section, or a registry row whose description names the command. */
  source: RfcReference | RegistrySource;
  /** The replies in the source's order, grouped by their label. */
  replies: ReadonlyArray<{ role: ReplyRole; codes: readonly string[] }>;
  /** What the source adds to a row, where the codes alone would mislead. */
  note?: string;
}

const s5321 = { rfc: 5321, section: '4.3.2' } as const;

export const COMMAND_REPLIES: readonly CommandReplyRow[] = [
  // RFC 5321 §4.3.2: "any SMTP command can return any of the following codes if the corresponding
  // unusual circumstances are encountered: 500 … 501 … 421".
  {
    command: 'any command',
    stages: ['any'],
    source: s5321,
    replies: [{ role: 'E', codes: ['500', '501', '421'] }],
  },
  {
    command: 'CONNECTION ESTABLISHMENT',
    stages: ['greeting'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['220'] },
      { role: 'E', codes: ['554'] },
    ],
  },
  {
    command: 'EHLO or HELO',
    stages: ['ehlo'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['250'] },
      { role: 'E', codes: ['504', '550', '502'] },
    ],
    note: '504 only "in fairly obscure cases"; 502 only from an old-style server that does not support EHLO',
  },
  {
    command: 'MAIL',
    stages: ['mail'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['250'] },
      { role: 'E', codes: ['552', '451', '452', '550', '553', '503', '455', '555'] },
    ],
  },
  {
    command: 'RCPT',
    stages: ['rcpt'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['250', '251'] },
      { role: 'E', codes: ['550', '551', '552', '553', '450', '451', '452', '503', '455', '555'] },
    ],
  },
  {
    command: 'DATA',
    stages: ['data'],
    source: s5321,
    replies: [
      { role: 'I', codes: ['354'] },
      { role: 'E', codes: ['503', '554'] },
    ],
  },
  {
    command: 'DATA, after <CRLF>.<CRLF>',
    stages: ['end-of-data'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['250'] },
      { role: 'E', codes: ['552', '554', '451', '452'] },
      { role: 'E', codes: ['450', '550'] },
    ],
    note: '450 and 550 as "rejections for policy reasons"',
  },
  {
    command: 'RSET',
    stages: ['any'],
    source: s5321,
    replies: [{ role: 'S', codes: ['250'] }],
  },
  {
    command: 'VRFY',
    stages: ['vrfy-expn'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['250', '251', '252'] },
      { role: 'E', codes: ['550', '551', '553', '502', '504'] },
    ],
  },
  {
    command: 'EXPN',
    stages: ['vrfy-expn'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['250', '252'] },
      { role: 'E', codes: ['550', '500', '502', '504'] },
    ],
  },
  {
    command: 'HELP',
    stages: ['help'],
    source: s5321,
    replies: [
      { role: 'S', codes: ['211', '214'] },
      { role: 'E', codes: ['502', '504'] },
    ],
  },
  {
    command: 'NOOP',
    stages: ['any'],
    source: s5321,
    replies: [{ role: 'S', codes: ['250'] }],
  },
  {
    command: 'QUIT',
    stages: ['quit'],
    source: s5321,
    replies: [{ role: 'S', codes: ['221'] }],
  },

  // RFC 3207 §4: "the server responds with one of the following reply codes: 220 Ready to start TLS,
  // 501 Syntax error (no parameters allowed), 454 TLS not available due to temporary reason".
  {
    command: 'STARTTLS',
    stages: ['starttls'],
    source: { rfc: 3207, section: '4' },
    replies: [
      { role: 'S', codes: ['220'] },
      { role: 'E', codes: ['501', '454'] },
    ],
  },
  // RFC 3207 §4: a server that requires TLS "SHOULD return the reply code 530 Must issue a STARTTLS
  // command first to every command other than NOOP, EHLO, STARTTLS, or QUIT".
  {
    command: 'any command other than NOOP, EHLO, STARTTLS or QUIT, before STARTTLS',
    stages: ['any'],
    source: { rfc: 3207, section: '4' },
    replies: [{ role: 'E', codes: ['530'] }],
  },

  // RFC 4954 §4: 334 challenges; 504 for an invalid mechanism; 501 for a cancelled exchange ("*"), an
  // undecodable response or a misplaced initial response; 503 for a second AUTH or AUTH during a
  // mail transaction; 500 for a response longer than the authentication buffer; 535 when the server
  // cannot authenticate the client; 235 on success.
  {
    command: 'AUTH',
    stages: ['auth'],
    source: { rfc: 4954, section: '4' },
    replies: [
      { role: 'I', codes: ['334'] },
      { role: 'S', codes: ['235'] },
      { role: 'E', codes: ['503', '504', '501', '500', '535'] },
    ],
  },
  // RFC 4954 §6, "Status Codes": each is described as a "response to the AUTH command".
  {
    command: 'AUTH',
    stages: ['auth'],
    source: { rfc: 4954, section: '6' },
    replies: [
      { role: 'S', codes: ['235'] },
      { role: 'E', codes: ['432', '454', '534', '535', '500', '538'] },
    ],
    note: '538 is "documented here for historical purposes only"',
  },
  // RFC 4954 §6: 530 "SHOULD be returned by any command other than AUTH, EHLO, HELO, NOOP, RSET, or
  // QUIT when server policy requires authentication".
  {
    command: 'any command other than AUTH, EHLO, HELO, NOOP, RSET or QUIT, before AUTH',
    stages: ['any'],
    source: { rfc: 4954, section: '6' },
    replies: [{ role: 'E', codes: ['530'] }],
  },
  // Registry rows whose description names AUTH. RFC 5248 registered X.7.10 (an external privacy layer
  // "is needed in order to use the requested authentication mechanism") and X.7.13 ("occurs after a
  // successful authentication to a disabled account"); X.7.11 and X.7.12 come from RFC 4954, where
  // each is a "response to the AUTH command", and the registry pairs them with 524 and 422 as well.
  { command: 'AUTH', stages: ['auth'], source: { registry: 'X.7.10' }, replies: [{ role: 'E', codes: ['523'] }] },
  { command: 'AUTH', stages: ['auth'], source: { registry: 'X.7.11' }, replies: [{ role: 'E', codes: ['524', '538'] }] },
  { command: 'AUTH', stages: ['auth'], source: { registry: 'X.7.12' }, replies: [{ role: 'E', codes: ['422', '432'] }] },
  { command: 'AUTH', stages: ['auth'], source: { registry: 'X.7.13' }, replies: [{ role: 'E', codes: ['525'] }] },

  // RFC 1985 §5.1, the ETRN return codes.
  {
    command: 'ETRN',
    stages: ['etrn'],
    source: { rfc: 1985, section: '5.1' },
    replies: [
      { role: 'S', codes: ['250', '251', '252', '253'] },
      { role: 'E', codes: ['458', '459', '500', '501'] },
    ],
  },

  // RFC 2645 §5.2.1 ("ATRN (Authenticated TURN)") and §7 ("Response Codes"), the replies to ATRN on an
  // On-Demand Mail Relay session. The RFC's text was not at hand when this row was written: the codes
  // are the ones implementations list as "all response codes described in RFC2645" (fetchmail's
  // odmr.c), and 453 is the code the RFC introduces.
  {
    command: 'ATRN',
    stages: ['atrn'],
    source: { rfc: 2645, section: '5.2.1' },
    replies: [
      { role: 'S', codes: ['250'] },
      { role: 'E', codes: ['450', '451', '453', '502', '530'] },
    ],
  },
];

/** Every stage a row requires of the codes it lists, keyed by code. */
export function requiredStages(rows: readonly CommandReplyRow[] = COMMAND_REPLIES): Map<string, CommandReplyRow[]> {
  const byCode = new Map<string, CommandReplyRow[]>();
  for (const row of rows) {
    for (const group of row.replies) {
      for (const code of group.codes) byCode.set(code, [...(byCode.get(code) ?? []), row]);
    }
  }
  return byCode;
}
