import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'gmail', name: 'Gmail / Google Workspace', kind: 'provider', docs: 'https://support.google.com/a/answer/3726730' };

export const signatures: SignatureInput[] = [
  {
    id: 'gmail-no-such-user',
    pattern: String.raw`account that you tried to reach does not exist`,
    reason: 'recipient-unknown',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.1.1'],
    examples: [
      { text: "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser e22-n7GpZmsf093195.222 - gsmtp", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-02.eml' },
    ],
  },
  {
    id: 'gmail-account-disabled',
    pattern: String.raw`account that you tried to reach is (?:disabled|inactive)`,
    reason: 'recipient-disabled',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.2.1'],
    examples: [
      { text: '550 5.2.1 The email account that you tried to reach is disabled. g0000000000ggg.00', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-01.eml' },
      { text: '550-5.2.1 The email account that you tried to reach is inactive. For more', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-07.eml' },
    ],
  },
  {
    id: 'gmail-over-quota',
    pattern: String.raw`inbox is out of storage space|account that you tried to reach is over quota`,
    reason: 'mailbox-full',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['452', '4.2.2', '552', '5.2.2'],
    examples: [
      { text: "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please 552-5.2.2 direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm c2-202229zmZBNM3agi23.222 - gsmtp", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-05.eml' },
      { text: '452-4.2.2 The email account that you tried to reach is over quota. Please direct\\n452-4.2.2 the recipient to\\n452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp d34si16258651pld.82 - gsmtp', source: 'https://pastebin.com/qQhCb0Dc' },
    ],
  },
  {
    id: 'gmail-receiving-too-fast',
    pattern: String.raw`receiving (?:e-?mail|mail) (?:too quickly|at a rate that)`,
    reason: 'rate-limited',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['450', '4.2.1', '550', '5.2.1'],
    examples: [
      { text: '450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later time. If the user is able to receive mail at that 450-4.2.1 time, your message will be delivered. For more information, please 450-4.2.1 visit 450 4.2.1 https://support.google.com/mail/?p=ReceivingRate 13si703206wrw.433 - gsmtp', source: 'https://pastebin.com/7XTHEi9g' },
      { text: 'The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered.', source: 'https://support.google.com/mail/answer/3726730?hl=ja' },
    ],
  },
  {
    id: 'gmail-likely-unsolicited',
    pattern: String.raw`likely unsolicited mail`,
    reason: 'spam-detected',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.1'],
    examples: [
      { text: '550-5.7.1 [192.0.2.102 12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1 for more information. h52si12217192ede.134 - gsmtp', source: 'https://pastebin.com/zR4GN1WR' },
    ],
  },
  // A deferral: Gmail throttles the source for a while; the same words with a 5.7.x code are a block (gmail-unusual-rate-blocked).
  {
    id: 'gmail-unusual-rate-deferred',
    pattern: String.raw`4\.7\.(?:0|28)\D.{0,80}unusual (?:rate|amount) of`,
    reason: 'rate-limited',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['421', '4.7.28', '4.7.0'],
    examples: [
      { text: '421-4.7.28 Gmail has detected an unusual rate of mail originating from your SPF\n421-4.7.28 domain [example.com]. To protect our users from\n421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.\n421-4.7.28 For more information, go to\n421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to\n421 4.7.28 review our Bulk Email Senders Guidelines. _REDACTED_ - gsmtp', source: 'https://github.com/Purelymail/purelymail-issues/issues/354' },
    ],
  },
  // A block, not a throttle: Gmail no longer accepts mail from the source because of what it sent (compare gmail-unusual-rate-deferred).
  {
    id: 'gmail-unusual-rate-blocked',
    pattern: String.raw`5\.7\.(?:1|28)\D.{0,80}unusual (?:rate|amount) of`,
    reason: 'bad-reputation',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.1', '5.7.28'],
    examples: [
      { text: '550-5.7.1 [192.0.2.158 1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been blocked. 550-5.7.1 Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedIPError to review our 550 5.7.1 Bulk Email Senders Guidelines. s25si6573124wmj.54 - gsmtp', source: 'https://pastebin.com/SWVXknth' },
    ],
  },
  {
    id: 'gmail-low-reputation',
    pattern: String.raw`very low reputation of .{0,14}the sending`,
    reason: 'bad-reputation',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['421', '4.7.0', '550', '5.7.1'],
    examples: [
      { text: '550-5.7.1 [2001:db8::f03c:91ff:fe64:748 18] Our system has detected that 550-5.7.1 this message is likely suspicious due to the very low reputation of 550-5.7.1 the sending IP address. To best protect our users from spam, the 550-5.7.1 message has been blocked. Please visit 550 5.7.1 https://support.google.com/mail/answer/188131 for more information. m11si2028744pgt.592 - gsmtp', source: 'https://github.com/postalserver/postal/issues/477' },
    ],
  },
  {
    id: 'gmail-dmarc-policy',
    pattern: String.raw`not accepted due to\s{1,3}domain's.{1,14}DMARC policy`,
    reason: 'authentication-failed',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.26', '5.7.1', '451', '4.7.26'],
    examples: [
      { text: "550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. Please contact the administrator of example.org domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 38308e7fff4ca-389f2f1fdd7sor3282081fa.1 - gsmtp", source: 'https://github.com/Purelymail/purelymail-issues/issues/394' },
      { text: "550-5.7.1 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.1 DMARC policy. Please contact the administrator of example.com domain if 550-5.7.1 this was a legitimate mail. Please visit 550-5.7.1 https://support.google.com/mail/answer/2451690 to learn about the 550 5.7.1 DMARC initiative. i2si1363996wrs.325 - gsmtp", source: 'https://github.com/postalserver/postal/issues/898' },
    ],
  },
  {
    id: 'gmail-unauthenticated',
    pattern: String.raw`(?:sender|mail) is unauthenticated.{0,60}Gmail|Gmail requires all senders to authenticate|does not have authentication information`,
    reason: 'authentication-failed',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.26', '421', '4.7.26'],
    examples: [
      { text: '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [relay3.example.com] with ip: [192.0.2.22] = did not pass 550-5.7.26  550-5.7.26  For instructions on setting up authentication, go to 550 5.7.26 https://support.google.com/mail/answer/81126#authentication c2-202200202020202020222222cat.127 - gsmtp', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-04.eml' },
      { text: '550-5.7.1 This message does not have authentication information or fails to pass\n550-5.7.1 authentication checks. To best protect our users from spam, the\n550-5.7.1 message has been blocked. Please visit\n550-5.7.1 https://support.google.com/mail/answer/81126#authentication for more\n550 5.7.1 information. u16si2087533wru.356 - gsmtp', source: 'https://pastebin.com/vyFg8hz0' },
    ],
  },
  {
    id: 'gmail-spf-hard-fail',
    pattern: String.raw`SPF record with a .{0,14}hard fail policy|fails to pass SPF checks`,
    reason: 'authentication-failed',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.26'],
    examples: [
      { text: '550-5.7.26 The MAIL FROM domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26 [192.0.2.24]. To best protect our users from spam and phishing, 550-5.7.26 the message has been blocked. For instructions on setting up 550-5.7.26 authentication, go to 550 5.7.26 https://support.google.com/mail/answer/81126#authentication 2-222222630d46222222b002b2d2neko2cat2222222cat.22 - gsmtp', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-03.eml' },
    ],
  },
  {
    id: 'gmail-no-ptr',
    pattern: String.raw`(?:does not|doesn't) have a .{0,14}PTR record`,
    reason: 'missing-reverse-dns',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.25', '421', '4.7.23', '4.7.0'],
    examples: [
      { text: '550-5.7.25 [192.0.2.202] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing PTR records. For more information, go to 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices neko-1785a7g6767a6agg.2 - gsmtp', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-06.eml' },
    ],
  },
  {
    id: 'gmail-not-rfc5322',
    pattern: String.raw`not RFC 5322 compliant|missing a valid .{0,30}header`,
    reason: 'not-rfc-compliant',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['550', '5.7.1'],
    examples: [
      { text: '550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject 550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has 550-5.7.1 been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant and review 550 5.7.1 RFC 5322 specifications for more information. c2-aguiqyuiyuqir5678167856aeu8.22 - gsmtp', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-google-08.eml' },
    ],
  },
  {
    id: 'gmail-dns-no-domain',
    pattern: String.raw`responded with code NXDOMAIN|lookup of .{1,100} had no relevant answers`,
    reason: 'domain-not-found',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/answer/7720',
    codes: [],
    examples: [
      { text: "DNS Error: 80335577 DNS type 'mx' lookup of example.net responded with code NXDOMAIN Domain name not found: example.net", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-gsuite-04.eml' },
      { text: "DNS Error: 16578478 DNS type 'mx' lookup of example.net responded with code NOERROR 16578478 DNS type 'mx' lookup of example.net had no relevant answers.", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-gsuite-13.eml' },
    ],
  },
  {
    id: 'gmail-null-mx',
    pattern: String.raw`doesn't receive email according to the administrator`,
    reason: 'domain-rejects-mail',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/answer/7720',
    codes: [],
    examples: [
      { text: "DNS Error: 80458680 DNS type 'mx' lookup of example.org responded with code NOERROR The domain example.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-gsuite-03.eml' },
    ],
  },
  {
    id: 'gmail-connect-failed',
    pattern: String.raw`did not accept our requests to connect`,
    reason: 'network-error',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/answer/7720',
    codes: [],
    examples: [
      { text: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720  [mx.example.net 192.0.2.222: timed out]', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-gsuite-06.eml' },
      { text: 'The recipient server did not accept our requests to connect. Learn more at http://support.google.com/mail/bin/answer.py?answer=7720 [(0) 6jo.example.org. [192.0.2.222]:25: socket error]', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-gmail-10.eml' },
    ],
  },
  {
    id: 'gmail-group-spam',
    pattern: String.raw`rejected due to spam classification`,
    reason: 'spam-detected',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/168383',
    codes: [],
    examples: [
      { text: 'Your email to group kijitora@example.com was rejected due to spam classification. To address this issue:', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-gsuite-12.eml' },
    ],
  },
  {
    id: 'gmail-bad-credentials',
    pattern: String.raw`Username and Password not accepted|Application-Specific Password Required|Please log in (?:with|through) your web browser`,
    reason: 'login-failed',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/?p=BadCredentials',
    codes: ['535', '5.7.8', '534', '5.7.9'],
    examples: [
      { text: 'Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials af79cd13be357-794f3061475sm18893085a.74 - gsmtp', source: 'https://github.com/dawidd6/action-send-mail/issues/205' },
      { text: 'Password Command Failed: 534-5.7.9 Application-Specific Password Required', source: 'https://github.com/PHPMailer/PHPMailer/issues/1708' },
    ],
  },
  {
    id: 'gmail-tls-required',
    pattern: String.raw`TLS required for RCPT domain`,
    reason: 'tls-required',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['421', '4.7.0'],
    examples: [
      { text: 'TLS required for RCPT domain, closing connection.', source: 'https://support.google.com/a/answer/3726730' },
    ],
  },
  // The recipient's Google Workspace admin accepts mail only from listed IPs; a recipient-side rule.
  {
    id: 'gmail-ip-not-in-allowlist',
    pattern: String.raw`IP not in whitelist for RCPT domain`,
    reason: 'filtered',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['421', '4.7.0'],
    examples: [
      { text: 'IP not in whitelist for RCPT domain, closing connection.', source: 'https://support.google.com/a/answer/3726730' },
    ],
  },
  {
    id: 'gmail-temporary-system-problem',
    pattern: String.raw`Temporary System Problem\. Try again later`,
    reason: 'remote-system-error',
    sender: 'gmail',
    docs: 'https://support.google.com/a/answer/3726730',
    codes: ['421', '4.3.0', '4.7.0'],
    examples: [
      { text: 'Temporary System Problem. Try again later.', source: 'https://support.google.com/a/answer/3726730' },
    ],
  },
  // Gmail's own notice ("Address not found"), written for people above the remote server's reply.
  {
    id: 'gmail-notice-address-not-found',
    pattern: String.raw`because the address couldn't be found`,
    reason: 'recipient-unknown',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/answer/6596',
    codes: ['550', '5.1.1'],
    examples: [
      { text: "Your message wasn't delivered to kijitora@example.it because the address couldn't be found. Check for typos or unnecessary spaces and try again.", source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-gsuite-02.eml' },
    ],
  },
  {
    id: 'gmail-notice-domain-not-found',
    pattern: String.raw`because the domain \S{1,100} couldn't be found`,
    reason: 'domain-not-found',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/answer/6596',
    codes: [],
    examples: [
      { text: "Your message wasn't delivered to sironeko@example.jp because the domain example.jp couldn't be found. Check for typos or unnecessary spaces and try again.", source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-gsuite-04.eml' },
    ],
  },
  // The account sends through another server with the 'Send mail as' setting, and that server refused its login.
  {
    id: 'gmail-send-mail-as-misconfigured',
    pattern: String.raw`'Send mail as' account are misconfigured`,
    reason: 'login-failed',
    sender: 'gmail',
    docs: 'https://support.google.com/mail/answer/22370',
    codes: [],
    examples: [
      { text: "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending.", source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-googlegroups-15.eml' },
    ],
  },
];
