/**
 * Bad input fails the build with a message that names it: an invalid dataset entry (entry and
 * field), and a prose file for a code the dataset does not have (the file). Each case builds a
 * copy of the project with one change.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { astroBuild, copyProject } from '../project-copy.ts';

const copies: (() => void)[] = [];
after(() => copies.forEach((remove) => remove()));

function buildCopy(change: (dir: string) => void): { status: number | null; output: string } {
  const { dir, remove } = copyProject('build');
  copies.push(remove);
  change(dir);
  return astroBuild(dir);
}

function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${file} should contain ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('the build fails on bad input, naming it', { concurrency: true }, () => {
  it('an invalid dataset entry names the entry and the field', () => {
    const { status, output } = buildCopy((dir) =>
      edit(dir, 'src/data/basic-codes.ts', "stages: ['greeting', 'any'],\n    connection: 'closes'", "stages: ['lunch'],\n    connection: 'closes'"),
    );
    assert.notEqual(status, 0);
    assert.match(output, /entry 421, field stages\[0\]/);
  });

  it('an MDX file for an unknown code names the file', () => {
    const { status, output } = buildCopy((dir) =>
      writeFileSync(join(dir, 'content/en/codes/599.mdx'), readFileSync(join(dir, 'content/en/codes/550.mdx'))),
    );
    assert.notEqual(status, 0);
    assert.match(output, /content\/en\/codes\/599\.mdx: no codes entry 599 in the dataset/);
  });
});
