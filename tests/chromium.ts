/**
 * Debian's Chromium, as the browser tests, the benchmark and Lighthouse launch it. Browsers cannot
 * be downloaded on our machines (docs/architecture.md, Traps).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** The browser binary: CHROMIUM_PATH, or Debian's package; otherwise Playwright's own, where it has one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Without the networking flags Chromium keeps calling Google's services, which this network
 * refuses; the retries would slow down and blur every timing.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium under Playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
