/** The direct answer and the ranking of full-text results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/lib/bounce-analyzer.ts';
import { directAnswer, lookUp, type SearchCode } from '../../src/lib/search-answer.ts';
import { fulltextQuery, hitRank, plainExcerpt, wantsFulltext } from '../../src/lib/search-results.ts';

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
  it('runs for words alone, not for a query with a code, which the direct answer covers, nor a comparison', () => {
    assert.equal(wantsFulltext('mailbox full', analyze('mailbox full')), true);
    assert.equal(wantsFulltext('421 vs 504', analyze('421 vs 504')), false);
    assert.equal(wantsFulltext('550 relay denied', analyze('550 relay denied')), false);
    assert.equal(wantsFulltext('550', analyze('550')), false);
    const paste = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address";
    assert.equal(wantsFulltext(paste, analyze(paste)), false);
  });
  it('searches the words, not the codes, addresses and links', () => {
    assert.equal(fulltextQuery('550 5.1.1 <a@example.com>: User unknown https://example.com/x'), 'User unknown');
  });
  it('puts reasons, then code pages before guides and comparisons, unless two codes are compared, and keeps Pagefind order within a type', () => {
    const hits = [
      { url: '/c', meta: { type: 'comparison' } },
      { url: '/g', meta: { type: 'page' } },
      { url: '/x', meta: { type: 'code' } },
      { url: '/r', meta: { type: 'reason' } },
      { url: '/y', meta: { type: 'code' } },
    ];
    const order = (namesTwoCodes: boolean) =>
      hits
        .map((h, i) => ({ url: h.url, rank: hitRank(h, namesTwoCodes, i) }))
        .sort((a, b) => a.rank - b.rank)
        .map((h) => h.url);
    assert.deepEqual(order(false), ['/r', '/x', '/y', '/g', '/c']);
    assert.deepEqual(order(true), ['/c', '/r', '/x', '/y', '/g']);
  });
  it('shows an excerpt as text, without the marks', () => {
    assert.equal(plainExcerpt('a <mark>b</mark>'), 'a b');
  });
});
