/** The direct answer and the ranking of full-text results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/lib/bounce-analyzer.ts';
import { directAnswer, lookUp, type SearchCode } from '../../src/lib/search-answer.ts';
import { fulltextQuery, rankFulltext, wantsFulltext } from '../../src/lib/search-results.ts';

const CODES: SearchCode[] = [
  { c: '421', t: 'Service not available', s: 'Retry later.' },
  { c: '504', t: 'Command parameter not implemented', s: 'Fix it.' },
  { c: '550', t: 'Mailbox unavailable', s: 'Do not retry.' },
  { c: '5.1.10', t: 'Recipient address has null MX', s: 'Check.', p: ['microsoft'] },
  { c: '4.7.500', t: 'Sending IP throttled', s: 'Wait.', r: '4.7.699' },
];
const answer = (q: string) =>
  directAnswer(analyze(q), CODES, 'en', (a, b) => `${a} vs ${b}`).map((i) => i.path ?? (i.unknown ? `unknown ${i.label}` : i.line));

describe('direct answer', () => {
  it('links each code found, in order', () => {
    assert.deepEqual(answer('550 5.1.10 Recipient not found'), ['/en/codes/550/', '/en/codes/5.1.10/']);
  });
  it("leads to the provider's section when the text shows the provider", () => {
    assert.deepEqual(answer('550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found')[1], '/en/codes/5.1.10/#provider-microsoft');
  });
  it('puts the comparison first when two codes are asked about, in canonical order', () => {
    assert.deepEqual(answer('504 or 421'), ['/en/compare/421-vs-504/', '/en/codes/504/', '/en/codes/421/']);
  });
  it('finds a code inside a documented range', () => {
    assert.equal(lookUp('4.7.650', CODES)?.c, '4.7.500');
    assert.equal(lookUp('4.7.700', CODES), undefined);
  });
  it('explains a code the site does not have instead of linking nowhere', () => {
    assert.deepEqual(answer('535 5.7.139 Authentication unsuccessful'), ['unknown 535', 'unknown 5.7.139']);
  });
});

describe('full-text search', () => {
  it('runs for words, not for a pasted reply already answered or a comparison', () => {
    assert.equal(wantsFulltext('mailbox full', analyze('mailbox full')), true);
    assert.equal(wantsFulltext('421 vs 504', analyze('421 vs 504')), false);
    const paste = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address";
    assert.equal(wantsFulltext(paste, analyze(paste)), false);
  });
  it('searches the words, not the codes, addresses and links', () => {
    assert.equal(fulltextQuery('550 5.1.1 <a@example.com>: User unknown https://example.com/x'), 'User unknown');
  });
  it('puts code pages before guides and comparisons, unless two codes are compared', () => {
    const hits = [
      { url: '/c', meta: { type: 'comparison' }, excerpt: '' },
      { url: '/g', meta: { type: 'page' }, excerpt: '' },
      { url: '/x', meta: { type: 'code' }, excerpt: 'a <mark>b</mark>' },
    ];
    assert.deepEqual(rankFulltext(hits, false).map((h) => h.url), ['/x', '/g', '/c']);
    assert.deepEqual(rankFulltext(hits, true).map((h) => h.url), ['/c', '/x', '/g']);
    assert.equal(rankFulltext(hits, false)[0]!.plainExcerpt, 'a b');
  });
});
