import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'outlook-com', name: 'Outlook.com / Hotmail', kind: 'provider', docs: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx' };

export const signatures: SignatureInput[] = [
  // Microsoft's own block list for consumer mailboxes (S3150, S3140, SC-001); delisting goes through the Outlook.com sender support form.
  {
    id: 'outlook-network-block-list',
    pattern: String.raw`part of their network is on our block list`,
    reason: 'ip-blocklisted',
    sender: 'outlook-com',
    docs: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
    codes: ['550', '5.7.1'],
    examples: [
      { text: "550 5.7.1 Unfortunately, messages from [192.0.2.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BY2NAM01FT030.eop-nam01.prod.protection.outlook.com]", source: 'https://pastebin.com/rwzHX08U' },
      { text: "550 SC-001 (BAY0-MC4-F36) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", source: 'https://foxpa.ws/e-mails-to-hotmail-bounce-550-sc-001-part-of-your-network-is-on-our-block-list' },
    ],
  },
  {
    id: 'outlook-complaint-block',
    pattern: String.raw`block has been placed against your IP address`,
    reason: 'bad-reputation',
    sender: 'outlook-com',
    docs: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
    codes: ['550'],
    examples: [
      { text: '550 SC-004 Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP), a free program intended to help senders remove unwanted recipients from their email list. If you are not an email/network admin please contact your Email/Internet Service Provider for help.', source: 'https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/' },
    ],
  },
  // SC-004 in its other wording: the complaint is about unwanted mail from the IP, i.e. its reputation.
  {
    id: 'outlook-unwanted-messages-from-ip',
    pattern: String.raw`too many unwanted messages have been sent from the following IP address`,
    reason: 'bad-reputation',
    sender: 'outlook-com',
    docs: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
    codes: ['550'],
    examples: [
      { text: "550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 192.0.2.22 weren't sent. We recommend that you contact your Internet service provider. The problem is that too many unwanted messages have been sent from the following IP address above.", source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-ezweb-08.eml' },
    ],
  },
  // Names both content and reputation; Microsoft's remedy (JMRP, SNDS, delisting form) is about the sender's reputation.
  {
    id: 'outlook-spam-like-policy',
    pattern: String.raw`content with spam-like characteristics or IP/domain reputation`,
    reason: 'bad-reputation',
    sender: 'outlook-com',
    docs: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
    codes: ['550'],
    examples: [
      { text: '550 SC-001 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.', source: 'https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/' },
    ],
  },
  // A throttle (451, "temporarily rate limited") whose named cause is the IP's reputation: the
  // reason is the cause, and warming up and SNDS are the remedy.
  {
    id: 'outlook-ip-reputation-throttle',
    pattern: String.raw`temporarily rate limited due to IP reputation`,
    reason: 'bad-reputation',
    sender: 'outlook-com',
    docs: 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx',
    codes: ['451', '4.7.650'],
    examples: [
      { text: '451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [5NY1SSJFSTZJRJBG.eurprd02.prod.outlook.com 2024-05-09T23:', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-05.eml' },
    ],
  },
  // Microsoft documents 4.7.500-699 (ASxxx) as IP throttling of a source whose volume changed.
  {
    id: 'outlook-server-busy',
    pattern: String.raw`Server busy\. Please try again later from`,
    reason: 'rate-limited',
    sender: 'outlook-com',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online',
    codes: ['451', '4.7.500'],
    examples: [
      { text: '451 4.7.500 Server busy. Please try again later from [<ip-address>]. (AS843) [<someserver>.prod.protection.outlook.com]', source: 'https://wordtothewise.com/2017/10/troubleshooting-and-codes' },
    ],
  },
  // Microsoft documents this reply from @hotmail.com and @outlook.com as an address not found; the RFC 5321 wording alone is too generic, so the pattern needs Microsoft's 5.5.0 or its trailing error numbers.
  {
    id: 'outlook-mailbox-unavailable',
    pattern: String.raw`5\.5\.0 Requested action not taken: mailbox unavailable|Requested action not taken: mailbox unavailable \(-?\d{1,12}:\d{1,8}:-?\d{1,12}\)`,
    reason: 'recipient-unknown',
    sender: 'outlook-com',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.5.0'],
    examples: [
      { text: '550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-outlook-08.eml' },
      { text: '550 5.5.0 Requested action not taken: mailbox unavailable', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  // Outlook.com's own bounce when it finds no server for the recipient domain; "check the domain" points at a mistyped or dead domain.
  {
    id: 'outlook-domain-unreachable',
    pattern: String.raw`domain is not reachable\. Please check the domain`,
    reason: 'domain-not-found',
    sender: 'outlook-com',
    codes: ['554'],
    examples: [
      { text: '554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-outlook-03.eml' },
    ],
  },
];
