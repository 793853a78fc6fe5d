/**
 * Bad input fails the build with a message that names it: an invalid dataset entry (entry and
 * field), and a prose file for a code the dataset does not have (the file). Each case builds a
 * copy of the project with one change.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copies: string[] = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildCopy(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-build-'));
  copies.push(dir);
  const skipped = /\/(node_modules|dist|\.astro|\.git|test-results|playwright-report)$/;
  cpSync(root, dir, { recursive: true, filter: (src) => !skipped.test(src) });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  change(dir);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
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
    assert.match(output, /content\/en\/codes\/599\.mdx: no code 599 in the dataset/);
  });
});
