/**
 * The blocklists a support engineer meets in bounces: public DNS blocklists (reason ip-blocklisted)
 * and the big providers' own block lists and reputation systems. Every address is the operator's own
 * lookup and removal page (they may be the same page). Checked 2026-12 against the operators' pages
 * (Spamhaus, SpamCop, PSBL, Mailspike, SpamRATS, Backscatterer.org) and, for the providers, Microsoft
 * Learn's delist article, the SNDS portal, Google's sender FAQ and Yahoo's Sender Hub. UCEPROTECT's own
 * pages could not be read in that check: its entries rest on third-party descriptions (see below).
 *
 * Left out on purpose: SORBS (Proofpoint shut it down on 5 June 2024), NiX Spam (closed in 2025), and
 * lists whose current lookup address could not be confirmed from the operator (Abusix).
 */
import type { Blocklist } from './reason-schema.ts';

/** Spamhaus's IP and Domain Reputation Checker: one page looks up any IP or domain and leads to removal. */
const SPAMHAUS_CHECKER = 'https://check.spamhaus.org/';
const UCEPROTECT_CHECK = 'https://www.uceprotect.net/en/rblcheck.php';

export const BLOCKLISTS: Blocklist[] = [
  // Spamhaus: ZEN is the one zone most servers query; the bounce usually names zen.spamhaus.org, and the
  // Checker tells which part lists the address.
  {
    id: 'spamhaus-zen',
    name: 'Spamhaus ZEN',
    operator: 'Spamhaus',
    zones: ['zen.spamhaus.org'],
    lists: ['spam-sources', 'spam-operations', 'exploited-hosts', 'dynamic-ranges'],
    combines: ['SBL', 'CSS', 'XBL', 'PBL'],
    lookup: SPAMHAUS_CHECKER,
    removal: SPAMHAUS_CHECKER,
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamhaus-sbl',
    name: 'Spamhaus SBL',
    operator: 'Spamhaus',
    zones: ['sbl.spamhaus.org'],
    lists: ['spam-sources', 'spam-operations'],
    lookup: SPAMHAUS_CHECKER,
    // Only the ISP that owns the IP can ask for an SBL removal, by email from the SBL record the Checker links.
    removal: SPAMHAUS_CHECKER,
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamhaus-css',
    name: 'Spamhaus CSS',
    operator: 'Spamhaus',
    // CSS has no zone of its own: it answers 127.0.0.3 in the SBL zone (and so in ZEN).
    zones: ['sbl.spamhaus.org'],
    lists: ['spam-sources'],
    lookup: SPAMHAUS_CHECKER,
    removal: SPAMHAUS_CHECKER,
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamhaus-xbl',
    name: 'Spamhaus XBL',
    operator: 'Spamhaus',
    zones: ['xbl.spamhaus.org'],
    lists: ['exploited-hosts'],
    lookup: SPAMHAUS_CHECKER,
    removal: SPAMHAUS_CHECKER,
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamhaus-pbl',
    name: 'Spamhaus PBL',
    operator: 'Spamhaus',
    zones: ['pbl.spamhaus.org'],
    // End-user ranges that should not send unauthenticated mail directly; not a spam listing.
    lists: ['dynamic-ranges'],
    lookup: SPAMHAUS_CHECKER,
    removal: SPAMHAUS_CHECKER,
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    operator: 'Spamhaus',
    // Lists domains, not IPs: a hit means a domain in the sender address or the message's links.
    zones: ['dbl.spamhaus.org'],
    lists: ['spam-domains'],
    lookup: SPAMHAUS_CHECKER,
    removal: SPAMHAUS_CHECKER,
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamcop',
    name: 'SpamCop Blocking List (SCBL)',
    operator: 'SpamCop',
    zones: ['bl.spamcop.net'],
    lists: ['reported-sources'],
    // Listings expire 24 hours after the last report; SpamCop asks not to file removal requests.
    lookup: 'https://www.spamcop.net/bl.shtml',
    removal: 'https://www.spamcop.net/bl.shtml',
    reason: 'ip-blocklisted',
  },
  {
    id: 'barracuda',
    name: 'Barracuda Reputation Block List (BRBL)',
    operator: 'Barracuda Networks',
    zones: ['b.barracudacentral.org'],
    lists: ['spam-sources'],
    // Barracuda Central's own pages could not be read when this was written: these two addresses are the
    // ones many lookup tools and guides link to, and should be rechecked on barracudacentral.org.
    lookup: 'https://www.barracudacentral.org/lookups',
    removal: 'https://www.barracudacentral.org/rbl/removal-request',
    reason: 'ip-blocklisted',
  },
  // UCEPROTECT: level 1 lists single IPs, levels 2 and 3 escalate to the allocation and the whole network
  // (ASN) when many of its IPs are at level 1; levels 2 and 3 clear only when level 1 does. Checked 2026-12
  // only against third-party descriptions (helohub.com, HetrixTools quoting uceprotect.net); recheck the
  // rules and the rblcheck.php address on uceprotect.net.
  {
    id: 'uceprotect-1',
    name: 'UCEPROTECT Level 1',
    operator: 'UCEPROTECT',
    zones: ['dnsbl-1.uceprotect.net'],
    lists: ['spam-traps'],
    lookup: UCEPROTECT_CHECK,
    removal: UCEPROTECT_CHECK,
    reason: 'ip-blocklisted',
  },
  {
    id: 'uceprotect-2',
    name: 'UCEPROTECT Level 2',
    operator: 'UCEPROTECT',
    zones: ['dnsbl-2.uceprotect.net'],
    lists: ['ranges'],
    lookup: UCEPROTECT_CHECK,
    removal: UCEPROTECT_CHECK,
    reason: 'ip-blocklisted',
  },
  {
    id: 'uceprotect-3',
    name: 'UCEPROTECT Level 3',
    operator: 'UCEPROTECT',
    zones: ['dnsbl-3.uceprotect.net'],
    lists: ['ranges'],
    lookup: UCEPROTECT_CHECK,
    removal: UCEPROTECT_CHECK,
    reason: 'ip-blocklisted',
  },
  {
    id: 'backscatterer',
    name: 'Backscatterer.org',
    operator: 'UCEPROTECT',
    zones: ['ips.backscatterer.org'],
    // Servers that send misdirected bounces, auto-replies or sender callouts; listed for four weeks.
    lists: ['backscatter'],
    lookup: 'https://www.backscatterer.org/?target=test',
    removal: 'https://www.backscatterer.org/?target=test',
    reason: 'ip-blocklisted',
  },
  {
    id: 'psbl',
    name: 'Passive Spam Block List (PSBL)',
    operator: 'PSBL',
    zones: ['psbl.surriel.com'],
    // Anyone can remove an IP through the web page; a spam trap hit lists it again.
    lists: ['spam-traps'],
    lookup: 'https://psbl.org/listing',
    removal: 'https://psbl.org/remove',
    reason: 'ip-blocklisted',
  },
  {
    id: 'mailspike',
    name: 'Mailspike BL',
    operator: 'Mailspike',
    zones: ['bl.mailspike.net'],
    lists: ['spam-sources'],
    // Mailspike's IP Verify page does both the lookup and the delisting request.
    lookup: 'https://mailspike.io/ip_verify',
    removal: 'https://mailspike.io/ip_verify',
    reason: 'ip-blocklisted',
  },
  // SpamRATS: three independent lists; each list's own page has its removal form.
  {
    id: 'spamrats-dyna',
    name: 'SpamRATS RATS-Dyna',
    operator: 'SpamRATS',
    zones: ['dyna.spamrats.com'],
    // Abusive connections from IPs whose reverse DNS looks like a home or dynamic connection.
    lists: ['dynamic-ranges'],
    lookup: 'https://www.spamrats.com/lookup.php',
    removal: 'https://www.spamrats.com/rats-dyna.php',
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamrats-noptr',
    name: 'SpamRATS RATS-NoPtr',
    operator: 'SpamRATS',
    zones: ['noptr.spamrats.com'],
    // IPs with no reverse DNS that SpamRATS takes for spambots; fixing the PTR record is the way out.
    lists: ['exploited-hosts'],
    lookup: 'https://www.spamrats.com/lookup.php',
    removal: 'https://www.spamrats.com/rats-noptr.php',
    reason: 'ip-blocklisted',
  },
  {
    id: 'spamrats-spam',
    name: 'SpamRATS RATS-Spam',
    operator: 'SpamRATS',
    zones: ['spam.spamrats.com'],
    lists: ['spam-sources'],
    lookup: 'https://www.spamrats.com/lookup.php',
    removal: 'https://www.spamrats.com/rats-spam.php',
    reason: 'ip-blocklisted',
  },
  // The providers. Microsoft 365's list is a block list of IPs with its own delist portal (550 5.7.606-649),
  // so it belongs to ip-blocklisted; the others are reputation systems with a dashboard and a support form.
  {
    id: 'microsoft-365',
    name: 'Microsoft 365 blocked senders list',
    operator: 'Microsoft',
    zones: [],
    lists: ['provider-reputation'],
    lookup: 'https://sender.office.com/',
    removal: 'https://sender.office.com/',
    reason: 'ip-blocklisted',
  },
  {
    id: 'outlook-com',
    name: 'Outlook.com (SNDS)',
    operator: 'Microsoft',
    zones: [],
    lists: ['provider-reputation'],
    // SNDS shows the data and status of IPs the sender has registered; the removal link is the Outlook.com
    // sender support form that Microsoft's delist documentation names for the consumer service.
    lookup: 'https://substrate.office.com/ip-domain-management-snds/SNDS',
    removal: 'https://support.microsoft.com/supportrequestform/8ad563e3-288e-2a61-8122-3ba03d6b8d75',
    reason: 'bad-reputation',
  },
  {
    id: 'gmail',
    name: 'Gmail (Postmaster Tools)',
    operator: 'Google',
    zones: [],
    lists: ['provider-reputation'],
    // Postmaster Tools shows spam rate, reputation and compliance for a verified domain; the Sender contact
    // form takes mitigation requests only from senders that meet all of Google's sender requirements.
    lookup: 'https://postmaster.google.com/',
    removal: 'https://support.google.com/mail/contact/gmail_bulk_sender_escalation',
    reason: 'bad-reputation',
  },
  {
    id: 'yahoo',
    name: 'Yahoo Mail (Sender Hub)',
    operator: 'Yahoo',
    zones: [],
    lists: ['provider-reputation'],
    // Sender Hub's Insights show complaint rate and delivered volume per DKIM domain; the Sender Support
    // Request is Yahoo's way to ask for a review of a block or deferral.
    lookup: 'https://senders.yahooinc.com/',
    removal: 'https://senders.yahooinc.com/contact/',
    reason: 'bad-reputation',
  },
];
