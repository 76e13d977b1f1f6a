import { execFileSync } from 'node:child_process';
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
  if (inCi()) {
    describe(suite, () => {
      it('has Chromium to run in', () => {
        throw new Error(`${missing} — CI is set, so this suite must not be skipped`);
      });
    });
  } else {
    console.warn(`Skipping ${suite}. ${missing}`);
  }
}

const inCi = () => Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');

/** Whether fontconfig knows a Simplified Chinese font (Noto Sans CJK SC from fonts-noto-cjk, say). */
export const hasCjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
})();

/**
 * Whether a test that reads which font drew Chinese glyphs can run: outside CI it is skipped with a
 * warning when no CJK font is installed; in CI the missing font fails the test that needs it.
 */
export function cjkFontOrSkip(test: string): boolean {
  if (hasCjkFont || inCi()) return true;
  console.warn(
    `Skipping "${test}": no Simplified Chinese font for fontconfig (apt-get install fonts-noto-cjk; CI installs it)`,
  );
  return false;
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
