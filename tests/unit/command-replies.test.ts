/** The command-reply table (RFC 5321 §4.3.2 and the extension RFCs) and the invariant built on it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMMAND_REPLIES, type CommandReplyRow } from '../../src/data/command-replies.ts';
import { dataset } from '../../src/data/dataset.ts';
import { ALL_CHECKS, stagesCoverCommandReplies, stagesCoverCommandRepliesOf, type DatasetEntries } from '../../src/data/invariants.ts';
import { RFCS } from '../../src/data/rfcs.ts';
import { BASIC_CODE_PATTERN, STAGES, type BasicCodeEntry } from '../../src/data/schema.ts';

/** The valid dataset with one basic code changed. */
const withChange = (code: string, change: (e: BasicCodeEntry) => void): DatasetEntries => ({
  ...dataset,
  basic: dataset.basic.map((e) => {
    if (e.code !== code) return e;
    const copy = structuredClone(e);
    change(copy);
    return copy;
  }),
});

describe('the command-reply table', () => {
  it('encodes every command of RFC 5321 §4.3.2 and the extension commands', () => {
    const commands = new Set(COMMAND_REPLIES.map((r) => r.command));
    for (const c of ['CONNECTION ESTABLISHMENT', 'EHLO or HELO', 'MAIL', 'RCPT', 'DATA', 'DATA, after <CRLF>.<CRLF>', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT', 'STARTTLS', 'AUTH', 'ETRN', 'ATRN']) {
      assert.ok(commands.has(c), c);
    }
  });

  it('keeps RFC 5321 §4.3.2 verbatim for DATA and the final dot', () => {
    const row = (command: string) => COMMAND_REPLIES.find((r) => r.command === command && 'rfc' in r.source && r.source.rfc === 5321)!;
    assert.deepEqual(row('DATA').replies, [
      { role: 'I', codes: ['354'] },
      { role: 'E', codes: ['503', '554'] },
    ]);
    assert.deepEqual(row('DATA, after <CRLF>.<CRLF>').replies, [
      { role: 'S', codes: ['250'] },
      { role: 'E', codes: ['552', '554', '451', '452'] },
      { role: 'E', codes: ['450', '550'] },
    ]);
  });

  it('cites known RFCs, valid codes and dataset stages', () => {
    const registryRows = new Set(dataset.registry.map((r) => r.row));
    for (const row of COMMAND_REPLIES) {
      if ('rfc' in row.source) assert.ok(row.source.rfc in RFCS, `RFC ${row.source.rfc} in rfcs.ts`);
      else assert.ok(registryRows.has(row.source.registry), row.source.registry);
      for (const stage of row.stages) assert.ok((STAGES as readonly string[]).includes(stage), stage);
      for (const code of row.replies.flatMap((g) => g.codes)) assert.match(code, BASIC_CODE_PATTERN);
    }
  });
});

describe('invariant stagesCoverCommandReplies', () => {
  it('is registered and passes on the real dataset', () => {
    assert.equal(ALL_CHECKS.stagesCoverCommandReplies, stagesCoverCommandReplies);
    assert.deepEqual(stagesCoverCommandReplies(dataset), []);
  });

  it('fails on an entry that leaves out a stage, naming the entry, the field and the RFC section', () => {
    assert.deepEqual(stagesCoverCommandReplies(withChange('554', (e) => (e.stages = ['greeting', 'rcpt', 'end-of-data']))), [
      'entry 554, field stages: RFC 5321 §4.3.2 lists 554 for DATA, but stages leave out data',
    ]);
    assert.deepEqual(stagesCoverCommandReplies(withChange('523', (e) => (e.stages = ['mail']))), [
      'entry 523, field stages: registry row X.7.10 lists 523 for AUTH, but stages leave out auth',
    ]);
  });

  it('lets "any" cover every command but the greeting', () => {
    const rows: CommandReplyRow[] = [
      { command: 'QUIT', stages: ['quit'], source: { rfc: 5321, section: '4.3.2' }, replies: [{ role: 'E', codes: ['421'] }] },
      { command: 'CONNECTION ESTABLISHMENT', stages: ['greeting'], source: { rfc: 5321, section: '4.3.2' }, replies: [{ role: 'E', codes: ['421'] }] },
    ];
    const check = stagesCoverCommandRepliesOf(rows);
    assert.deepEqual(check(withChange('421', (e) => (e.stages = ['greeting', 'any']))), []);
    assert.deepEqual(check(withChange('421', (e) => (e.stages = ['any']))), [
      'entry 421, field stages: RFC 5321 §4.3.2 lists 421 for CONNECTION ESTABLISHMENT, but stages leave out greeting',
    ]);
  });
});
