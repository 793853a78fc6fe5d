/**
 * Bounces written for people, without a delivery-status part: how each common MTA and provider lays
 * out its recipients and the remote server's words, and a generic reading for the rest. Works on
 * the text of the report part only: the quoted original message is cut off first, so its addresses
 * and numbers never leak into the report.
 */
import type { Action } from './delivery-status.ts';
import { REPORT_WORDS } from './wording.ts';

export interface TextRecipient {
  address?: string;
  action?: Action;
  diagnostic?: string;
  remoteMta?: string;
}

/**
 * An address as bounces write it; the local part may hold dots, pluses and Unicode (RFC 6531), but
 * not the "/", "=", "&" and "?" that put an address-like string inside a URL.
 */
export const ADDRESS = /[^\s<>()"'`,;:[\]\\@/=&?]{1,64}@[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,62}[A-Za-z0-9\u00a0-\uffff])?(?:\.[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]{0,62}[A-Za-z0-9\u00a0-\uffff])?){1,8}/;
const ADDRESS_G = new RegExp(ADDRESS.source, 'g');

/** Addresses that send bounces, never recipients of them. */
export const SYSTEM_ADDRESS = /^(?:mailer-daemon|postmaster|mail-daemon|mail\.daemon|daemon|no-?reply|bounces?|root|system\.administrator|microsoftexchange[\w-]*)@/i;

/** Lines that say the copy of the original message starts here, in the words of each MTA and provider. */
const ORIGINAL_MARKER =
  /^[ \t]*(?:-{2,}[ \t]*)?(?:This is a copy of the message|Below this line is a copy of the message|Original message follows|Original message headers|Original message|Returned message|Message follows|Unsent message (?:below|follows)|Message headers follow|Headers of the original message|The header of the original message|Included message|Original Message Headers|Your message reads|Text of the original message|元のメッセージ|以下、元のメール|送信したメール)\b/im;

/** A header field line of a message (RFC 5322 §2.2), as a copied original message starts. */
const HEADER_FIELD = /^(?:Received|Return-Path|From|To|Cc|Subject|Date|Message-Id|MIME-Version|Content-Type|Content-Transfer-Encoding|Reply-To|Sender|DKIM-Signature|Delivered-To|In-Reply-To|References|User-Agent|X-[\w-]{1,60}|Thread-\w{1,20}|Authentication-Results|ARC-[\w-]{1,30}):[ \t]?\S/i;
/** Fields that only a message's own header block has; a block of fields with none of them is report text. */
const MESSAGE_FIELD = /^(?:Received|Return-Path|Subject|Date|Message-Id|MIME-Version|From|To):/i;

/** Where a block of at least two message header fields starts in the lines, from `from` on, or -1. */
function headerBlockAt(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length - 1; i++) {
    if (!HEADER_FIELD.test(lines[i]!)) continue;
    let fields = 1;
    let own = MESSAGE_FIELD.test(lines[i]!) ? 1 : 0;
    for (let j = i + 1; j < lines.length && j < i + 30 && lines[j]!.trim() !== ''; j++) {
      if (/^[ \t]/.test(lines[j]!)) continue;
      if (!HEADER_FIELD.test(lines[j]!)) break;
      fields++;
      if (MESSAGE_FIELD.test(lines[j]!)) own++;
    }
    if (fields >= 2 && own >= 2) return i;
  }
  return -1;
}

/** A copied message's header block that shows it is itself a bounce, forwarded by someone. */
const BOUNCE_HEADER = new RegExp(`^(?:From|Sender):.{0,200}(?:mailer-daemon|postmaster|mail delivery)|^Subject:.{0,40}(?:${REPORT_WORDS.source})`, 'im');

export interface Segment {
  /** The text of this part of the paste. */
  text: string;
  /** The header fields that open it, when it is a copied or forwarded message. */
  header?: string;
}

/**
 * A report's text cut where a copied message starts: at a marker line ("This is a copy of the
 * message") or at a block of header fields. The first segment is the report itself; the others are
 * copied messages, of which a forwarded bounce may be one.
 */
export function segments(text: string): Segment[] {
  const lines = text.split('\n');
  const out: Segment[] = [];
  let start = 0;
  let header: string | undefined;
  for (let guard = 0; guard < 20; guard++) {
    // The report needs a line of its own before a cut; a paste that opens with headers is the message itself.
    const firstContent = lines.findIndex((l, i) => i >= start && l.trim() !== '');
    if (firstContent < 0) break;
    const searchFrom = firstContent + 1;
    const marker = lines.findIndex((l, i) => i >= searchFrom && ORIGINAL_MARKER.test(l));
    const block = headerBlockAt(lines, searchFrom);
    const cut = [marker, block].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), lines.length);
    out.push({ text: lines.slice(start, cut).join('\n'), ...(header !== undefined ? { header } : {}) });
    if (cut >= lines.length) return out;
    // Skip the marker line and the header block after it; the next segment is what follows them.
    let next = cut === marker ? cut + 1 : cut;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const blockStart = next;
    if (HEADER_FIELD.test(lines[next] ?? '')) while (next < lines.length && lines[next]!.trim() !== '') next++;
    header = lines.slice(blockStart, next).join('\n');
    start = next;
  }
  return out.length > 0 ? out : [{ text }];
}

/**
 * The parts of a paste that may hold the report, most likely first: a bounce forwarded or pasted
 * inside other text (its header block names a mail system), then the text before any copied message.
 */
function reportSegments(text: string): Segment[] {
  const parts = segments(text);
  return [...parts.filter((p, i) => i > 0 && BOUNCE_HEADER.test(p.header ?? '')), parts[0]!];
}

/** The report's own text, without the copy of the original message that often follows it. */
export function withoutOriginal(text: string): string {
  return reportSegments(text)[0]!.text;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

const HOST = String.raw`([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})\.?`;
const IP = String.raw`[0-9a-fA-F.:]{3,45}`;

/** The ways MTAs name the server that answered, each capturing its name or address. */
const REMOTE_MTA = [
  new RegExp(String.raw`\bhost ${HOST}\s{0,4}\[${IP}\]`), // Postfix "host mx[ip]", Exim "host mx [ip]"
  new RegExp(String.raw`\bwhile talking to ${HOST}:`), // Sendmail
  new RegExp(String.raw`\bRemote-MTA:\s{0,4}dns;\s{0,4}${HOST}`, 'i'),
  new RegExp(String.raw`\b(?:remote server|mail server|server) ${HOST} (?:said|says|returned|replied)`, 'i'),
  new RegExp(String.raw`\b(?:connect to|lost connection with|conversation with) ${HOST}\[`), // Postfix connection errors
  new RegExp(String.raw`^${HOST} \[${IP}\] did not like`, 'm'), // DragonFly Mail Agent
  new RegExp(String.raw`\bhost: ${HOST}(?:\s|$)`, 'm'), // GMX, IONOS
  new RegExp(String.raw`rejected by the server for the recipient domain \S{1,100} by ${HOST} \[`), // Gmail's older notice
  /\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}) (?:does not like|failed after I sent)/, // qmail names the IP
  /\bConnected to (\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}) but/, // qmail
];

/** The remote server a diagnostic names, in the ways MTAs write it. */
export function remoteMtaIn(text: string): string | undefined {
  for (const p of REMOTE_MTA) {
    const m = p.exec(text);
    if (m) return m[1]!.replace(/\.$/, '');
  }
  return undefined;
}

/** Lines that carry the remote server's words, in the ways reports introduce them. */
const DIAGNOSTIC_LEAD =
  /(?:\bsaid:|Remote host said:|Remote Server returned|Remote server returned|The response (?:from the remote server )?was:|The error that the other server returned was:|Technical details of (?:permanent|temporary) failure:|\(reason:|<<<\s|SMTP error from remote (?:mail )?server|Diagnostic-Code:|\bRemote-MTA\b|Error Details|Reason:)/i;

/** Postfix and qmail/Yahoo: "<user@example.com>: host … said: 550 …" or "<user@example.com>:" then lines. */
function angleBlocks(text: string): TextRecipient[] {
  const out: TextRecipient[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s{0,2}<([^<>\s]+@[^<>\s]+)>(?:\s*\(expanded from <[^>]*>\))?:\s*(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const body = [m[2]!];
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !/^\s{0,2}<[^<>\s]+@[^<>\s]+>/.test(lines[j]!); j++) body.push(lines[j]!);
    const diagnostic = clean(body.join(' '));
    out.push({ address: m[1]!, ...(diagnostic ? { diagnostic } : {}) });
  }
  return out;
}

/** Exim's line of a failed address: indented, the address alone (with the address it was generated from). */
const EXIM_ADDRESS_LINE = /^(\s{1,8})<?([^\s<>]+@[^\s<>]+?)>?:?\s*(?:<[^>]*>)?$/;

/** Exim: the address alone on an indented line, the host and the remote words indented under it. */
function eximBlocks(text: string): TextRecipient[] {
  if (!/This message was created automatically by mail delivery software|could not be delivered to one or more of its recipients|has not yet been delivered to the following/i.test(text)) return [];
  const out: TextRecipient[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = EXIM_ADDRESS_LINE.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    const body: string[] = [];
    // The remote words are indented under the address; a line a webmail wrapped may start further left.
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() === '') {
        if (body.length > 0 && /^\s/.test(lines[j + 1] ?? '') && lines[j + 1]!.match(/^\s*/)![0].length > indent) continue;
        break;
      }
      if (EXIM_ADDRESS_LINE.test(line) || (body.length === 0 && line.match(/^\s*/)![0].length <= indent)) break;
      body.push(line);
    }
    const diagnostic = clean(body.join(' '));
    if (diagnostic || out.length === 0) out.push({ address: m[2]!, ...(diagnostic ? { diagnostic } : {}) });
  }
  return out;
}

/** Sendmail: the failed addresses in their own section, the transcript with the remote words below. */
function sendmailBlocks(text: string): TextRecipient[] {
  const sections = [
    ...text.matchAll(/^-{3,} ?The following addresses? (?:had|has) (permanent fatal errors|transient non-fatal errors|fatal errors|delivery problems|delivery errors|errors) ?-{3,}\s*\n([\s\S]*?)(?=\n\s*\n\s*-{3,}|\n\s*-{3,}|$)/gim),
  ];
  if (sections.length === 0) return [];
  const transcript = /-{3,} ?Transcript of session follows ?-{3,}([\s\S]*)$/im.exec(text)?.[1] ?? '';
  const out: TextRecipient[] = [];
  for (const [, kind, body] of sections) {
    const action: Action | undefined = /permanent/i.test(kind!) ? 'failed' : /transient/i.test(kind!) ? 'delayed' : undefined;
    const lines = body!.split('\n');
    for (let i = 0; i < lines.length; i++) {
      // "<user@example.com>", "user@example.com (reason: …)", "user@example.com [User unknown]",
      // or Zoho's "[Status: Error, Address: <user@example.com>, ResponseCode 421, , Host not reachable.]"
      const zoho = /^\s*\[Status: [^,]{1,40}, Address: <([^\s<>]+@[^\s<>]+)>, (.{1,300})\]\s*$/.exec(lines[i]!);
      if (zoho) {
        out.push({ address: zoho[1]!, ...(action ? { action } : {}), diagnostic: clean(zoho[2]!) });
        continue;
      }
      const m = /^\s*<?([^\s<>]+@[^\s<>]+?)>?\s*(?:$|[([])/.exec(lines[i]!);
      if (!m) continue;
      const inline = /\(reason:\s*([^)]*)\)?|\[([^\]]+)\]\s*$/i.exec(lines[i]!.slice(m[0].length - 1));
      const reason = /\(reason:\s*([^)]*)\)?/i.exec(lines[i + 1] ?? '')?.[1] ?? inline?.[1] ?? inline?.[2];
      const said = transcriptReply(transcript, m[1]!);
      // The transcript has the whole reply; the reason line has the code that decided, when the transcript lost it.
      const diagnostic = clean(said && (!reason || said.includes(reason.slice(0, 3))) ? said : (reason ?? said ?? ''));
      const host = remoteMtaIn(transcript);
      out.push({ address: m[1]!, ...(action ? { action } : {}), ...(diagnostic ? { diagnostic } : {}), ...(host ? { remoteMta: host } : {}) });
    }
  }
  return out;
}

/** Sendmail's error lines, one per recipient: "550 <user@example.com>... User unknown". */
function sendmailErrorLines(text: string): TextRecipient[] {
  const out: TextRecipient[] = [];
  for (const m of text.matchAll(/^\s*([45]\d\d) <([^\s<>]+@[^\s<>]+)>\.\.\. (.{1,300})$/gm)) {
    // Old Sendmail puts its own code before the remote one ("554 <…>... 550 Host unknown"): the remote one is the reply.
    const said = /^[245]\d\d\b/.test(m[3]!) ? m[3]! : `${m[1]} ${m[3]}`;
    if (!out.some((r) => r.address === m[2])) out.push({ address: m[2]!, diagnostic: clean(said) });
  }
  return out;
}

/** The remote reply to an address in a Sendmail transcript: the "<<<" lines after its RCPT, or its "... reason" line. */
function transcriptReply(transcript: string, address: string): string | undefined {
  const lines = transcript.split('\n');
  const at = lines.findIndex((l) => l.includes(address) && /(>>>|RCPT|\.\.\.)/i.test(l));
  if (at < 0) return undefined;
  const replies: string[] = [];
  for (let j = at; j < Math.min(lines.length, at + 8); j++) {
    const line = lines[j]!;
    const m = /^<<<\s*(.*)$/.exec(line.trim()) ?? /^(\d{3}[ -]\d\.\d{1,3}\.\d{1,3}\s.*|\d{3}\s.*)$/.exec(line.trim());
    if (m && !/^>>>/.test(line.trim())) replies.push(m[1]!);
    else if (replies.length > 0) break;
  }
  return replies.length > 0 ? replies.join(' ') : undefined;
}

/** Exchange and Microsoft 365: "Remote Server returned '550 …'" under the address, or "#550 … ##". */
function exchangeBlocks(text: string): TextRecipient[] {
  if (!/Diagnostic information for administrators|Remote Server returned|Delivery has failed to these recipients|#\d{3} \d\.\d/i.test(text)) return [];
  const out: TextRecipient[] = [];
  const lines = text.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const address = /^(?:<)?([^\s<>]+@[^\s<>]+?)(?:>)?$/.exec(lines[i]!)?.[1];
    if (!address) continue;
    const next = lines.slice(i + 1, i + 4).find((l) => l !== '') ?? '';
    const m = /Remote Server returned '?(.*?)'?$/i.exec(next) ?? /^#?\s*(\d{3}[ -]\d\.\d{1,3}\.\d{1,3}.*?)\s*##?\s*$/.exec(next) ?? /^#<\s*#?(\d\.\d{1,3}\.\d{1,3}.*?)>\s*#SMTP#?$/.exec(next);
    if (m) out.push({ address, diagnostic: clean(m[1]!.replace(/^smtp;\s*/i, '')) });
  }
  return out;
}

/** Where a notice written for people names the recipient: "Your message to …", "wasn't delivered to …". */
const NOTICE_RECIPIENT = new RegExp(`(?:Your message to|wasn't delivered to|couldn't be delivered to|could not be delivered to|has not been delivered to|problem delivering your message to)\\s+<?(${ADDRESS.source})`, 'gi');
/** Where such a notice gives the remote server's words. */
const NOTICE_RESPONSE = [
  /The (?:response|error that the other server returned) (?:from the remote server )?was:\s*\n+([\s\S]*?)(?:\n\s*\n|$)/i,
  /Remote Server returned '?([^'\n]*)'?/i,
  /Error:\s*(\d{3}[ -]\d\.\d{1,3}\.\d{1,3}[^\n]*)/,
];

/**
 * Notices written for people, as Gmail and Microsoft 365 send them: "Your message wasn't delivered
 * to user@example.com because …", with the remote server's words below. Gmail's older notice lists
 * the addresses, then "Technical details of permanent failure".
 */
function noticeBlocks(text: string): TextRecipient[] {
  const older = /Delivery to the following recipients? (?:failed permanently|has been delayed):\s*\n([\s\S]*?)\n\s*\n([\s\S]*?)Technical details of (?:permanent|temporary) failure:\s*([\s\S]*)$/i.exec(text);
  if (older) {
    const action: Action = /delayed/i.test(older[0]) ? 'delayed' : 'failed';
    return [...older[1]!.matchAll(ADDRESS_G)].map((m) => ({ address: m[0], action, diagnostic: clean(older[3]!) }));
  }
  const addresses = [...new Set([...text.matchAll(NOTICE_RECIPIENT)].map((m) => m[1]!))];
  if (addresses.length === 0) return [];
  const response = NOTICE_RESPONSE.map((p) => p.exec(text)?.[1]).find((r) => r?.trim());
  return addresses.map((address) => ({ address, ...(response ? { diagnostic: clean(response) } : {}) }));
}

/** Lines that name the sender, whose addresses are never the failed recipients. */
const SENDER_LINE = /^\s*(?:>\s*)?(?:From|Sender|Reply-To|Return-Path|MAIL FROM|Envelope-From|Sent by|De|Von)\s*:|\bfrom[:=]\s*<|\benvelope-from\b/i;
/** Lines that label a recipient; when some do, the addresses on them are the recipients. */
const RECIPIENT_LINE = /\b(?:RCPT TO|Recipient(?: address)?|Original-Recipient|Final-Recipient|Failed recipient|Destinataire|Empfänger|宛先)\s*:/i;
/** Lines that carry codes or introduce the remote server's words. */
const CODE_LINE = /(?<![\w.])[245]\d\d[ -]|(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])/;

/** The lines from `from` to `until` that carry codes or introduce the remote server's words, with the line each introduces. */
function tellingText(lines: readonly string[], from = 0, until = lines.length): string {
  const telling = (i: number) => CODE_LINE.test(lines[i]!) || DIAGNOSTIC_LEAD.test(lines[i]!);
  const out: string[] = [];
  for (let i = from; i < until; i++) {
    if (!telling(i)) continue;
    const introduces = DIAGNOSTIC_LEAD.test(lines[i]!) && i + 1 < lines.length && !telling(i + 1);
    out.push(introduces ? `${lines[i]} ${lines[i + 1]}` : lines[i]!);
  }
  return clean(out.join(' '));
}

/**
 * Any report: the addresses it names (not the sender's, not a system address), each with the
 * remote words between it and the next address; a single recipient gets all the remote words.
 */
function genericBlocks(text: string, notRecipients: ReadonlySet<string>): TextRecipient[] {
  const lines = text.split('\n');
  const candidates: { address: string; line: number; labelled: boolean; system: boolean }[] = [];
  lines.forEach((line, i) => {
    if (SENDER_LINE.test(line)) return;
    for (const m of line.matchAll(ADDRESS_G)) {
      const address = m[0].replace(/[.,;:]+$/, '');
      const key = address.toLowerCase();
      if (notRecipients.has(key) || candidates.some((f) => f.address.toLowerCase() === key)) continue;
      candidates.push({ address, line: i, labelled: RECIPIENT_LINE.test(line), system: SYSTEM_ADDRESS.test(address) });
    }
  });
  // A system address (postmaster@…) is a recipient only when the report names no other.
  let found = candidates.some((c) => !c.system) ? candidates.filter((c) => !c.system) : candidates.filter((c) => !/^mailer-daemon@/i.test(c.address));
  if (found.some((f) => f.labelled)) found = found.filter((f) => f.labelled);
  return found.map(({ address, line }, k) => {
    const until = found[k + 1]?.line ?? lines.length;
    // The remote words: the lines with codes, or else the lines written under the address.
    const diagnostic =
      (found.length === 1 ? tellingText(lines) : tellingText(lines, line, until)) ||
      clean(lines.slice(line + 1, Math.min(until, line + 6)).join(' '));
    return { address, ...(diagnostic ? { diagnostic } : {}) };
  });
}

/** The recipients in one segment of a report, by the first layout that recognises it. */
function recipientsIn(report: string, notRecipients: ReadonlySet<string>): TextRecipient[] {
  for (const layout of [sendmailBlocks, angleBlocks, exchangeBlocks, noticeBlocks, eximBlocks, sendmailErrorLines]) {
    const found = layout(report)
      .map((r) => (r.address ? { ...r, address: r.address.replace(/[.,;:]+$/, '') } : r))
      .filter((r) => !r.address || !notRecipients.has(r.address.toLowerCase()));
    if (found.length > 0) return found.map(withRemote);
  }
  return genericBlocks(report, notRecipients).map(withRemote);
}

/**
 * The recipients of a report written for people: in a bounce forwarded or pasted inside other
 * text, else in the report's own text; never in a copied original message, whose addresses are not
 * recipients of the bounce.
 */
export function recipientsFromText(text: string, notRecipients: ReadonlySet<string> = new Set()): TextRecipient[] {
  const parts = segments(text);
  for (const part of reportSegments(text)) {
    const found = recipientsIn(part.text, notRecipients);
    if (found.length > 0) return found;
  }
  // A report that names no address but gives the remote words (a bare Sendmail transcript): one
  // recipient, whose address the copied message's To field gives when it names just one.
  const report = parts[0]!.text.split('\n');
  const diagnostic = tellingText(report) || (REPORT_WORDS.test(parts[0]!.text) ? clean(report.join(' ')).slice(0, 600) : '');
  if (!diagnostic) return [];
  const to = [...(/^To:(.*)$/im.exec(parts[1]?.header ?? '')?.[1] ?? '').matchAll(ADDRESS_G)].map((m) => m[0]);
  return [withRemote({ ...(to.length === 1 ? { address: to[0]! } : {}), diagnostic })];
}



const withRemote = (r: TextRecipient): TextRecipient => {
  if (r.remoteMta || !r.diagnostic) return r;
  const host = remoteMtaIn(r.diagnostic);
  return host ? { ...r, remoteMta: host } : r;
};


