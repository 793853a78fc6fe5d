/**
 * The machine-readable parts of reports: RFC 3464 delivery-status (one block of per-message fields,
 * then one block per recipient, blank-line separated, with folded lines) and RFC 5965 feedback
 * reports (ARF), which use the same field syntax.
 */

export type Fields = ReadonlyMap<string, string>;

/** The field blocks of a delivery-status or feedback-report body, names lower case, folded lines joined. */
export function fieldBlocks(text: string): Fields[] {
  const blocks: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      current = undefined;
      last = undefined;
      continue;
    }
    if (/^[ \t]/.test(line) && current && last) {
      current.set(last, `${current.get(last)!} ${line.trim()}`);
      continue;
    }
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    last = m[1]!.toLowerCase();
    if (!current || startsRecipient(last, current)) blocks.push((current = new Map()));
    // A field given twice keeps every value, one per line: ARF repeats Original-Rcpt-To (RFC 5965
    // §3.2), and some MTAs repeat Diagnostic-Code to continue it.
    current.set(last, current.has(last) ? `${current.get(last)!}\n${m[2]!.trim()}` : m[2]!.trim());
  }
  return blocks;
}

/**
 * Whether a field opens the next recipient's block although no blank line came before it, as some
 * MTAs write them: a recipient field after the per-message fields, or after another recipient's.
 */
function startsRecipient(name: string, current: ReadonlyMap<string, string>): boolean {
  if (name !== 'original-recipient' && name !== 'final-recipient') return false;
  return current.has(name) || current.has('action') || current.has('status') || current.has('reporting-mta');
}

/** A typed value without its type: "rfc822; user@example.com" → "user@example.com" (RFC 3464 §2.3.2). */
export function untyped(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*[\w.-]+\s*;\s*([\s\S]*)$/.exec(value);
  return (m ? m[1]! : value).trim() || undefined;
}

/** The address of a recipient field: "rfc822; <User@Example.com>" → "User@Example.com". */
export function addressOf(value: string | undefined): string | undefined {
  const text = untyped(value);
  if (!text) return undefined;
  const m = /<?([^\s<>"]+@[^\s<>"]+?)>?(?:\s|$)/.exec(text);
  return m ? m[1]!.replace(/[.,;]+$/, '') : undefined;
}

/** The host of a Remote-MTA field: "dns; mx.example.com [192.0.2.1]" → "mx.example.com" (a bare IP stays). */
export function hostOf(value: string | undefined): string | undefined {
  const text = untyped(value);
  if (!text) return undefined;
  const host = text.split(/[\s[(]/)[0]!.replace(/\.$/, '').replace(/^\[|\]$/g, '');
  return host || undefined;
}

/** The enhanced status of a Status field: "5.1.1 (user unknown)" → "5.1.1". */
export function statusOf(value: string | undefined): string | undefined {
  return value ? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(value)?.[1] : undefined;
}

export const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'] as const;
export type Action = (typeof ACTIONS)[number];

/** The Action field as RFC 3464 §2.3.3 names its values; anything else is undefined. */
export function actionOf(value: string | undefined): Action | undefined {
  const word = value?.trim().toLowerCase().split(/[\s(;]/)[0];
  return ACTIONS.find((a) => a === word);
}
