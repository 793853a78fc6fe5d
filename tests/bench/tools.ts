/**
 * Lighthouse and chrome-launcher, which only the benchmark uses, live outside the project's
 * dependencies so that `npm ci` and every test run do not install their 91 packages. The first
 * `npm run bench` installs these pinned versions into node_modules/.cache/bench-tools; later runs
 * reuse them. puppeteer-core comes with Lighthouse (its user flows drive the page through it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const BENCH_TOOLS = { lighthouse: '13.5.0', 'chrome-launcher': '1.2.2' } as const;
const TOOLS_DIR = resolve('node_modules/.cache/bench-tools');

/** Installs the tools once (npm, from the registry) unless the pinned versions are already there. */
function ensureInstalled(): void {
  const require = createRequire(join(TOOLS_DIR, 'package.json'));
  const current = Object.entries(BENCH_TOOLS).every(([name, version]) => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version === version;
    } catch {
      return false;
    }
  });
  if (current) return;
  console.log(`… installing ${Object.entries(BENCH_TOOLS).map(([n, v]) => `${n}@${v}`).join(', ')} for the benchmark into ${TOOLS_DIR} (once)`);
  mkdirSync(TOOLS_DIR, { recursive: true });
  writeFileSync(join(TOOLS_DIR, 'package.json'), JSON.stringify({ private: true, dependencies: BENCH_TOOLS }, null, 2));
  execFileSync('npm', ['install', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', '--no-package-lock'], { stdio: 'inherit' });
  if (!existsSync(join(TOOLS_DIR, 'node_modules/lighthouse'))) throw new Error(`npm did not install lighthouse into ${TOOLS_DIR}`);
}

/** Imports a tool by its package name from the tools' directory. */
export async function importTool<T>(name: string): Promise<T> {
  ensureInstalled();
  const require = createRequire(join(TOOLS_DIR, 'package.json'));
  return (await import(pathToFileURL(require.resolve(name)).href)) as T;
}
