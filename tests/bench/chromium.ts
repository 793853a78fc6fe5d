/**
 * Debian's Chromium, as every browser step of the benchmark launches it. Browsers cannot be
 * downloaded on our machines, so Playwright and Lighthouse both start this binary.
 */
import { chromium, type Browser } from '@playwright/test';

/** The browser binary: CHROMIUM_PATH, or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
