/**
 * qmail, netqmail and notqmail: the texts of qmail-smtpd (SMTP replies), qmail-remote and qmail-local
 * (bounce reasons, with the "(#x.y.z)" status qmail puts at the end) and qmail-send. Source:
 * notqmail/notqmail, whose texts are qmail 1.03's; real bounces collected by sisimai.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const NQ = 'https://github.com/notqmail/notqmail/blob/main';
const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'qmail',
  name: 'qmail / netqmail / notqmail',
  kind: 'mta',
  docs: 'https://notqmail.org/',
};

export const signatures: SignatureInput[] = [
  {
    // qmail-local; also the wording of the chkuser patch at SMTP time ("(#5.1.1 - chkuser)").
    id: 'qmail-no-mailbox-here',
    pattern: String.raw`no mailbox here by that name`,
    reason: 'recipient-unknown',
    sender: 'qmail',
    docs: `${NQ}/qmail-local.c`,
    codes: ['550', '5.1.1'],
    examples: [
      { text: 'Sorry, no mailbox here by that name. (#5.1.1)', source: `${SISIMAI}/lhost-qmail-21.eml` },
      { text: '550 sorry, no mailbox here by that name (#5.1.1 - chkusr)', source: `${SISIMAI}/lhost-activehunter-01.eml` },
    ],
  },
  {
    id: 'qmail-rcpthosts',
    pattern: String.raw`isn't in my list of allowed rcpthosts`,
    reason: 'relay-denied',
    sender: 'qmail',
    docs: `${NQ}/qmail-smtpd.c`,
    codes: ['553', '5.7.1'],
    examples: [{ text: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", source: `${NQ}/qmail-smtpd.c` }],
  },
  {
    id: 'qmail-badmailfrom',
    pattern: String.raw`envelope sender is in my badmailfrom list`,
    reason: 'sender-rejected',
    sender: 'qmail',
    docs: `${NQ}/qmail-smtpd.c`,
    codes: ['553', '5.7.1'],
    examples: [{ text: '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', source: `${NQ}/qmail-smtpd.c` }],
  },
  {
    id: 'qmail-databytes',
    pattern: String.raw`message size exceeds my databytes limit`,
    reason: 'message-too-large',
    sender: 'qmail',
    docs: `${NQ}/qmail-smtpd.c`,
    codes: ['552', '5.3.4'],
    examples: [{ text: '552 sorry, that message size exceeds my databytes limit (#5.3.4)', source: `${NQ}/qmail-smtpd.c` }],
  },
  {
    // qmail-smtpd counts Received/Delivered-To headers: a forwarding loop.
    id: 'qmail-too-many-hops',
    pattern: String.raw`too many hops, this message is looping`,
    reason: 'network-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-smtpd.c`,
    codes: ['554', '5.4.6'],
    examples: [{ text: '554 too many hops, this message is looping (#5.4.6)', source: `${NQ}/qmail-smtpd.c` }],
  },
  {
    // qmail-local: a forwarding loop back to this mailbox.
    id: 'qmail-delivered-to-loop',
    pattern: String.raw`already has my Delivered-To line`,
    reason: 'network-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-local.c`,
    codes: ['5.4.6'],
    examples: [{ text: 'This message is looping: it already has my Delivered-To line. (#5.4.6)', source: `${NQ}/qmail-local.c` }],
  },
  {
    // qmail-smtpd rejects a message with a bare LF and points to djb's explanation.
    id: 'qmail-bare-lf',
    pattern: String.raw`docs/smtplf\.html`,
    reason: 'not-rfc-compliant',
    sender: 'qmail',
    docs: `${NQ}/qmail-smtpd.c`,
    codes: ['451'],
    versions: 'qmail 1.03 and netqmail: "451 See http://pobox.com/~djb/docs/smtplf.html."; notqmail: "451 See https://cr.yp.to/docs/smtplf.html."',
    examples: [
      { text: '451 See https://cr.yp.to/docs/smtplf.html.', source: `${NQ}/qmail-smtpd.c` },
      { text: "{:error, :send, {:temporary_failure, 'mx.example.com', \"451 See http://pobox.com/~djb/docs/smtplf.html.\\r\\n\"}}", source: 'https://github.com/gen-smtp/gen_smtp/issues/253' },
    ],
  },
  {
    id: 'qmail-no-smtp-connection',
    pattern: String.raw`wasn't able to establish an SMTP connection`,
    reason: 'network-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-remote.c`,
    codes: ['4.4.1'],
    examples: [{ text: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", source: `${SISIMAI}/lhost-qmail-07.eml` }],
  },
  {
    id: 'qmail-connection-died',
    pattern: String.raw`but connection died`,
    reason: 'network-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-remote.c`,
    codes: ['4.4.2'],
    examples: [{ text: 'but connection died. (#4.4.2)', source: `${NQ}/qmail-remote.c` }],
  },
  {
    id: 'qmail-no-host-named',
    pattern: String.raw`couldn't find any host named`,
    reason: 'domain-not-found',
    sender: 'qmail',
    docs: `${NQ}/qmail-remote.c`,
    codes: ['5.1.2'],
    examples: [{ text: "Sorry, I couldn't find any host named cx.example.com. (#5.1.2)", source: `${SISIMAI}/lhost-qmail-13.eml` }],
  },
  {
    // The temporary variant (#4.1.2): the DNS lookup failed for now.
    id: 'qmail-no-host-by-that-name',
    pattern: String.raw`couldn't find any host by that name`,
    reason: 'network-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-remote.c`,
    codes: ['4.1.2'],
    examples: [{ text: "Sorry, I couldn't find any host by that name. (#4.1.2)", source: `${NQ}/qmail-remote.c` }],
  },
  {
    id: 'qmail-no-mail-exchanger',
    pattern: String.raw`couldn't find a mail exchanger or IP address`,
    reason: 'domain-not-found',
    sender: 'qmail',
    docs: `${NQ}/qmail-remote.c`,
    codes: ['5.4.4'],
    examples: [{ text: "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", source: `${SISIMAI}/lhost-qmail-11.eml` }],
  },
  {
    // This host is an MX for the domain but does not treat it as local: a routing loop.
    id: 'qmail-best-preference-mx',
    pattern: String.raw`listed as a best-preference MX or A for that host`,
    reason: 'network-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-remote.c`,
    codes: ['5.4.6'],
    examples: [{ text: "Sorry. Although I'm listed as a best-preference MX or A for that host,", source: `${NQ}/qmail-remote.c` }],
  },
  {
    // qmail-send gave up after queuelifetime (one week by default); the line before it, when there
    // is one, gives the last failure.
    id: 'qmail-queue-too-long',
    pattern: String.raw`this message has been in the queue too long`,
    reason: 'expired',
    sender: 'qmail',
    docs: `${NQ}/qmail-send.c`,
    codes: [],
    examples: [
      { text: "I'm not going to try again; this message has been in the queue too long.", source: `${NQ}/qmail-send.c` },
    ],
  },
  {
    id: 'qmail-maildir-delivery-error',
    pattern: String.raw`(?:Unable to chdir to maildir|Temporary error on maildir delivery|Timeout on maildir delivery)`,
    reason: 'local-delivery-error',
    sender: 'qmail',
    docs: `${NQ}/qmail-local.c`,
    codes: ['4.2.1', '4.3.0'],
    examples: [
      { text: 'Unable to chdir to maildir. (#4.2.1)', source: `${NQ}/qmail-local.c` },
      { text: 'Temporary error on maildir delivery. (#4.3.0)', source: `${NQ}/qmail-local.c` },
    ],
  },
];
