/**
 * The facts about each reason behind a bounce (docs/architecture.md, Reasons): whether it is a hard
 * or soft bounce, what the sending server should do, who has to act, whether a mailing list should
 * stop sending to the recipient, and the tools a support engineer opens next. One entry per id, in
 * the order of REASON_IDS. The prose of each reason is in content/{locale}/reasons/{id}.mdx; the
 * blocklists behind ip-blocklisted and bad-reputation are in blocklists.ts.
 *
 * bounce: 'hard' = do not send to this address again, 'soft' = may clear by itself or after a fix,
 * 'none' = not a failure. suppress is this site's rule: only a permanent failure of the address itself
 * (a 5.X.X in the classes of RFC 3463 §2, which defines the classes but says nothing about lists) or the
 * recipient's own complaint takes the recipient off a list.
 * Tool addresses checked 2026-12 against the operators' own pages: Google's Email sender guidelines
 * (support.google.com/mail/answer/81126, which links the Admin Toolbox), the new SNDS portal that
 * replaced sendersupport.olc.protection.outlook.com/snds/ in June 2026, and Yahoo's Sender Hub FAQ.
 */
import type { ReasonInput } from './reason-schema.ts';

/** Google Admin Toolbox Dig: MX, A, TXT and PTR lookups; Google's sender guidelines link it for PTR checks. */
const DIG = { name: 'Google Admin Toolbox Dig', url: 'https://toolbox.googleapps.com/apps/dig/' };
const POSTMASTER_TOOLS = { name: 'Google Postmaster Tools', url: 'https://postmaster.google.com/' };
/** Outlook.com's complaint feedback loop; the link is the new SNDS portal's JMRP page (June 2026). */
const JMRP = { name: 'Microsoft JMRP', url: 'https://substrate.office.com/ip-domain-management-snds/SNDS/Jmrp' };
/** The new SNDS portal, which replaced sendersupport.olc.protection.outlook.com/snds/ in June 2026. */
const SNDS = { name: 'Microsoft SNDS', url: 'https://substrate.office.com/ip-domain-management-snds/SNDS' };
const YAHOO_CFL = { name: 'Yahoo Complaint Feedback Loop', url: 'https://senders.yahooinc.com/complaint-feedback-loop/' };

export const REASONS: ReasonInput[] = [
  // Address and mailbox
  { id: 'recipient-unknown', bounce: 'hard', senderAction: 'do-not-retry', actors: ['sender'], suppress: true, tools: [] },
  {
    id: 'recipient-disabled',
    bounce: 'hard',
    senderAction: 'do-not-retry',
    // Hard although an account can be reactivated: the providers treat a disabled or inactive mailbox as
    // gone for senders (Gmail's 5.2.1 "is inactive"), and only the recipient can change that.
    actors: ['sender', 'recipient'],
    suppress: true,
    tools: [],
  },
  {
    id: 'recipient-moved',
    bounce: 'hard',
    // The old address is dead (hard, suppress), but the message itself can go to the new address when
    // the reply names one (551 "please try <forward-path>"), hence fix-and-resend rather than do-not-retry.
    senderAction: 'fix-and-resend',
    actors: ['sender'],
    suppress: true,
    tools: [],
  },
  {
    id: 'mailbox-full',
    bounce: 'soft',
    senderAction: 'retry-later',
    // The recipient is the one who can clear it; the sender only waits or uses another channel.
    actors: ['recipient', 'sender'],
    // Not suppressed on one bounce: quota clears. Lists that see it for weeks may treat the mailbox as
    // abandoned (Gmail's permanent 552 5.2.2 says "out of storage space and inactive").
    suppress: false,
    tools: [],
  },
  {
    id: 'domain-not-found',
    bounce: 'hard',
    // Usually a typo in the domain: correct it and send again. A temporary DNS failure is network-error.
    senderAction: 'fix-and-resend',
    actors: ['sender', 'receiving-admin'],
    suppress: true,
    tools: [DIG],
  },
  { id: 'domain-rejects-mail', bounce: 'hard', senderAction: 'do-not-retry', actors: ['sender'], suppress: true, tools: [DIG] },
  // Message
  {
    id: 'message-too-large',
    // Soft by this site's rule: the address is fine, the same message is refused until it is made smaller.
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    actors: ['sender', 'receiving-admin'],
    suppress: false,
    tools: [],
  },
  { id: 'policy-violation', bounce: 'soft', senderAction: 'fix-and-resend', actors: ['sender', 'receiving-admin'], suppress: false, tools: [] },
  {
    id: 'spam-detected',
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    actors: ['sender', 'sending-admin'],
    suppress: false,
    // Postmaster Tools shows the spam rate Gmail users report (Google's Sender requirements & Postmaster Tools FAQ).
    tools: [POSTMASTER_TOOLS],
  },
  // A virus in an outgoing message usually means an infected sender's device: the admin acts too.
  { id: 'virus-detected', bounce: 'soft', senderAction: 'fix-and-resend', actors: ['sender', 'sending-admin'], suppress: false, tools: [] },
  {
    id: 'not-rfc-compliant',
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    // The program that builds the message is at fault (a web application, a script, a device), not the person.
    actors: ['sending-admin', 'sender'],
    suppress: false,
    tools: [],
  },
  // Sender
  {
    id: 'ip-blocklisted',
    bounce: 'soft',
    // Delisting is the fix; resending before it fails the same way.
    senderAction: 'fix-and-resend',
    actors: ['sending-admin'],
    suppress: false,
    tools: [
      // SNDS's IP Status page shows whether Outlook.com blocks an IP the admin has registered.
      SNDS,
      // One multi-list lookup for the bounces that do not name the list; it also queries many lists that
      // few receivers use, so the prose says to look at the list named in the bounce first.
      { name: 'MXToolbox Blacklist Check', url: 'https://mxtoolbox.com/blacklists.aspx' },
    ],
  },
  {
    id: 'bad-reputation',
    bounce: 'soft',
    // Deferrals (421 4.7.0, 4.7.28) are retried by the server anyway; what ends the refusals is a change in
    // what is sent and to whom, so the verdict is fix-and-resend rather than retry-later.
    senderAction: 'fix-and-resend',
    actors: ['sending-admin', 'sender'],
    suppress: false,
    // The providers' lookups (SNDS, Postmaster Tools, Sender Hub) are in the blocklists table; these are the
    // complaint feeds that show which mail draws the complaints.
    tools: [JMRP, YAHOO_CFL],
  },
  { id: 'missing-reverse-dns', bounce: 'soft', senderAction: 'fix-and-resend', actors: ['sending-admin'], suppress: false, tools: [DIG] },
  {
    id: 'authentication-failed',
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    // The DNS records and signing belong to the domain's admin; the sender's part is to report it, or to
    // stop sending through a service the domain has not authorised.
    actors: ['sending-admin', 'sender'],
    suppress: false,
    tools: [
      { name: 'Gmail Email sender guidelines', url: 'https://support.google.com/mail/answer/81126' },
      { name: 'Yahoo Sender Requirements & Recommendations', url: 'https://senders.yahooinc.com/best-practices/' },
      { name: 'Outlook.com Postmaster policies', url: 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Policies' },
      // Reads the Authentication-Results header of a received copy.
      { name: 'Google Admin Toolbox Messageheader', url: 'https://toolbox.googleapps.com/apps/messageheader/' },
    ],
  },
  {
    id: 'sender-rejected',
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    actors: ['sending-admin', 'sender'],
    suppress: false,
    // Receivers check that the envelope sender's domain resolves (Yahoo checks it with an SOA query).
    tools: [DIG],
  },
  {
    id: 'relay-denied',
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    // Most often a mail program or device that does not log in: the person who set it up fixes it.
    actors: ['sender', 'sending-admin'],
    suppress: false,
    tools: [],
  },
  { id: 'login-failed', bounce: 'soft', senderAction: 'fix-and-resend', actors: ['sender', 'sending-admin'], suppress: false, tools: [] },
  { id: 'tls-required', bounce: 'soft', senderAction: 'fix-and-resend', actors: ['sending-admin'], suppress: false, tools: [] },
  // Limits and rules
  {
    id: 'rate-limited',
    bounce: 'soft',
    senderAction: 'retry-later',
    // Nobody has to act for a one-off; the admin acts when the limit is hit every day.
    actors: ['sending-admin', 'sender'],
    suppress: false,
    tools: [],
  },
  {
    id: 'greylisted',
    bounce: 'soft',
    senderAction: 'retry-later',
    // A normal mail server's retry passes it; only software that never retries needs its admin.
    actors: ['nobody', 'sending-admin'],
    suppress: false,
    tools: [],
  },
  {
    id: 'filtered',
    bounce: 'soft',
    // The rule belongs to the recipient's side; once they change it, the sender sends again.
    senderAction: 'fix-and-resend',
    actors: ['recipient', 'receiving-admin'],
    suppress: false,
    tools: [],
  },
  // Delivery
  {
    id: 'expired',
    bounce: 'soft',
    // The message has left the queue: someone has to send it again once the underlying error is fixed.
    senderAction: 'fix-and-resend',
    actors: ['sending-admin', 'sender'],
    // One expiry is not proof that the address is dead; the underlying error decides.
    suppress: false,
    tools: [],
  },
  { id: 'network-error', bounce: 'soft', senderAction: 'retry-later', actors: ['sending-admin', 'receiving-admin'], suppress: false, tools: [DIG] },
  { id: 'remote-system-error', bounce: 'soft', senderAction: 'retry-later', actors: ['receiving-admin'], suppress: false, tools: [] },
  {
    id: 'protocol-error',
    bounce: 'soft',
    // The sending software speaks SMTP wrongly; the same session fails again until it is fixed.
    senderAction: 'fix-and-resend',
    actors: ['sending-admin'],
    suppress: false,
    tools: [],
  },
  {
    id: 'local-delivery-error',
    bounce: 'soft',
    // Was retry-later. The receiving server had accepted the message, so the failure comes back as a bounce
    // (RFC 5321 §6.1) and nothing is left in the sending server's queue to retry: as with expired, someone
    // sends it again once the recipient's side is fixed.
    senderAction: 'fix-and-resend',
    actors: ['receiving-admin'],
    suppress: false,
    tools: [],
  },
  // Not a bounce
  { id: 'auto-reply', bounce: 'none', senderAction: 'nothing', actors: ['nobody'], suppress: false, tools: [] },
  {
    id: 'complaint-report',
    bounce: 'none',
    senderAction: 'nothing',
    actors: ['sender'],
    // The only "not a bounce" that removes the recipient: they asked not to get this mail. Yahoo and
    // Microsoft describe their feedback loops as the way to remove complainers from lists.
    suppress: true,
    tools: [JMRP, YAHOO_CFL, POSTMASTER_TOOLS],
  },
  { id: 'delivery-report', bounce: 'none', senderAction: 'nothing', actors: ['nobody'], suppress: false, tools: [] },
  {
    id: 'unclassified',
    // Nothing tells the reason, so the safe default: keep the address and find out before resending.
    // The basic and enhanced codes, when present, decide between retrying and fixing.
    bounce: 'soft',
    senderAction: 'fix-and-resend',
    actors: ['sender', 'sending-admin'],
    suppress: false,
    tools: [],
  },
];
