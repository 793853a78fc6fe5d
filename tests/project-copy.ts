/**
 * A throwaway copy of the project, as a fresh clone has it (no dist/, no .astro/), sharing this
 * checkout's node_modules: what the build-failure, sub-path and dev-server tests run against.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const SKIPPED = /\/(node_modules|dist|\.astro|\.git|test-results|playwright-report)$/;

/** Copies the project into a new temporary folder; `remove()` deletes it. */
export function copyProject(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `smtp-codes-${prefix}-`));
  cpSync(PROJECT_ROOT, dir, { recursive: true, filter: (src) => !SKIPPED.test(src) });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `astro build` in a folder; returns its status and output. */
export function astroBuild(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Starts `astro dev` in a folder on a port and resolves once it answers. */
export async function astroDev(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/en/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  child.kill();
  throw new Error(`astro dev did not answer on port ${port} within a minute`);
}
