/**
 * Just enough MIME to read a pasted message: RFC 5322 headers with unfolding, RFC 2047 encoded
 * words, multipart bodies at any depth (RFC 2046), base64 and quoted-printable (RFC 2045), and
 * charsets through TextDecoder, ISO-2022-JP, Shift_JIS and EUC-JP included. Synchronous, DOM-free
 * and dependency-free: the bounce reader's contract is a synchronous function, which the async
 * MIME libraries cannot serve. Parts that hold no text (images, attachments) are never decoded.
 */

export interface MimePart {
  headers: HeaderList;
  /** The media type, lower case, e.g. "multipart/report", "message/delivery-status". */
  type: string;
  params: Readonly<Record<string, string>>;
  /** The decoded text of a text or message part; empty for other parts and for multipart containers. */
  text: string;
  parts: MimePart[];
  /** For a message/rfc822 part: the message it holds. */
  message?: MimePart;
}

export interface HeaderList {
  /** The first value of a field, unfolded and decoded, or undefined. */
  get(name: string): string | undefined;
  /** Every field in order, names lower case. */
  readonly fields: readonly [string, string][];
}

const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:[ \t]?(.*)$/;

/** Header fields people see at the top of a message, to tell a header block from body text. */
const KNOWN_FIELDS = new Set([
  'from', 'to', 'subject', 'date', 'received', 'return-path', 'message-id', 'mime-version', 'content-type',
  'delivered-to', 'x-failed-recipients', 'auto-submitted', 'reply-to', 'cc', 'x-mailer', 'thread-topic', 'dkim-signature',
  'authentication-results', 'arc-seal', 'x-ms-exchange-organization-scl', 'list-id', 'sender', 'x-original-to',
]);

/**
 * Splits a text into its header block and body; no header block when the text does not start with
 * one. Reads line by line up to the blank line only, so a long body is not split into lines here.
 * Expects "\n" line ends (parsePart's callers normalise CRLF once).
 */
export function splitHeaders(text: string, inMultipart = false): { headers: HeaderList; body: string; hasHeaders: boolean } {
  let at = 0;
  const nextLine = () => {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length + 1 : end + 1;
    return line;
  };
  let line = nextLine();
  while (at <= text.length && line.trim() === '') line = nextLine();
  const start = at - line.length - 1;
  if (line.startsWith('From ')) line = nextLine(); // an mbox separator line
  const fields: [string, string][] = [];
  let endsAtBlank = false;
  for (;;) {
    if (line.trim() === '') {
      endsAtBlank = at <= text.length;
      break;
    }
    if ((line[0] === ' ' || line[0] === '\t') && fields.length > 0) {
      fields[fields.length - 1]![1] += ' ' + line.trim();
    } else {
      const m = FIELD.exec(line);
      if (!m) break;
      fields.push([m[1]!.toLowerCase(), m[2]!.trim()]);
    }
    if (at > text.length) break;
    line = nextLine();
  }
  const known = fields.filter(([name]) => KNOWN_FIELDS.has(name) || name.startsWith('content-')).length;
  const complete = endsAtBlank || at > text.length;
  // A body part of a multipart starts with its header fields by definition (RFC 2046 §5.1.1); at
  // the top of a paste, header-like lines are a header only if they look like a message's.
  const hasHeaders = fields.length > 0 && complete && (inMultipart || known >= 2 || (known >= 1 && fields.length === 1));
  if (!hasHeaders) return { headers: headerList([]), body: text.slice(Math.max(0, start)), hasHeaders: false };
  return { headers: headerList(fields.map(([n, v]) => [n, decodeWords(decodeEightBit(v, 'utf-8'))])), body: text.slice(Math.min(at, text.length)), hasHeaders: true };
}

function headerList(fields: [string, string][]): HeaderList {
  return { fields, get: (name) => fields.find(([n]) => n === name.toLowerCase())?.[1] };
}

/** A Content-Type value split into its type and parameters (RFC 2045 §5.1), quotes removed. */
export function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const param of rest.join(';').matchAll(/([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]+)/g)) {
    params[param[1]!.toLowerCase().replace(/\*$/, '')] = param[2]!.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1');
  }
  return { type: type.trim().toLowerCase() || 'text/plain', params };
}

/** The bytes of a string whose characters are all bytes (a Latin-1 "binary string"). */
function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  const value = (c: number) => (c >= 97 ? c - 71 : c >= 65 ? c - 65 : c >= 48 ? c + 4 : c === 43 ? 62 : 63);
  let n = 0;
  for (let i = 0; i + 1 < clean.length; i += 4) {
    const a = value(clean.charCodeAt(i));
    const b = value(clean.charCodeAt(i + 1));
    const c = i + 2 < clean.length ? value(clean.charCodeAt(i + 2)) : -1;
    const d = i + 3 < clean.length ? value(clean.charCodeAt(i + 3)) : -1;
    bytes[n++] = (a << 2) | (b >> 4);
    if (c >= 0) bytes[n++] = ((b & 15) << 4) | (c >> 2);
    if (d >= 0) bytes[n++] = ((c & 3) << 6) | d;
  }
  return bytes.subarray(0, n);
}

export function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const out = new Uint8Array(joined.length * 3);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const ch = joined.charCodeAt(i);
    const hex = ch === 61 ? parseInt(joined.slice(i + 1, i + 3), 16) : NaN;
    if (!Number.isNaN(hex) && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out[n++] = hex;
      i += 2;
    } else if (ch > 0xff) {
      // Already decoded text (pasted from a client): keep it as UTF-8.
      const point = joined.codePointAt(i)!;
      for (const byte of new TextEncoder().encode(String.fromCodePoint(point))) out[n++] = byte;
      if (point > 0xffff) i++;
    } else {
      out[n++] = ch;
    }
  }
  return out.subarray(0, n);
}

/** Charset names as messages write them, mapped to what TextDecoder knows. */
function charsetLabel(charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase().replace(/^"|"$/g, '');
  if (label === 'us-ascii' || label === 'ascii' || label === 'ansi_x3.4-1968') return 'utf-8';
  if (label === 'cp932' || label === 'windows-31j' || label === 'x-sjis' || label === 'sjis') return 'shift_jis';
  if (label === 'iso-2022-jp-2' || label === 'iso-2022-jp-3') return 'iso-2022-jp';
  if (label === 'utf8') return 'utf-8';
  return label;
}

/** Bytes as text in a charset; unknown charsets fall back to UTF-8, then Windows-1252. */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const label = charsetLabel(charset);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    return utf8.includes('\ufffd') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
  }
}

/** Whether a string still holds raw 8-bit bytes (every character below 256, some above 127), as a byte-for-byte read of a message does. */
const isEightBitBytes = (text: string) => /[\x80-\xff]/.test(text) && !/[^\x00-\xff]/.test(text);

/** Bytes decoded strictly in a charset, or undefined when they are not valid in it. */
function strictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text that still holds 8-bit bytes, decoded: by its declared charset when the bytes are valid in
 * it, else as UTF-8 or a Japanese charset when they are valid in one (messages re-encoded on the
 * way, and raw UTF-8 headers, RFC 6532). Text pasted from a mail client is already decoded and
 * left alone, and so are bytes no charset explains.
 */
function decodeEightBit(text: string, declared: string): string {
  if (!isEightBitBytes(text)) return text;
  const bytes = latin1Bytes(text);
  for (const label of [declared, 'utf-8', 'euc-jp', 'shift_jis']) {
    if (label === 'iso-2022-jp') continue; // 7-bit only: 8-bit bytes are never ISO-2022-JP
    const decoded = strictly(bytes, label);
    if (decoded !== undefined) return decoded;
  }
  return declared === 'utf-8' ? text : decodeBytes(bytes, declared);
}

/**
 * A body's text: transfer encoding undone and charset decoded. A body pasted from a mail client is
 * already text; only a body that is still bytes is decoded by its declared charset.
 */
export function decodeBody(body: string, encoding: string | undefined, charset: string | undefined): string {
  const cte = (encoding ?? '').trim().toLowerCase();
  if (cte === 'base64') return decodeBytes(decodeBase64(body), charset);
  if (cte === 'quoted-printable') return decodeBytes(decodeQuotedPrintable(body), charset);
  const label = charsetLabel(charset);
  // ISO-2022-JP is 7-bit: its escape sequences survive any copy, so it is decoded whatever the transfer encoding.
  if (label === 'iso-2022-jp' && body.includes('\x1b')) return decodeBytes(latin1Bytes(body.replace(/[^\x00-\xff]/g, '?')), label);
  return decodeEightBit(body, label);
}

/** Decodes RFC 2047 encoded words ("=?ISO-2022-JP?B?…?="), joining adjacent ones as §6.2 says. */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B' ? decodeBase64(data) : decodeQuotedPrintable(data.replace(/_/g, ' '));
      return decodeBytes(bytes, charset.replace(/\*.*$/, ''));
    });
}

/** The body parts of a multipart body (RFC 2046 §5.1.1); a missing closing boundary ends at the end. */
function splitMultipart(body: string, declared: string): string[] {
  const lines = body.split(/\r?\n/);
  // A boundary retyped wrong in the header (it happens when messages are edited or anonymised):
  // the delimiter lines the body really has decide.
  const boundary = lines.some((l) => l.trimEnd() === `--${declared}`) ? declared : (lines.map((l) => /^--(\S{4,200}?)(?:--)?\s*$/.exec(l)?.[1]).find((b) => b !== undefined) ?? declared);
  const open = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === open || trimmed === `${open}--`) {
      if (current) parts.push(current.join('\n'));
      current = trimmed === open ? [] : undefined;
      if (trimmed !== open) break;
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join('\n'));
  return parts;
}

const TEXTUAL = /^(text\/|message\/(delivery-status|global-delivery-status|feedback-report|disposition-notification)|application\/(x-)?delivery-status)/;

/** Parses a message or a body part; `depth` stops pathological nesting. */
export function parsePart(source: string, defaultType = 'text/plain', depth = 0, inMultipart = false): MimePart {
  const raw = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const { headers, body, hasHeaders } = splitHeaders(raw, inMultipart);
  const { type, params } = hasHeaders ? parseContentType(headers.get('content-type') ?? defaultType) : { type: defaultType, params: {} };
  const part: MimePart = { headers, type, params, text: '', parts: [] };
  const cte = headers.get('content-transfer-encoding');
  if (type.startsWith('multipart/') && params.boundary && depth < 12) {
    const childType = type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
    part.parts = splitMultipart(body, params.boundary).map((p) => parsePart(p, childType, depth + 1, true));
    // A multipart body without any delimiter line is read as the text it is.
    if (part.parts.length === 0) part.text = decodeBody(body, cte, params.charset);
  } else if ((type === 'message/rfc822' || type === 'message/global' || type === 'text/rfc822-headers' || type === 'message/rfc822-headers') && depth < 12) {
    const inner = decodeBody(body, cte, params.charset);
    part.text = inner;
    part.message = parsePart(inner, 'text/plain', depth + 1);
  } else if (TEXTUAL.test(type) || !hasHeaders) {
    part.text = decodeBody(body, cte, params.charset);
  }
  return part;
}

/** Every part of a message, depth first, the message itself first; parts of attached messages included. */
export function allParts(part: MimePart): MimePart[] {
  return [part, ...part.parts.flatMap(allParts), ...(part.message ? allParts(part.message) : [])];
}

/** Text of an HTML part as a reader sees it: tags dropped, line breaks kept, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h[1-6]|table)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*(\n\s*)+/g, '\n\n');
}
