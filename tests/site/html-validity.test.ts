/** Every page of the built site is valid HTML, checked with html-validate. Run after `npm run build`. */
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { htmlPaths } from './built-site.ts';

/** Validates `paths` in one worker thread; resolves to its problems. */
function validate(paths: string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./validate-pages.ts', import.meta.url), { workerData: paths });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

test('every page is valid HTML', { timeout: 15 * 60_000 }, async () => {
  const paths = htmlPaths();
  const workers = Math.max(1, availableParallelism());
  const shares = Array.from({ length: workers }, (_, i) => paths.filter((_, j) => j % workers === i));
  const problems = (await Promise.all(shares.map(validate))).flat();
  assert.deepEqual(problems, []);
});
