/**
 * The bounce reader: every message of the development corpus (tests/fixtures/bounces/, each with
 * its source and an expert's reading), single reply and log lines, what must never leak from a
 * quoted original, and input no reader should choke on.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isReasonId } from '../../src/data/reason-schema.ts';
import { MAX_MESSAGE_LENGTH, readBounce, type BounceReport } from '../../src/lib/bounce-reader.ts';

const CORPUS = join(import.meta.dirname, '../fixtures/bounces');
const KINDS = ['bounce', 'delay', 'delivery-report', 'auto-reply', 'complaint-report', 'reply', 'unknown'];

interface Expected {
  sender: string;
  source: string;
  kind: BounceReport['kind'];
  recipients: { address?: string; action?: string; status?: string; reply?: string; remoteMta?: string; reason: string; cause?: string }[];
}

const messages = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.eml'))
  .map((file) => ({
    file,
    // Read as bytes, as a message file is: 8-bit bodies in their own charsets stay undecoded until the reader decodes them.
    text: readFileSync(join(CORPUS, file), 'latin1'),
    expected: JSON.parse(readFileSync(join(CORPUS, file.replace(/\.eml$/, '.json')), 'utf8')) as Expected,
  }));
const reports = messages.map((m) => ({ ...m, got: readBounce(m.text) }));

/** The share of items for which `agrees` holds, and the ones for which it does not. */
function agreement<T>(items: T[], agrees: (item: T) => boolean, label: (item: T) => string) {
  const wrong = items.filter((i) => !agrees(i));
  return { share: 1 - wrong.length / items.length, wrong: wrong.map(label).join('\n  ') };
}

const pairs = reports.flatMap(({ file, got, expected }) =>
  expected.recipients.map((want, i) => ({ file, want, got: got.recipients.find((r) => want.address && r.address?.toLowerCase() === want.address.toLowerCase()) ?? got.recipients[i] })),
);

describe('the bounce corpus', () => {
  it('has at least 120 messages from at least 25 MTAs and providers, each with its source and a valid reading', () => {
    assert.ok(messages.length >= 120, `${messages.length} messages`);
    const senders = new Set(messages.map((m) => m.expected.sender));
    assert.ok(senders.size >= 25, `${senders.size} senders`);
    for (const { file, expected } of messages) {
      assert.match(expected.source, /^https:\/\//, file);
      assert.ok(KINDS.includes(expected.kind), `${file}: kind ${expected.kind}`);
      for (const r of expected.recipients) assert.ok(isReasonId(r.reason) && (!r.cause || isReasonId(r.cause)), `${file}: ${r.reason}`);
    }
  });

  it('reads the kind of at least 95% of the messages right', () => {
    const { share, wrong } = agreement(reports, (r) => r.got.kind === r.expected.kind, (r) => `${r.file}: ${r.got.kind}, not ${r.expected.kind}`);
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}%\n  ${wrong}`);
  });

  it('finds the right number of recipients in at least 95% of the messages, each with its address', () => {
    const { share, wrong } = agreement(reports, (r) => r.got.recipients.length === r.expected.recipients.length, (r) => `${r.file}: ${r.got.recipients.length}, not ${r.expected.recipients.length}`);
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}%\n  ${wrong}`);
    const addresses = agreement(pairs, (p) => !p.want.address || p.got?.address?.toLowerCase() === p.want.address.toLowerCase(), (p) => `${p.file}: ${p.got?.address}, not ${p.want.address}`);
    assert.ok(addresses.share >= 0.95, `${(addresses.share * 100).toFixed(1)}%\n  ${addresses.wrong}`);
  });

  it('gives the reply and enhanced codes of at least 95% of the recipients', () => {
    const { share, wrong } = agreement(
      pairs,
      (p) => p.got?.status === p.want.status && p.got?.reply === p.want.reply,
      (p) => `${p.file}: ${p.got?.reply}/${p.got?.status}, not ${p.want.reply}/${p.want.status}`,
    );
    assert.ok(share >= 0.95, `${(share * 100).toFixed(1)}%\n  ${wrong}`);
  });

  it('gives the reason of at least 90% of the recipients, and the cause of a delay', () => {
    const { share, wrong } = agreement(
      pairs,
      (p) => p.got?.reason === p.want.reason && (p.want.cause === undefined || p.got?.cause === p.want.cause),
      (p) => `${p.file}: ${p.got?.reason}/${p.got?.cause}, not ${p.want.reason}/${p.want.cause}`,
    );
    assert.ok(share >= 0.9, `${(share * 100).toFixed(1)}%\n  ${wrong}`);
  });

  it('names the remote server where the message names one', () => {
    const named = pairs.filter((p) => p.want.remoteMta);
    const { share, wrong } = agreement(named, (p) => p.got?.remoteMta === p.want.remoteMta, (p) => `${p.file}: ${p.got?.remoteMta}, not ${p.want.remoteMta}`);
    assert.ok(share >= 0.9, `${(share * 100).toFixed(1)}%\n  ${wrong}`);
  });
});

/** A Postfix bounce around one failed recipient, with the original message attached after it. */
const postfixBounce = (recipient: string, said: string, original: string) => `From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

<${recipient}>: host mx.example.net[192.0.2.7] said: ${said} (in reply to RCPT TO command)

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; ${recipient}
Action: failed
Status: ${said.split(' ')[1]}
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; ${said}

--B1
Content-Type: message/rfc822

${original}
--B1--
`;

describe('a message', () => {
  it('reads the recipient, codes, server and reason from a multipart/report', () => {
    const report = readBounce(postfixBounce('kijitora@example.net', '550 5.2.2 <kijitora@example.net>: Mailbox is full', 'From: sender@example.org\nTo: kijitora@example.net\nSubject: hello\n\nHi'));
    assert.equal(report.kind, 'bounce');
    assert.deepEqual(
      report.recipients.map(({ evidence: _, ...r }) => r),
      [{ address: 'kijitora@example.net', action: 'failed', status: '5.2.2', reply: '550', remoteMta: 'mx.example.net', diagnostic: '550 5.2.2 <kijitora@example.net>: Mailbox is full', reason: 'mailbox-full' }],
    );
  });

  it('never takes codes, addresses or reasons from the quoted original message', () => {
    const original = 'From: sender@example.org\nTo: kijitora@example.net, other@example.com\nSubject: 554 5.7.1 blocked using zen.spamhaus.org\n\nOur server said 421 4.7.0 rate limit exceeded; user unknown at other@example.com.';
    const report = readBounce(postfixBounce('kijitora@example.net', '552 5.2.3 Message size exceeds fixed limit', original));
    assert.deepEqual(report.recipients.map((r) => [r.address, r.reply, r.status, r.reason]), [['kijitora@example.net', '552', '5.2.3', 'message-too-large']]);
  });

  it('reads a bounce as a mail client shows it, without headers, with the original quoted after it', () => {
    const shown = `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<sabatora@example.com>: host mx.example.com[192.0.2.9] said: 550 5.1.1
    <sabatora@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

-------- Original Message --------
From: sender@example.org
To: sabatora@example.com, mikeneko@example.org
Subject: mailbox is full

Please see the attached 554 invoice.`;
    const report = readBounce(shown);
    assert.equal(report.kind, 'bounce');
    assert.deepEqual(report.recipients.map((r) => [r.address, r.reply, r.status, r.remoteMta, r.reason]), [['sabatora@example.com', '550', '5.1.1', 'mx.example.com', 'recipient-unknown']]);
  });

  it('decodes ISO-2022-JP, Shift_JIS and quoted-printable bodies and RFC 2047 subjects', () => {
    const jis = readFileSync(join(CORPUS, 'au-ezweb-user-unknown-iso2022jp.eml'), 'latin1');
    assert.equal(readBounce(jis).recipients[0]?.reason, 'recipient-unknown');
    const sjis = readFileSync(join(CORPUS, 'display-sjis-au-one-net-mailbox-full.eml'), 'latin1');
    assert.equal(readBounce(sjis).recipients[0]?.reason, 'mailbox-full');
    const qp = readBounce(`From: postmaster@example.org
Subject: =?UTF-8?B?5YWl5Yqb?= Undeliverable
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

kuroneko@example.jp
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not fou=
nd'
`);
    assert.deepEqual(qp.recipients.map((r) => [r.address, r.status, r.reason]), [['kuroneko@example.jp', '5.1.1', 'recipient-unknown']]);
  });

  it('calls a delay notice a delay, with "delivery-report" as its reason and what the text tells as its cause', () => {
    const delay = readFileSync(join(CORPUS, 'opensmtpd-02-delayed-no-mx.eml'), 'latin1');
    const report = readBounce(delay);
    assert.equal(report.kind, 'delay');
    assert.deepEqual(report.recipients.map((r) => [r.action, r.reason, r.cause]), [['delayed', 'delivery-report', 'domain-not-found']]);
  });

  it('flags a recipient whose enhanced code and words disagree, and lets the words decide', () => {
    const [r] = readBounce(postfixBounce('kijitora@example.net', '550 5.2.1 <kijitora@example.net>: User unknown in local recipient table', 'Subject: x\nFrom: a@example.org\n\nx')).recipients;
    assert.equal(r?.reason, 'recipient-unknown');
    assert.equal(r?.codesDisagree, true);
  });

  it('tells an automatic reply and a spam-complaint report from a bounce', () => {
    const ooo = readBounce('From: Kijitora <kijitora@example.com>\nTo: sender@example.org\nSubject: Out of Office: Meeting\nAuto-Submitted: auto-replied\n\nI am away until Monday.');
    assert.deepEqual([ooo.kind, ooo.recipients.map((r) => [r.address, r.reason])], ['auto-reply', [['kijitora@example.com', 'auto-reply']]]);
    const arf = readBounce(readFileSync(join(CORPUS, 'arf-abusix-spamtrap-two-recipients.eml'), 'latin1'));
    assert.deepEqual([arf.kind, arf.recipients.length], ['complaint-report', 2]);
  });
});

describe('a single line', () => {
  it('reads a Postfix log line: recipient, action, status, relay and reason', () => {
    const line =
      'Dec  7 06:14:02 mail postfix/smtp[2212]: 4C2F31A2B: to=<user@example.net>, relay=mx.example.net[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=4.7.1, status=deferred (host mx.example.net[192.0.2.25] said: 450 4.7.1 <user@example.net>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.net.html (in reply to RCPT TO command))';
    const report = readBounce(line);
    assert.equal(report.kind, 'reply');
    assert.deepEqual(report.recipients.map((r) => [r.address, r.action, r.status, r.reply, r.remoteMta, r.reason]), [['user@example.net', 'delayed', '4.7.1', '450', 'mx.example.net', 'greylisted']]);
  });

  it('reads an Exim failure line and a bare reply', () => {
    const exim = readBounce('2026-12-07 06:14:02 1rA2b3-000Abc-C4 ** user@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.3]: SMTP error from remote mail server after RCPT TO:<user@example.com>: 550 5.1.1 <user@example.com>: User unknown');
    assert.deepEqual(exim.recipients.map((r) => [r.address, r.action, r.reply, r.status, r.remoteMta, r.reason]), [['user@example.com', 'failed', '550', '5.1.1', 'mx.example.com', 'recipient-unknown']]);
    const reply = readBounce('552 5.2.2 <user@example.com>: Mailbox is full');
    assert.deepEqual([reply.kind, reply.recipients.map((r) => [r.address, r.reply, r.status, r.reason])], ['reply', [['user@example.com', '552', '5.2.2', 'mailbox-full']]]);
  });
});

describe('hostile input', () => {
  it('answers an empty paste and text that is no bounce at all without a crash', () => {
    assert.deepEqual(readBounce(''), { kind: 'unknown', recipients: [] });
    assert.equal(readBounce('Hello,\n\nthe invoice for November is attached.\n\nRegards').kind, 'unknown');
  });

  it('reads the report in a paste over 2 MB, and says that the rest was cut', () => {
    const bounce = postfixBounce('kijitora@example.net', '550 5.1.1 <kijitora@example.net>: User unknown', 'Subject: x\n\n' + 'A'.repeat(76) + '\n');
    const huge = bounce + 'QUFB\n'.repeat(Math.ceil(MAX_MESSAGE_LENGTH / 5) + 10);
    const report = readBounce(huge);
    assert.equal(report.cut, true);
    assert.deepEqual(report.recipients.map((r) => r.reason), ['recipient-unknown']);
  });

  it('keeps markup and nested multiparts as data', () => {
    const markup = readBounce('<script>alert(1)</script> 550 5.1.1 <img src=x onerror=alert(1)>@example.com');
    assert.equal(markup.kind, 'reply');
    let nested = 'Subject: x\nContent-Type: text/plain\n\n550 5.1.1 user unknown';
    for (let i = 0; i < 40; i++) nested = `Subject: x\nContent-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${nested}\n--b${i}--\n`;
    assert.doesNotThrow(() => readBounce(nested));
  });
});
