/**
 * Single log lines, as administrators paste them from Postfix, Exim, Sendmail or Exchange message
 * tracking: the recipient, what happened to it, the enhanced status, the relay and the remote words.
 */
import type { Action } from './delivery-status.ts';
import { remoteMtaIn, type TextRecipient } from './layouts.ts';

export interface LogRecipient extends TextRecipient {
  status?: string;
}

const POSTFIX_STATUS: Readonly<Record<string, Action>> = { bounced: 'failed', deferred: 'delayed', sent: 'delivered', expired: 'failed' };

/** Postfix: "to=<user@example.com>, relay=mx[ip]:25, …, dsn=5.1.1, status=bounced (host … said: …)". */
function postfix(line: string): LogRecipient | undefined {
  const m = /\bto=<([^>]*)>.*?\bdsn=(\d\.\d{1,3}\.\d{1,3}),\s*status=(\w+)(?:\s*\((.*)\))?/.exec(line);
  if (!m) return undefined;
  const relay = /\brelay=([^\s,[]+)/.exec(line)?.[1];
  const diagnostic = m[4]?.trim();
  return {
    address: m[1]!,
    status: m[2]!,
    ...(POSTFIX_STATUS[m[3]!] ? { action: POSTFIX_STATUS[m[3]!] } : {}),
    ...(relay && relay !== 'none' ? { remoteMta: relay } : diagnostic && remoteMtaIn(diagnostic) ? { remoteMta: remoteMtaIn(diagnostic)! } : {}),
    ...(diagnostic ? { diagnostic } : {}),
  };
}

/** Exim: "** user@example.com R=… T=… H=mx [ip]: SMTP error from remote mail server after RCPT TO:<…>: 550 …". */
function exim(line: string): LogRecipient | undefined {
  const m = /(\*\*|==|=>|->)\s+(\S+@\S+?)(?:\s+<\S+>)?\s+(?:R=|F=|P=|\()([\s\S]*)$/.exec(line);
  if (!m) return undefined;
  const action: Action = m[1] === '**' ? 'failed' : m[1] === '==' ? 'delayed' : 'delivered';
  const host = /\bH=([^\s[]+)/.exec(m[3]!)?.[1];
  const diagnostic = /:\s*((?:SMTP error|retry|Unrouteable|all hosts|host lookup|mailbox|\d{3}[ -])[\s\S]*)$/i.exec(m[3]!)?.[1]?.trim();
  return { address: m[2]!, action, ...(host ? { remoteMta: host } : {}), ...(diagnostic ? { diagnostic } : {}) };
}

/** Sendmail: "to=<user@example.com>, …, relay=mx. [ip], dsn=5.1.1, stat=User unknown". */
function sendmail(line: string): LogRecipient | undefined {
  const m = /\bto=<?([^>,\s]+)>?,.*?\bdsn=(\d\.\d{1,3}\.\d{1,3}),\s*stat=(.*)$/.exec(line);
  if (!m) return undefined;
  const relay = /\brelay=([^\s,[]+)/.exec(line)?.[1]?.replace(/\.$/, '');
  const status = m[2]!;
  const action: Action = /^Sent\b/i.test(m[3]!) ? 'delivered' : status.startsWith('4') || /^Deferred/i.test(m[3]!) ? 'delayed' : 'failed';
  return { address: m[1]!, status, action, ...(relay ? { remoteMta: relay } : {}), diagnostic: m[3]!.trim() };
}

/** Exchange message tracking (Get-MessageTrackingLog or CSV): a FAIL or DEFER event with its RecipientStatus. */
function exchangeTracking(line: string): LogRecipient | undefined {
  if (!/\b(FAIL|DEFER|DSN)\b/.test(line) || !/\b\d{3}[ -]\d\.\d{1,3}\.\d{1,3}/.test(line)) return undefined;
  const address = /([^\s",;<>{}]+@[^\s",;<>{}]+)/.exec(line)?.[1];
  const diagnostic = /(\d{3}[ -]\d\.\d{1,3}\.\d{1,3}[^"\r\n]*)/.exec(line)?.[1]?.trim();
  return {
    ...(address ? { address } : {}),
    action: /\bDEFER\b/.test(line) ? 'delayed' : 'failed',
    ...(diagnostic ? { diagnostic } : {}),
  };
}

/** The recipient a single log line reports, when it is one of the known log formats. */
export function readLogLine(line: string): LogRecipient | undefined {
  return postfix(line) ?? sendmail(line) ?? exim(line) ?? exchangeTracking(line);
}
