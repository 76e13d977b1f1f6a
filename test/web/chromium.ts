import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's chromium; CHROMIUM_PATH points elsewhere (e.g. to check the skip and CI paths). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * Without Chromium a browser suite is skipped with a warning — except in CI, where it must run:
 * there the missing browser is a failing test.
 */
export function requireChromiumInCi(suite: string): void {
  if (hasChromium) return;
  const missing = `Chromium not installed at ${CHROMIUM}: apt-get install chromium (CI installs it)`;
  if (process.env.CI && !/^(0|false)$/i.test(process.env.CI)) {
    describe(suite, () => {
      it('has Chromium to run in', () => {
        throw new Error(`${missing} — CI is set, so this suite must not be skipped`);
      });
    });
  } else {
    console.warn(`Skipping ${suite}. ${missing}`);
  }
}

/** Headless Chromium as the page's browser tests run it: no sandbox (containers), nothing phoning home. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
