/**
 * The Courier mail server (courier-mta): courieresmtpd replies, the esmtp client's DNS and loop
 * errors and local delivery. Source: svarshavchik/courier.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SRC = 'https://github.com/svarshavchik/courier/blob/master/courier/courier';
const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'courier',
  name: 'Courier mail server',
  kind: 'mta',
  docs: 'https://www.courier-mta.org/',
};

export const signatures: SignatureInput[] = [
  {
    id: 'courier-relaying-denied',
    pattern: String.raw`513 Relaying denied`,
    reason: 'relay-denied',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/esmtp.C`,
    codes: ['513'],
    examples: [{ text: 'Error: 513 Relaying denied.', source: `${SRC}/module.esmtp/testesmtp.C` }],
  },
  {
    id: 'courier-no-such-domain',
    pattern: String.raw`No such domain\.`,
    reason: 'domain-not-found',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/libesmtp.C`,
    codes: [],
    examples: [{ text: '<<< No such domain.', source: `${SISIMAI}/lhost-courier-04.eml` }],
  },
  {
    // The domain has no MX and no address record (or a null MX).
    id: 'courier-domain-does-not-receive-mail',
    pattern: String.raw`Domain does not receive mail\.`,
    reason: 'domain-rejects-mail',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/libesmtp.C`,
    codes: [],
    examples: [{ text: 'Domain does not receive mail.', source: `${SRC}/module.esmtp/libesmtp.C` }],
  },
  {
    id: 'courier-dns-lookup-failed',
    pattern: String.raw`DNS lookup failed\.`,
    reason: 'network-error',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/libesmtp.C`,
    codes: [],
    examples: [{ text: 'DNS lookup failed.', source: `${SRC}/module.esmtp/libesmtp.C` }],
  },
  {
    id: 'courier-mail-loops-back',
    pattern: String.raw`mail loops back to myself \(MX problem\)`,
    reason: 'network-error',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/libesmtp.C`,
    codes: [],
    examples: [{ text: 'configuration error: mail loops back to myself (MX problem).', source: `${SRC}/module.esmtp/libesmtp.C` }],
  },
  {
    id: 'courier-delivered-to-loop',
    pattern: String.raw`Mail loop - already have my Delivered-To: header`,
    reason: 'network-error',
    sender: 'courier',
    docs: `${SRC}/module.local/deliver.C`,
    codes: [],
    examples: [{ text: 'Mail loop - already have my Delivered-To: header.', source: `${SRC}/module.local/deliver.C` }],
  },
  {
    id: 'courier-message-too-big',
    pattern: String.raw`534 SIZE=Message too big`,
    reason: 'message-too-large',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/courieresmtpd.C`,
    codes: ['534'],
    examples: [{ text: '534 SIZE=Message too big.', source: `${SRC}/module.esmtp/courieresmtpd.C` }],
  },
  {
    id: 'courier-starttls-required',
    pattern: String.raw`STARTTLS is required first`,
    reason: 'tls-required',
    sender: 'courier',
    docs: `${SRC}/module.esmtp/courieresmtpd.C`,
    codes: ['400'],
    examples: [{ text: '400 STARTTLS is required first.', source: `${SRC}/module.esmtp/courieresmtpd.C` }],
  },
  {
    id: 'courier-maildir-over-quota',
    pattern: String.raw`Maildir over quota`,
    reason: 'mailbox-full',
    sender: 'courier',
    docs: `${SRC}/module.local/deliver.C`,
    codes: [],
    examples: [{ text: 'Maildir over quota.', source: `${SRC}/module.local/deliver.C` }],
  },
];
