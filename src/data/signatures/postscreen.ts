/**
 * postscreen(8), the Postfix front-end that screens SMTP clients before smtpd sees them (DNSBL
 * scores, the pregreet test and the after-220 protocol tests). Its replies differ from smtpd's:
 * "client [...]" in lower case, and a bare "Protocol error". Texts from the Postfix source.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'postscreen',
  name: 'Postfix postscreen',
  kind: 'mta',
  docs: 'https://www.postfix.org/POSTSCREEN_README.html',
};

const POSTSCREEN_SRC = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/postscreen';

export const signatures: SignatureInput[] = [
  {
    // PSC_DNSBL_FORMAT: the client's combined DNSBL score reached postscreen_dnsbl_threshold.
    id: 'postscreen-dnsbl-blocked',
    pattern: String.raw`Service unavailable; client \[[^\]]{1,100}\] blocked using`,
    reason: 'ip-blocklisted',
    // Weak: the list the text names decides (a Spamhaus error answer is not a listing).
    weak: true,
    sender: 'postscreen',
    docs: 'https://www.postfix.org/postconf.5.html#postscreen_dnsbl_sites',
    codes: ['550', '521', '5.7.1'],
    examples: [
      {
        text: 'mail postfix/postscreen[20858]: NOQUEUE: reject: RCPT from [192.0.2.10]:40028: 550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.org; from=<user@example.com>, to=<user@example.net>, proto=ESMTP, helo=<mail.example.com>',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/4403',
      },
    ],
  },
  {
    // Pregreet (the client talked before the greeting), non-SMTP commands, bare newlines.
    id: 'postscreen-protocol-error',
    pattern: String.raw`5\.5\.1 Protocol error`,
    reason: 'protocol-error',
    sender: 'postscreen',
    docs: 'https://www.postfix.org/POSTSCREEN_README.html#pregreet',
    codes: ['521', '550', '5.5.1'],
    examples: [
      { text: 'RECV: 521 5.5.1 Protocol error', source: 'https://github.com/hannob/smtpsmug/issues/5' },
      { text: '550 5.5.1 Protocol error', source: 'https://github.com/docker-mailserver/docker-mailserver/issues/2919' },
    ],
  },
  {
    // After the client passes the after-220 ("deep protocol") tests, postscreen answers 4xx and the
    // client must come back; like greylisting, a well-behaved sender's retry gets through.
    id: 'postscreen-come-back-later',
    pattern: String.raw`4\.3\.2 Service currently unavailable`,
    reason: 'greylisted',
    sender: 'postscreen',
    docs: 'https://www.postfix.org/POSTSCREEN_README.html#after_220',
    codes: ['450', '421', '4.3.2'],
    examples: [
      {
        text: 'Jul 13 13:25:21 myhost postfix/postscreen[21780]: NOQUEUE: reject: RCPT from [192.0.2.7]:32801: 450 4.3.2 Service currently unavailable; from=<someone@example.com>, to=<someone@example.net>, proto=ESMTP, helo=<mail.example.com>',
        source: 'https://github.com/modoboa/modoboa-installer/issues/56',
      },
    ],
  },
  {
    // postscreen_access_list denylist (postscreen_denylist_action).
    id: 'postscreen-denylisted',
    pattern: String.raw`5\.3\.2 Service currently unavailable`,
    reason: 'ip-blocklisted',
    sender: 'postscreen',
    docs: 'https://www.postfix.org/postconf.5.html#postscreen_access_list',
    codes: ['521', '550', '5.3.2'],
    examples: [
      { text: '521 5.3.2 Service currently unavailable', source: `${POSTSCREEN_SRC}/postscreen.c` },
      { text: '550 5.3.2 Service currently unavailable', source: `${POSTSCREEN_SRC}/postscreen.c` },
    ],
  },
  {
    // postscreen_client_connection_count_limit.
    id: 'postscreen-too-many-connections',
    pattern: String.raw`4\.7\.0 Error: too many connections`,
    reason: 'rate-limited',
    sender: 'postscreen',
    docs: 'https://www.postfix.org/postconf.5.html#postscreen_client_connection_count_limit',
    codes: ['421', '4.7.0'],
    examples: [{ text: '421 4.7.0 Error: too many connections', source: `${POSTSCREEN_SRC}/postscreen.c` }],
  },
];
