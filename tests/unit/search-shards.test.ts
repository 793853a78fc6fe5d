import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/lib/bounce-analyzer.ts';
import { basicCodes, enhancedCodes } from '../../src/data/dataset.ts';
import { lookUp, type SearchCode } from '../../src/lib/search-answer.ts';
import { codeShard, codesOf, shardsOf } from '../../src/lib/search-shards.ts';

describe('search data shards', () => {
  it('puts a basic code with its class, and an enhanced code with its class, subject and tens, or with the provider codes of its subject', () => {
    assert.equal(codeShard('550'), '5xx');
    assert.equal(codeShard('421'), '4xx');
    assert.equal(codeShard('5.7.1'), '5.7.0x');
    assert.equal(codeShard('5.7.26'), '5.7.2x');
    assert.equal(codeShard('4.7.650'), '4.7.xxx');
    assert.equal(codeShard('5.7.1234'), '5.7.xxx');
  });
  it('finds every code of the dataset, and a code inside a documented range, in the shard its query loads', () => {
    const all: SearchCode[] = [...basicCodes, ...enhancedCodes].map((c) => ({ c: c.code, t: '', s: '', ...('through' in c && c.through ? { r: c.through } : {}) }));
    const shard = (code: string) => all.filter((c) => codeShard(c.c) === codeShard(code));
    for (const entry of all) assert.equal(lookUp(entry.c, shard(entry.c))?.c, entry.c, entry.c);
    const range = all.find((c) => c.r)!;
    const inside = `${range.c.split('.').slice(0, 2).join('.')}.${Number(range.c.split('.')[2]) + 1}`;
    assert.equal(lookUp(inside, shard(inside))?.c, range.c);
  });
  it('loads the shards of the codes a query names, each once, including both codes of a comparison', () => {
    assert.deepEqual(shardsOf(codesOf(analyze('550 5.1.1 user unknown; 554 5.1.2'))), ['5xx', '5.1.0x']);
    assert.deepEqual(shardsOf(codesOf(analyze('421 vs 504'))), ['4xx', '5xx']);
    assert.deepEqual(shardsOf(codesOf(analyze('mailbox full'))), []);
  });
});
