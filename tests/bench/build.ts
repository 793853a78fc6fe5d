/**
 * Build timings: the site's `astro build`, split into Astro's and Pagefind's seconds, and the
 * framework floor, the same number of trivial pages built by the same Astro in the same run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const ASTRO_BIN = resolve('node_modules/astro/bin/astro.mjs');
/** Inside node_modules, so the floor project resolves `astro` from the project's own install. */
const FLOOR_DIR = resolve('node_modules/.cache/bench-floor');

export interface SiteBuild {
  totalSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  pagefindPages: number;
}

export interface FloorBuild {
  pages: number;
  seconds: number;
  dir: string;
}

/** The run with the smallest `seconds`: the one least disturbed by whatever else the machine did. */
export function fastest<T>(runs: readonly T[], seconds: (run: T) => number): T {
  return runs.reduce((best, run) => (seconds(run) < seconds(best) ? run : best));
}

/**
 * Runs `astro build` in the project and splits its wall time using the search-index log line. Like
 * the floor, whose project is written afresh, it starts without an output directory: otherwise Astro
 * would first spend seconds deleting the last build's eight thousand files, which the floor never has.
 */
export async function buildSite(): Promise<SiteBuild> {
  rmSync('dist', { recursive: true, force: true });
  const { seconds, output } = await runAstroBuild([]);
  const indexed = /read (\d+) pages in ([\d.]+) s/.exec(output);
  if (!indexed) throw new Error('The build did not log "read N pages in S s" (src/integrations/search-index.ts)');
  const pagefindSeconds = Number(indexed[2]);
  return { totalSeconds: seconds, astroSeconds: seconds - pagefindSeconds, pagefindPages: Number(indexed[1]), pagefindSeconds };
}

/**
 * Builds `pages` trivial pages with the project's Astro and the site's address settings: the
 * least any Astro build of this many pages costs on this machine, now.
 */
export async function buildFloor(pages: number): Promise<FloorBuild> {
  writeFloorProject(pages);
  const { seconds } = await runAstroBuild(['--root', FLOOR_DIR]);
  return { pages, seconds, dir: FLOOR_DIR };
}

/** A fresh throwaway project: one dynamic route that getStaticPaths expands to `pages` pages. */
function writeFloorProject(pages: number): void {
  rmSync(FLOOR_DIR, { recursive: true, force: true });
  mkdirSync(join(FLOOR_DIR, 'src/pages'), { recursive: true });
  writeFileSync(
    join(FLOOR_DIR, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });
`,
  );
  writeFileSync(
    join(FLOOR_DIR, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><p>Page {n}</p></body></html>
`,
  );
}

/** Runs the project's `astro build` with `args`; rejects with the build's output if it fails. */
function runAstroBuild(args: string[]): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  // Telemetry would try to reach the network, which this machine refuses; off for both builds alike.
  const child = spawn(process.execPath, [ASTRO_BIN, 'build', ...args], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const output = stripVTControlCharacters(Buffer.concat(chunks).toString('utf8'));
      if (code === 0) resolvePromise({ seconds, output });
      else reject(new Error(`astro build ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
