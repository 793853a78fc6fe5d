/**
 * Wording that many servers share, whatever their software: "no such user", "mailbox is full",
 * "relay access denied". A sender's own text always decides first (src/lib/reason-classifier.ts,
 * tiers); these decide when no sender's own text matches, so that a bounce from a server this
 * dataset does not know by name still gets its reason.
 *
 * Each pattern is built from the ways real bounces word one cause, and each example is a reply
 * recorded in a real bounce: most from sisimai's set-of-emails corpus of bounce messages (BSD
 * 2-Clause), the same corpus tests/fixtures/bounces draws on. Host names, addresses and IPs are
 * replaced with documentation values; the wording is as recorded.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'common',
  name: 'Common wording',
  kind: 'common',
};

const CORPUS = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/';
const from = (file: string, text: string) => ({ text, source: `${CORPUS}${file}` });

export const signatures: SignatureInput[] = [
  // The address
  {
    id: 'common-user-unknown',
    pattern: String.raw`\b(?:user|recipient|addressee|mailbox|local[- ]?part|e-?mail address|address) (?:is )?unknown\b|\bunknown (?:user|recipient|mailbox|local[- ]?part|e-?mail address|account)\b`,
    reason: 'recipient-unknown',
    sender: 'common',
    codes: ['550', '5.1.1'],
    examples: [
      from('lhost-courier-02.eml', '550 Unknown user kijitora@example.jp'),
      from('lhost-sendmail-01.eml', '550 5.1.1 <kijitora@example.com>... User unknown'),
      from('lhost-exchange2003-01.eml', 'Unknown Recipient'),
    ],
  },
  {
    id: 'common-no-such-user',
    pattern: String.raw`\bno such (?:user|mailbox|recipient|person|address|account|local user)\b|\bno (?:mailbox|account) (?:here|by that name)`,
    reason: 'recipient-unknown',
    sender: 'common',
    codes: ['550', '5.1.1'],
    examples: [
      from('lhost-apachejames-01.eml', '550 - Requested action not taken: no such user here'),
      from('lhost-activehunter-01.eml', '550 sorry, no mailbox here by that name (#5.1.1 - chkusr)'),
    ],
  },
  {
    id: 'common-recipient-does-not-exist',
    pattern: String.raw`\b(?:user|recipient|mailbox|account|e-?mail address|address|addressee)(?: \S{1,80})? (?:does not|doesn't|did not) exist|\b(?:user|recipient|mailbox|addressee|e-?mail address) (?:was )?not (?:found|known|exist)\b`,
    reason: 'recipient-unknown',
    sender: 'common',
    codes: ['550', '5.1.1'],
    examples: [
      from('lhost-receivingses-01.eml', '550 5.1.1 Mailbox does not exist'),
      from('lhost-postfix-76.eml', '550 User not found (in reply to RCPT TO command)'),
      from('lhost-mcafee-05.eml', '550 <kijitora-nyaan@example.co.jp>... User not exist'),
    ],
  },
  {
    id: 'common-invalid-recipient',
    pattern: String.raw`\b(?:invalid|non-?existent|unknown or illegal) (?:recipient|mailbox|user)\b`,
    reason: 'recipient-unknown',
    sender: 'common',
    codes: ['550', '553', '5.1.1'],
    examples: [
      from('lhost-bigfoot-02.eml', '553 Invalid recipient kijitora@example.org (Mode: normal)'),
      from('lhost-exim-05.eml', '553 5.1.1 unknown or illegal user: kijitora@example.co.jp'),
    ],
  },
  {
    id: 'common-account-disabled',
    pattern: String.raw`\b(?:account|mailbox|user|recipient|e-?mail account)(?: \S{1,40})? (?:is |has been |was )?(?:currently |temporarily |temporary )?(?:disabled|suspended|deactivated|inactive|frozen|terminated|discontinued|locked)\b|\b(?:disabled|suspended|deactivated) (?:account|mailbox|recipient|user)\b`,
    reason: 'recipient-disabled',
    sender: 'common',
    codes: ['550', '554', '5.2.1'],
    examples: [
      from('lhost-ezweb-02.eml', 'The user(s) account is disabled.'),
      from('lhost-postfix-52.eml', '554 delivery error: dd Sorry your message to kijitora@example.co.jp cannot be delivered. This account has been disabled or discontinued'),
      from('lhost-postfix-61.eml', '550 Mailbox is frozen.'),
      from('lhost-powermta-01.eml', 'Status: 5.2.1 (mailbox disabled, not accepting messages)'),
      from('lhost-amazonses-19.eml', '550 5.7.1 <kijitora@example.com>: Recipient address rejected: User kijitora@example.com temporary locked. Please try again later!'),
    ],
  },
  {
    id: 'common-mailbox-full',
    pattern: String.raw`\b(?:mailbox|mail ?box|inbox|mail ?folder|maildir|account|user|recipient)(?: is| was)? (?:full|over (?:the )?(?:disk )?quota)\b|\bquota (?:exceeded|full|violation)|\bover ?quota\b|\bexceeded (?:the )?(?:local limit|storage allocation)`,
    reason: 'mailbox-full',
    sender: 'common',
    codes: ['452', '552', '4.2.2', '5.2.2'],
    examples: [
      from('lhost-amazonses-03.eml', "550-'5.2.2 <kijitora@example.jp>... Mailbox Full'"),
      from('lhost-x4-01.eml', "The e-mail message could not be delivered because the user's mailfolder is full."),
      from('lhost-mailfoundry-02.eml', '552 sorry, mailbox kijitora@example.org is over quota temporarily (#5.1.1)'),
      from('lhost-postfix-45.eml', '/var/email/kijitora/Maildir/tmp/1000000000.A000000B00000.neko22: Disk quota exceeded'),
      from('lhost-biglobe-01.eml', "The number of messages in recipient's mailbox exceeded the local limit."),
    ],
  },
  {
    id: 'common-domain-not-found',
    pattern: String.raw`\bhost or domain name not found|\bdomain name not found\b|\bno such domain\b|\bdomain (?:does not|doesn't) exist|\bno MX (?:record|host)s? (?:found )?for\b|\bhost unknown\b`,
    reason: 'domain-not-found',
    sender: 'common',
    codes: ['550', '5.1.2', '5.4.4'],
    examples: [
      from('lhost-aol-01.eml', 'Host or domain name not found. Name service error for name=example.jp type=A: Host not found'),
      from('lhost-courier-04.eml', 'No such domain.'),
      from('lhost-opensmtpd-03.eml', 'kijitora@neko.example.jp: Domain does not exist'),
      from('lhost-yahoo-09.eml', 'No mx record found for domain=example.org'),
      from('lhost-sendmail-15.eml', '550 Host unknown'),
    ],
  },
  // The message
  {
    id: 'common-message-too-large',
    pattern: String.raw`\bmessage (?:size |length )?(?:is )?too (?:big|large)|\b(?:message|mail) size (?:limit )?exceed|\bexceeds (?:the )?(?:maximum|fixed maximum) (?:message |allowed )?(?:size|length)|\bsize limit exceeded`,
    reason: 'message-too-large',
    sender: 'common',
    codes: ['552', '5.2.3', '5.3.4'],
    examples: [
      from('lhost-sendmail-05.eml', '552 5.2.3 Message size exceeds fixed maximum message size (10485760)'),
      from('lhost-einsundeins-02.eml', 'Mail size limit exceeded. For explanation visit'),
      from('lhost-receivingses-05.eml', '552 5.3.4 Message too large'),
    ],
  },
  {
    id: 'common-spam-detected',
    pattern: String.raw`\b(?:considered|classified|detected|identified|scored|flagged|rejected|blocked) as (?:possible |probable |likely )?spam\b|\bspam detected\b|\blooks? like spam|\bunsolicited (?:bulk )?(?:mail|message|e-?mail)`,
    reason: 'spam-detected',
    sender: 'common',
    codes: ['550', '554', '5.7.1'],
    examples: [
      from('lhost-postfix-39.eml', '554 5.6.0 This message has been scored as spam with a probability of more than 90% (in reply to end of DATA command)'),
      from('lhost-amavis-03.eml', 'was considered unsolicited bulk e-mail (UBE).'),
    ],
  },
  {
    id: 'common-virus-detected',
    pattern: String.raw`\bvirus (?:detected|infected)|\binfected (?:with|by)\b|\bcontains? (?:a |an )?(?:virus|trojan|worm)\b|\bmalware (?:detected|found)`,
    reason: 'virus-detected',
    sender: 'common',
    codes: ['550', '554', '5.7.0', '5.7.1'],
    examples: [from('lhost-dragonfly-25.eml', '550 5.7.0 <virusdetected@example.net>: Recipient address rejected: Virus detected.')],
  },
  {
    id: 'common-policy',
    pattern: String.raw`\b(?:denied|rejected|refused|blocked) (?:by|due to) (?:local |our |site |security |content )?polic(?:y|ies)\b|\bfor policy reasons\b|\bpolicy violation\b`,
    reason: 'policy-violation',
    sender: 'common',
    codes: ['550', '554', '5.7.1'],
    examples: [
      from('lhost-postfix-42.eml', '550 Denied by policy (in reply to RCPT TO command)'),
      from('lhost-postfix-51.eml', '550 5.7.0 Local Policy Violation'),
    ],
  },
  {
    id: 'common-not-rfc-compliant',
    pattern: String.raw`\bnot RFC ?(?:822|2822|5322)? ?complian|\bduplicate header|\bheaders? too large|\bmultiple addresses in From\b|\bline limit exceeded`,
    reason: 'not-rfc-compliant',
    sender: 'common',
    codes: ['550', '552', '554', '5.6.0', '5.7.1'],
    examples: [
      from('lhost-amavis-03.eml', 'Duplicate header field: "From"'),
      from('lhost-sendmail-44.eml', '552 5.6.0 Headers too large (3 max)'),
      from('lhost-exim-58.eml', '500 Line limit exceeded'),
    ],
  },
  // The sender
  {
    id: 'common-blocked-using',
    pattern: String.raw`\bblocked using\b|\b(?:listed|blacklisted|blocklisted) (?:at|on|in|by) (?:the )?[\w.-]{1,80}\.(?:org|net|com)\b|\bIP(?: address)?(?: \S{1,60})? (?:is |has been |was )?(?:blocked|blacklisted|blocklisted|banned)\b|\bclient host \[?[\dA-Fa-f.:]{3,45}\]? blocked|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\]? (?:is |has been )?(?:blocked|blacklisted|blocklisted|banned)\b`,
    reason: 'ip-blocklisted',
    sender: 'common',
    codes: ['550', '554', '5.7.1'],
    examples: [
      from('lhost-amazonses-14.eml', '554 5.7.1 <a8-95.smtp-out.amazonses.com[203.0.113.22]>: Client host rejected: blocked using mail.neko.example.org; Please see http://mail.neko.example.org/rbl/?ip=203.0.113.22'),
      from('lhost-sendmail-33.eml', '550 5.7.1 IP address blacklisted by recipient'),
      from('lhost-exim-47.eml', '550-192.0.2.222 blocked by ldap:ou=nekochan,dc=example,dc=net 550 Error - Blocked for abuse.'),
    ],
  },
  {
    id: 'common-reverse-dns',
    pattern: String.raw`\breverse (?:DNS|lookup|hostname)\b|\brDNS\b|\bPTR record|\bno PTR\b|\bmy name was rejected`,
    reason: 'missing-reverse-dns',
    sender: 'common',
    codes: ['450', '550', '554', '4.7.25', '5.7.25', '5.7.1'],
    examples: [
      from('lhost-exim-32.eml', '571 No PTR Record found. Reverse DNS required: 203.0.113.22'),
      from('lhost-exim-34.eml', '554 5.7.1 Reverse DNS failed.'),
      from('lhost-qmail-04.eml', 'Connected to 192.0.2.112 but my name was rejected.'),
    ],
  },
  {
    id: 'common-authentication-failed',
    pattern: String.raw`\bSPF (?:check |validation )?(?:failed|failure|fail)\b|\bbad SPF record|\bDKIM (?:signature )?(?:verification )?(?:failed|failure|invalid)|\bDMARC (?:check |verification )?(?:failed|failure|reject)|\bDMARC policy\b|\bpurported responsible address`,
    reason: 'authentication-failed',
    sender: 'common',
    codes: ['550', '5.7.1', '5.7.23', '5.7.26'],
    examples: [
      from('lhost-exim-29.eml', '550 Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/'),
      from('lhost-courier-03.eml', "550 5.7.1 can't determine Purported Responsible Address"),
      from('lhost-postfix-73.eml', '550 5.7.1 Email rejected per DMARC policy for example.org (in reply to end of DATA command)'),
      from('lhost-postfix-72.eml', '550 5.7.1 This message was not accepted due to domain (example.org) owner DMARC policy (RFC 7489)'),
    ],
  },
  {
    id: 'common-sender-rejected',
    pattern: String.raw`\bsender (?:address )?(?:rejected|denied|refused|blocked|blacklisted)\b|\bsender verif(?:y|ication) failed|\bdomain of sender address\b|\bunroutable sender|\b(?:invalid|unverified|bogus) sender\b`,
    reason: 'sender-rejected',
    sender: 'common',
    codes: ['501', '550', '553', '5.1.7', '5.1.8', '5.7.1'],
    examples: [
      from('lhost-gsuite-11.eml', '501 5.1.8 Sender address rejected'),
      from('lhost-postfix-10.eml', '553 5.1.8 <root@host.example.com>... Domain of sender address root@host.example.com does not exist'),
      from('lhost-exim-36.eml', '550 Unroutable sender address'),
    ],
  },
  {
    id: 'common-relay-denied',
    pattern: String.raw`\brelay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed)|prohibited)|\bunable to relay\b|\bnot (?:permitted|allowed|configured) to relay|\bno relaying\b`,
    reason: 'relay-denied',
    sender: 'common',
    codes: ['550', '554', '5.7.1'],
    examples: [
      from('lhost-amazonses-21.eml', '554 5.7.1 <kijitora@example.com>: Relay access denied'),
      from('lhost-postfix-44.eml', '501 Rcpt-To validation failed: RCPT TO not accepted: 5.7.1 This system is not configured to relay mail (r) from <sender@example.com> to <kijitora@example.jp> for 127.0.0.1'),
    ],
  },
  {
    id: 'common-authentication-required',
    pattern: String.raw`\bauthentication (?:is )?required\b|\bmust (?:authenticate|be authenticated)\b|\bturn on SMTP Authentication|\bunauthenticated senders not allowed`,
    reason: 'login-failed',
    sender: 'common',
    codes: ['530', '550', '5.7.0', '5.7.1'],
    examples: [
      from('lhost-messagelabs-01.eml', '550-Please turn on SMTP Authentication in your mail client.'),
      from('lhost-postfix-65.eml', '550 Unauthenticated senders not allowed'),
    ],
  },
  // Limits
  {
    id: 'common-rate-limited',
    pattern: String.raw`\btoo many (?:connections|messages|recipients|mails|e-?mails|concurrent|sessions|errors)\b|\brate limit|\bthrottl`,
    reason: 'rate-limited',
    sender: 'common',
    codes: ['421', '450', '451', '452', '4.3.2', '4.7.0', '4.5.3'],
    examples: [
      from('lhost-postfix-09.eml', '452 4.3.2 Connection rate limit exceeded. (in reply to MAIL FROM command)'),
      from('lhost-postfix-48.eml', '552 Too many recipients (in reply to RCPT TO command)'),
      from('lhost-sendmail-46.eml', '421 4.7.0 lpn-prd-vrin012 Error: too many errors'),
    ],
  },
  {
    id: 'common-message-filtered',
    pattern: String.raw`\bmessage filtered\b`,
    reason: 'filtered',
    sender: 'common',
    codes: ['550', '5.2.0'],
    examples: [from('lhost-receivingses-07.eml', '550 5.2.0 Message Filtered')],
  },
  // Delivery
  {
    id: 'common-expired',
    pattern: String.raw`\b(?:message|delivery) (?:expired|timed out)\b|\bretry timeout exceeded|\bgiving up on\b|\bin the queue too long|\bcould not be delivered for \d{1,3} (?:days|hours)|\bunable to deliver message after multiple retries|\bnot delivered within\b|\bhave been failing for a long time`,
    reason: 'expired',
    sender: 'common',
    codes: ['4.4.7', '5.4.7'],
    examples: [
      from('lhost-exim-06.eml', 'kijitora@example.com retry timeout exceeded'),
      from('lhost-qmail-04.eml', "I'm not going to try again; this message has been in the queue too long."),
      from('lhost-sendmail-54.eml', 'Message could not be delivered for 5 days'),
      from('lhost-yahoo-13.eml', 'Unable to deliver message after multiple retries, giving up.'),
      from('lhost-ezweb-05.eml', 'Your message was not delivered within 0 days and 1 hours.'),
      from('lhost-exim-08.eml', 'all hosts have been failing for a long time and were last tried after this message arrived'),
    ],
  },
  {
    id: 'common-connection-failed',
    pattern: String.raw`\bconnection (?:timed out|refused|reset)\b|\bno route to host\b|\b(?:host|network) (?:is )?unreachable\b|\bhost name lookup failure|\bhost not found, try again|\b(?:unable|failed) to connect\b|\bDNS (?:lookup|query) (?:failed|failure)\b|\bmalformed or unexpected name server reply`,
    reason: 'network-error',
    sender: 'common',
    codes: ['421', '4.4.1', '4.4.2', '4.4.3', '5.4.4'],
    examples: [
      from('lhost-postfix-15.eml', 'connect to example.org[192.0.2.1]:25: Connection timed out'),
      from('lhost-postfix-34.eml', 'Name service error for domain example.com: Host not found, try again'),
      from('lhost-aol-06.eml', 'Name service error for name=example.org type=MX: Malformed or unexpected name server reply'),
      from('lhost-outlook-07.eml', 'Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.'),
    ],
  },
  {
    id: 'common-mail-loop',
    pattern: String.raw`\bmail (?:forwarding )?loop\b|\btoo many hops\b|\bhop count exceeded|\brouting loop\b`,
    reason: 'network-error',
    sender: 'common',
    codes: ['554', '5.4.6'],
    examples: [
      from('lhost-sendmail-20.eml', '554 5.4.6 Too many hops'),
      from('lhost-domino-03.eml', 'Maximum hop count exceeded. Message probably in a routing loop.'),
    ],
  },
  {
    id: 'common-system-error',
    pattern: String.raw`\binsufficient (?:system )?(?:disk space|storage|resources)\b|\binternal (?:server |system )?error\b|\blocal error in processing\b`,
    reason: 'remote-system-error',
    sender: 'common',
    codes: ['451', '452', '550', '4.3.0', '4.3.1', '4.4.5', '5.3.5'],
    examples: [
      from('lhost-sendmail-39.eml', '452 4.4.5 Insufficient disk space; try again later'),
      from('lhost-amazonworkmail-03.eml', '550 5.3.5 <kuroneko@example.org>... Internal System Error'),
    ],
  },
  {
    id: 'common-mailer-error',
    pattern: String.raw`\bmailer error\b|\bprocmail: |\bcommand output:|\bpipe to \|`,
    reason: 'local-delivery-error',
    sender: 'common',
    codes: ['5.3.0'],
    examples: [
      from('lhost-postfix-01.eml', 'procmail: Couldn\'t create "/var/spool/mail/neko"'),
      from('lhost-exim-44.eml', 'pipe to |/usr/local/nyaan/bin/neko kijitora@example.com'),
    ],
  },
];
