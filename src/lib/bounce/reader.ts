/**
 * Reads a pasted bounce message, or a single reply or log line, into one row per recipient
 * (docs/architecture.md, The bounce reader's contract): what happened to it, its codes, the server
 * that answered and that server's words, and the reason behind it. Each recipient's codes and reason
 * come from its own part of the message; the quoted original message never leaks in.
 *
 * Reads, in order: RFC 6522 multipart/report with RFC 3464 delivery-status parts (at any depth, so a
 * forwarded bounce works too), RFC 5965 feedback reports, RFC 3834 automatic replies, the plain-text
 * layouts of the common MTAs and providers (layouts.ts), Amazon SES notifications in JSON
 * (ses-notification.ts), and single log or reply lines (log-lines.ts).
 */
import { analyze } from '../bounce-analyzer.ts';
import { createClassifier, GIVE_WAY_TO_EXPIRY, type ClassifierData } from '../reason-classifier.ts';
import type { ReasonId } from '../../data/reason-ids.ts';
import { actionOf, addressOf, fieldBlocks, hostOf, statusOf, untyped, type Action } from './delivery-status.ts';
import { ADDRESS, recipientsFromText, remoteMtaIn, SYSTEM_ADDRESS, withoutOriginal, type TextRecipient } from './layouts.ts';
import { readLogLine } from './log-lines.ts';
import { AUTO_REPLY_SUBJECT, DELAY_WORDS, GAVE_UP_WORDS, REPORT_WORDS, SUCCESS_WORDS } from './wording.ts';
import { allParts, htmlToText, parsePart, splitHeaders, type MimePart } from './mime.ts';
import { MAX_MESSAGE_LENGTH, type BounceRecipient, type BounceReport } from './report.ts';
import { sesNotification } from './ses-notification.ts';

const DELIVERED: readonly Action[] = ['delivered', 'relayed', 'expanded'];

/** A reply code where a remote reply starts: the text's start, or after "said:", a colon or "ResponseCode". */
const REPLY_START = /(?:^|said:?\s|:\s|\bResponseCode\s|\bERROR_CODE\s?:)([245]\d\d)(?=[ ,;-]|$)/;

/** The senders of bounces, as their From field names them. */
const BOUNCER = /mailer-daemon|postmaster|mail delivery (?:system|subsystem)/i;

/** Failures that, with a transient code in a message that failed, mean the sending server retried until it gave up. */
const EXPIRES: ReadonlySet<ReasonId> = new Set([...GIVE_WAY_TO_EXPIRY, 'unclassified']);

/** The bare words of an unknown recipient, which say nothing of when or why the server decided so. */
const BARE_UNKNOWN_USER = /^(?:\.{3} )?(?:unknown user|user unknown|no such user)$/i;

/** Delivery-status fields written inline in a report's text, from the first of them to the end. */
const INLINE_STATUS = /^(?:Reporting-MTA|Original-Recipient|Final-Recipient):[\s\S]*/im;

/** Where a reply says it answered the message itself, after DATA, rather than RCPT TO. */
const AFTER_DATA = /in reply to end of\s{1,8}DATA\s{1,8}command|after end of data|>>> DATA\s{0,8}<<< ?5|failed after I sent the message/i;

export function createBounceReader(data: ClassifierData) {
  const classify = createClassifier(data);

  /**
   * Codes of a recipient from its status field and the remote server's words. The reply code is
   * the first one that starts a reply ("550 …", "550-…"), not a number inside the text; a generic
   * status (X.Y.0, RFC 3463 §3: "other or undefined") yields to the remote server's own code.
   */
  function codesOf(status: string | undefined, diagnostic: string | undefined): { status?: string; reply?: string } {
    const text = diagnostic?.slice(0, 4000) ?? '';
    const found = text ? analyze(text).codes : [];
    const reply =
      found.find((c) => c.kind === 'basic' && /^\d{3}(?:[ ,;-]|$)/.test(text.slice(c.index, c.index + 4)))?.code ??
      // Codes outside RFC 5321's range that servers still send ("571 No PTR Record found"), where a reply starts.
      REPLY_START.exec(text)?.[1];
    const inText = found.find((c) => c.kind === 'enhanced')?.code;
    const generic = status?.endsWith('.0') && inText?.[0] === status[0];
    const chosen = (generic ? inText : status) ?? inText;
    return { ...(chosen ? { status: chosen } : {}), ...(reply ? { reply } : {}) };
  }

  /**
   * The reason of one recipient, from its own words and codes; the report's text when its own words
   * say nothing. `context` is the part of the report about this recipient, to tell the SMTP stage.
   */
  function recipient(raw: TextRecipient & { status?: string; local?: boolean }, context: string | undefined): BounceRecipient {
    const codes = codesOf(raw.status, raw.local ? undefined : raw.diagnostic);
    const hints = { ...(codes.reply ? { basic: codes.reply } : {}), ...(codes.status ? { enhanced: codes.status } : {}) };
    let found = classify(raw.diagnostic ?? '', hints);
    // The rest of the report speaks when the recipient's own words and enhanced code do not.
    if (found.evidence.kind !== 'signature' && found.evidence.kind !== 'enhanced' && context) {
      const fromContext = classify(context, hints);
      if (fromContext.evidence.kind === 'signature') found = fromContext;
    }
    // RFC 5321 §3.3: a server checks the recipient at RCPT TO. One that took the address there and
    // then refuses the message after DATA with a bare "unknown user" has a filter on the
    // recipient's side (NTT docomo and au answer their users' domain filters this way). An X.1.1
    // status still means the mailbox does not exist: with pipelining, the RCPT reply can arrive
    // after DATA was sent. A provider that says more ("doesn't have an account") means what it says.
    const afterData = AFTER_DATA.test(`${raw.diagnostic ?? ''}\n${context ?? ''}`) && !/^\d\.1\.1$/.test(codes.status ?? '');
    const bare = found.evidence.kind === 'signature' && BARE_UNKNOWN_USER.test(found.evidence.match.trim());
    if (found.reason === 'recipient-unknown' && afterData && bare) {
      found = { ...found, reason: 'filtered' };
    }
    const byCode = codes.status ? classify('', { enhanced: codes.status }) : undefined;
    const disagree = found.evidence.kind === 'signature' && byCode?.evidence.kind === 'enhanced' && byCode.reason !== found.reason && !codes.status!.endsWith('.0.0');
    return {
      ...(raw.address ? { address: raw.address } : {}),
      ...(raw.action ? { action: raw.action } : {}),
      ...codes,
      ...(raw.remoteMta ? { remoteMta: raw.remoteMta } : {}),
      ...(raw.diagnostic ? { diagnostic: raw.diagnostic } : {}),
      reason: raw.action && DELIVERED.includes(raw.action) ? 'delivery-report' : found.reason,
      evidence: found.evidence,
      ...(disagree ? { codesDisagree: true as const } : {}),
    };
  }

  function kindOf(recipients: readonly BounceRecipient[], wording: string): BounceReport['kind'] {
    if (recipients.some((r) => r.action === 'failed')) return 'bounce';
    if (recipients.length > 0 && recipients.every((r) => r.action === 'delayed')) return 'delay';
    if (recipients.length > 0 && recipients.every((r) => r.action && DELIVERED.includes(r.action))) return 'delivery-report';
    if (SUCCESS_WORDS.test(wording) && !recipients.some((r) => r.status?.startsWith('5'))) return 'delivery-report';
    if (DELAY_WORDS.test(wording) && !GAVE_UP_WORDS.test(wording) && !recipients.some((r) => r.status?.startsWith('5') || r.reply?.startsWith('5'))) return 'delay';
    return recipients.length > 0 ? 'bounce' : 'unknown';
  }

  /**
   * Settles each recipient's action once the kind of the whole report is known. A delayed
   * recipient has not failed: its reason is "delivery-report" (a delay notice, docs/architecture.md),
   * and what its text tells becomes its `cause`.
   */
  function settled(recipients: BounceRecipient[], kind: BounceReport['kind']): BounceRecipient[] {
    const action: Action | undefined = kind === 'bounce' ? 'failed' : kind === 'delay' ? 'delayed' : undefined;
    return recipients.map((r) => {
      const withAction = r.action || !action ? r : { ...r, action };
      // A failure whose code is transient (4xx, RFC 5321 §4.2.1; X.4.x.x, RFC 3463 §3) was retried
      // until the sending server gave up: the message expired, with that failure as the last try.
      if (withAction.action === 'failed' && (withAction.status?.startsWith('4') || withAction.reply?.startsWith('4')) && EXPIRES.has(withAction.reason)) {
        return { ...withAction, reason: 'expired' as const };
      }
      if (withAction.action !== 'delayed' || withAction.reason === 'delivery-report') return withAction;
      const { reason, ...rest } = withAction;
      return { ...rest, reason: 'delivery-report', ...(reason !== 'unclassified' ? { cause: reason } : {}) };
    });
  }

  /** The human-readable text of a message: its text parts (HTML when there is no plain text), not its attached messages. */
  function readableText(message: MimePart): string {
    const own: MimePart[] = [];
    const walk = (part: MimePart) => {
      if (part.type === 'message/rfc822' || part.type === 'message/global' || part.type.includes('headers')) return;
      if (part.parts.length > 0) part.parts.forEach(walk);
      else if (part.type.startsWith('text/') || part.type === 'message/delivery-status') own.push(part);
    };
    walk(message);
    const plain = own.filter((p) => p.type === 'text/plain').map((p) => p.text);
    if (plain.some((t) => t.trim())) return plain.join('\n\n');
    return own.filter((p) => p.type === 'text/html').map((p) => htmlToText(p.text)).join('\n\n');
  }

  /** The recipients of RFC 3464 delivery-status fields, with what the report's own text says about each. */
  function fromDeliveryStatus(statusText: string, human: string): BounceRecipient[] {
    const byAddress = new Map(recipientsFromText(human).filter((r) => r.address).map((r) => [r.address!.toLowerCase(), r]));
    const blocks = fieldBlocks(statusText);
    const perRecipient = blocks.filter((b) => b.has('final-recipient') || b.has('original-recipient') || b.has('x-actual-recipient'));
    return perRecipient.map((b) => {
      const address = addressOf(b.get('final-recipient')) ?? addressOf(b.get('original-recipient')) ?? addressOf(b.get('x-actual-recipient'));
      const fromText = address ? byAddress.get(address.toLowerCase()) : undefined;
      const diagnostic = untyped(b.get('diagnostic-code'))?.replace(/\s+/g, ' ') ?? fromText?.diagnostic;
      // An X-Unix diagnostic is a local program's output or exit status, never an SMTP reply (RFC 3464 §2.3.6).
      const local = /^\s*x-unix\s*;/i.test(b.get('diagnostic-code') ?? '');
      const remoteMta = hostOf(b.get('remote-mta')) ?? fromText?.remoteMta ?? (diagnostic ? remoteMtaIn(diagnostic) : undefined);
      const action = actionOf(b.get('action'));
      const status = statusOf(b.get('status'));
      return recipient(
        { ...(address ? { address } : {}), ...(action ? { action } : {}), ...(status ? { status } : {}), ...(diagnostic ? { diagnostic } : {}), ...(remoteMta ? { remoteMta } : {}), ...(local ? { local } : {}) },
        perRecipient.length === 1 ? human : fromText?.diagnostic,
      );
    });
  }

  /**
   * The recipients a complaint report names: every Original-Rcpt-To (RFC 5965 §3.2), else the
   * recipient Microsoft's JMRP writes into the returned message, else that message's To.
   */
  function fromFeedbackReport(feedback: MimePart | undefined, report: MimePart): BounceRecipient[] {
    const fields = feedback ? fieldBlocks(feedback.text)[0] : undefined;
    const reason: ReasonId = fields?.get('feedback-type')?.toLowerCase() === 'auth-failure' ? 'authentication-failed' : 'complaint-report';
    const original = allParts(report).find((p) => p.message)?.message;
    const named = (fields?.get('original-rcpt-to') ?? '').split('\n').map(addressOf).filter((a) => a !== undefined);
    const fallback = original ? addressOf(original.headers.get('x-hmxmroriginalrecipient')) ?? firstAddress(original.headers.get('to')) : undefined;
    const addresses = named.length > 0 ? [...new Set(named)] : fallback ? [fallback] : [undefined];
    return addresses.map((address) => ({ ...(address ? { address } : {}), reason }));
  }

  return function readBounce(input: string): BounceReport {
    const cut = input.length > MAX_MESSAGE_LENGTH;
    const text = (cut ? input.slice(0, MAX_MESSAGE_LENGTH) : input).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const done = (report: BounceReport): BounceReport => (cut ? { ...report, cut: true } : report);
    if (!text.trim()) return done({ kind: 'unknown', recipients: [] });

    const { hasHeaders } = splitHeaders(text);
    const lines = text.trim().split(/\r?\n/).filter((l) => l.trim() !== '');
    if (!hasHeaders && lines.length <= 2 && !REPORT_WORDS.test(text)) {
      const line = lines.join(' ');
      const log = readLogLine(line);
      if (log) return done({ kind: 'reply', recipients: [recipient(log, undefined)] });
      const address = ADDRESS.exec(line)?.[0];
      const remoteMta = remoteMtaIn(line);
      return done({ kind: 'reply', recipients: [recipient({ ...(address && !SYSTEM_ADDRESS.test(address) ? { address } : {}), diagnostic: line.trim(), ...(remoteMta ? { remoteMta } : {}) }, undefined)] });
    }

    const root = parsePart(text);
    const parts = allParts(root);
    const subject = root.headers.get('subject') ?? '';
    const wording = `${subject}\n${readableText(root).slice(0, 4000)}`;

    const feedback = parts.find((p) => p.type === 'message/feedback-report');
    const feedbackReport =
      parts.find((p) => p.type === 'multipart/report' && p.params['report-type']?.toLowerCase() === 'feedback-report') ??
      // Microsoft's JMRP sends the complained-of message alone, with the recipient in its own header.
      (parts.some((p) => p.message?.headers.get('x-hmxmroriginalrecipient')) ? root : undefined);
    if (feedback || feedbackReport) return done({ kind: 'complaint-report', recipients: fromFeedbackReport(feedback, feedbackReport ?? root) });

    const statusPart = parts.find((p) => /^(message|application\/x?)[/-]?(global-)?delivery-status$|^message\/(global-)?delivery-status$/.test(p.type) || p.type === 'message/delivery-status');
    const ses = /"(?:notificationType|eventType)"/.test(text) ? sesNotification(readableText(root)) : undefined;
    if (ses) {
      if (ses.type === 'Complaint') return done({ kind: 'complaint-report', recipients: ses.recipients.map((r) => ({ ...r, reason: 'complaint-report' as const })) });
      const recipients = ses.recipients.map((r) => recipient({ ...r, ...(ses.remoteMta ? { remoteMta: ses.remoteMta } : {}) }, undefined));
      const kind = kindOf(recipients, wording);
      return done({ kind, recipients: settled(recipients, kind) });
    }

    // The delivery-status part, or its fields shown inline as text, as a mail client displays them.
    const report = statusPart ? (parts.find((p) => p.type === 'multipart/report' && p.parts.includes(statusPart)) ?? root) : root;
    const readable = withoutOriginal(readableText(report));
    const inline = statusPart ? undefined : INLINE_STATUS.exec(readable);
    const statusText = statusPart?.text ?? inline?.[0];
    if (statusText) {
      // The words written for people come before fields shown inline, never from the fields themselves.
      const human = inline ? readable.slice(0, inline.index) : readable;
      const recipients = fromDeliveryStatus(statusText, human);
      if (recipients.length > 0) {
        const kind = kindOf(recipients, wording);
        return done({ kind, recipients: settled(recipients, kind) });
      }
    }

    // An automatic reply comes from the recipient's mailbox; a system sender hands it a Reply-To.
    const from = [firstAddress(root.headers.get('from')), firstAddress(root.headers.get('reply-to'))].find((a) => a && !SYSTEM_ADDRESS.test(a)) ?? firstAddress(root.headers.get('from'));
    const autoHeaders =
      /auto-replied/i.test(root.headers.get('auto-submitted') ?? '') ||
      root.headers.get('x-autoreply') !== undefined ||
      root.headers.get('x-autorespond') !== undefined ||
      /auto_reply/i.test(root.headers.get('precedence') ?? '');
    const looksLikeReport = REPORT_WORDS.test(subject) || BOUNCER.test(root.headers.get('from') ?? '');
    if (!looksLikeReport && (autoHeaders || AUTO_REPLY_SUBJECT.test(subject.trim()))) {
      return done({ kind: 'auto-reply', recipients: [{ ...(from ? { address: from } : {}), reason: 'auto-reply' }] });
    }

    // A report written for people: its own text, or the text of a bounce forwarded inside it.
    const candidates = [root, ...parts.filter((p) => p.message).map((p) => p.message!)];
    for (const message of candidates) {
      const human = readableText(message) || message.text;
      const found = withFailedRecipients(recipientsFromText(human, envelopeAddresses(message)), message);
      if (found.length === 0) continue;
      const report = withoutOriginal(human);
      const recipients = found.map((r) => recipient(r, found.length === 1 ? report : undefined));
      const kind = kindOf(recipients, `${message.headers.get('subject') ?? subject}\n${report.slice(0, 4000)}`);
      return done({ kind, recipients: settled(recipients, kind) });
    }
    return done({ kind: 'unknown', recipients: [] });
  };
}

/** Every address in a header value. */
const addressesIn = (value: string | undefined): string[] => [...(value ?? '').matchAll(new RegExp(ADDRESS.source, 'g'))].map((m) => m[0]);

/**
 * The addresses of a bounce's own envelope and header: its To and Return-Path are the sender of
 * the failed message, its From the system that bounced it. None of them is a failed recipient.
 */
function envelopeAddresses(message: MimePart): Set<string> {
  const failed = new Set(addressesIn(message.headers.get('x-failed-recipients')).map((a) => a.toLowerCase()));
  const own = ['to', 'from', 'return-path', 'reply-to'].flatMap((f) => addressesIn(message.headers.get(f)));
  return new Set(own.map((a) => a.toLowerCase()).filter((a) => !failed.has(a)));
}

/**
 * Exim names the failed recipients in its X-Failed-Recipients header field: when a bounce has it,
 * its addresses are the recipients, with what the text says about each.
 */
function withFailedRecipients(found: TextRecipient[], message: MimePart): TextRecipient[] {
  const failed = [...new Set(addressesIn(message.headers.get('x-failed-recipients')))];
  if (failed.length === 0) return found;
  const unnamed = found.length === 1 ? found[0] : undefined;
  return failed.map((address) => {
    const said = found.find((r) => r.address?.toLowerCase() === address.toLowerCase()) ?? (unnamed && !unnamed.address ? unnamed : undefined) ?? (failed.length === 1 ? unnamed : undefined);
    return { ...said, address };
  });
}

/** The first address in a header value such as "Kijitora <kijitora@example.org>". */
function firstAddress(value: string | undefined): string | undefined {
  const m = value ? /<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? ADDRESS.exec(value) : null;
  return m ? (m[1] ?? m[0]) : undefined;
}

export type ReadBounce = ReturnType<typeof createBounceReader>;
