/**
 * What "copy for ticket" puts on the clipboard: plain text in one format, whether it comes from a
 * code, reason or comparison page or from a bounce report. It reads the same pasted into any help
 * desk: no Markdown, no HTML, links written out in full.
 */
import { format } from '../i18n/format.ts';

/** A page for a ticket: its title, its verdict and its one-line fix, then the link to its fix section. */
export function pageTicketText(lines: readonly string[], link: string): string {
  return [...lines.map((l) => l.trim()).filter(Boolean), link].join('\n');
}

/** An address with its local part hidden: "kijitora@example.com" → "k***@example.com". The domain stays: it names the provider. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address[0]}***${address.slice(at)}` : address;
}

/** Every address in a text, masked. */
export const maskAddresses = (text: string) => text.replace(/[^\s<>()"'`,;:[\]\\@]{1,64}@[\w.-]{1,253}\.[A-Za-z]{2,63}/g, maskAddress);

/** One recipient of a bounce report as a ticket shows it; texts already in the reader's language. */
export interface TicketRecipient {
  address?: string;
  action?: string;
  codes: readonly string[];
  reason: string;
  advice: string;
  /** For a delayed recipient: the reason title of what delays it. */
  cause?: string;
  link: string;
}

/** The locale's templates for a report's lines (UI strings `report.ticket.*`). */
export interface TicketTemplates {
  recipient: string;
  codes: string;
  reason: string;
  advice: string;
  cause: string;
  noAddress: string;
}

/** A bounce report for a ticket: what the message is, then each recipient with its codes, reason, advice and page. */
export function reportTicketText(heading: string, recipients: readonly TicketRecipient[], t: TicketTemplates, mask: boolean): string {
  const blocks = recipients.map((r, i) => {
    const address = r.address ? (mask ? maskAddress(r.address) : r.address) : t.noAddress;
    const lines = [
      r.action ? format(t.recipient, { n: i + 1, address, action: r.action }) : `${i + 1}. ${address}`,
      r.codes.length > 0 ? format(t.codes, { codes: r.codes.join(' ') }) : '',
      format(t.reason, { reason: r.reason }),
      r.cause ? format(t.cause, { reason: r.cause }) : '',
      r.advice ? format(t.advice, { advice: r.advice }) : '',
      r.link,
    ];
    return lines.filter(Boolean).map((l, j) => (j === 0 ? l : `   ${l}`)).join('\n');
  });
  return [heading, ...blocks].join('\n\n');
}
