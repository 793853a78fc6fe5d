/**
 * The bounce reader in Node, over every message of the development corpus (tests/fixtures/bounces):
 * each message is read READS times after one warm-up pass, and its median time counts. Reported: the
 * median and the 99th percentile over messages, and the slowest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBounce } from '../../src/lib/bounce-reader.ts';
import { percentile } from './stats.ts';

const CORPUS = 'tests/fixtures/bounces';
const READS = 5;
export const READER_TARGETS = { medianMs: 1, p99Ms: 20 };

export interface ReaderFigures {
  messages: number;
  medianMs: number;
  p99Ms: number;
  slowest: { file: string; ms: number };
  targets: typeof READER_TARGETS;
}

export function measureReader(): ReaderFigures {
  const messages = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.eml'))
    .map((file) => ({ file, text: readFileSync(join(CORPUS, file), 'utf8') }));
  for (const m of messages) readBounce(m.text);
  const times = messages.map((m) => {
    const runs: number[] = [];
    for (let i = 0; i < READS; i++) {
      const started = performance.now();
      readBounce(m.text);
      runs.push(performance.now() - started);
    }
    return { file: m.file, ms: percentile(runs, 50) };
  });
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { messages: messages.length, medianMs: percentile(times.map((t) => t.ms), 50), p99Ms: percentile(times.map((t) => t.ms), 99), slowest, targets: READER_TARGETS };
}
