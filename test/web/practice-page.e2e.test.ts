import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { hasChromium, launchChromium, requireChromiumInCi } from './chromium.ts';

/**
 * The mini-app page as a trainee uses it: signed in from a one-time link, in a real headless Chromium against the real server
 * and the offline drill engine. Needs Debian's chromium; CI installs it, and there a missing
 * browser is a failure rather than a skip.
 */

requireChromiumInCi('practice page (headless Chromium)');

const GREETING = 'Hello, thanks for contacting Huaxin Bank, how can I help you today?';
const SCENARIO = 'card-frozen-after-travel';
const CJK = /[\u4e00-\u9fff]/;
const tid = (id: string) => `[data-testid="${id}"]`;
const POLL = { timeout: 8_000, interval: 50 };

describe.skipIf(!hasChromium)('practice page (headless Chromium)', () => {
  let running: RunningApp | undefined;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    running = await startApp({});
    base = running.url;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    page = await context.newPage();
    page.setDefaultTimeout(8_000);
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // failed API calls are logged by the browser too; those the test provokes are checked where they happen
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() === 404 || r.status() >= 500) pageErrors.push(`${r.status()} ${r.url()}`);
    });
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Opens a sign-in link for a person, as a trainee taps the link from `csc-drill invite`. */
  async function signIn(p: Page, name: string, query = '') {
    const { token } = await (running as RunningApp).app.identity.mintSignIn({ id: `web:${name}`, name });
    await p.goto(`${base}/${query}#signin=${token}`);
  }

  /** Signs in and waits until the scenario list has loaded in the language wanted. */
  async function openSetup(lang: 'zh' | 'en', name = 'ada') {
    await signIn(page, `${name}-${Math.random().toString(36).slice(2, 8)}`);
    await page
      .locator(`${tid('scenario-select')} option[value="${SCENARIO}"]`)
      .waitFor({ state: 'attached' });
    if (lang === 'en') await page.locator(tid('lang-toggle')).click();
    await expect
      .poll(() => selectedScenarioText(), POLL)
      .toMatch(lang === 'zh' ? CJK : /^[^\u4e00-\u9fff]+$/);
  }

  const selectedScenarioText = () => page.locator(`${tid('scenario-select')} option:checked`).textContent();

  async function start(mode: 'practice' | 'exam') {
    await page.locator(tid('scenario-select')).selectOption(SCENARIO);
    await page.locator(tid('mode-select')).selectOption(mode);
    await page.locator(tid('start-button')).click();
    await page.locator(tid('customer-bubble')).first().waitFor();
  }

  async function send(text: string) {
    const customers = await page.locator(tid('customer-bubble')).count();
    await page.locator(tid('message-input')).fill(text);
    await page.locator(tid('message-input')).press('Enter');
    await page.locator(tid('customer-bubble')).nth(customers).waitFor();
  }

  it('runs a practice drill in English: tags, hint, scorecard, rating', async () => {
    await openSetup('en');
    expect(await page.locator(tid('start-button')).textContent()).toMatch(/Start/);
    await page.locator(tid('scenario-select')).selectOption(SCENARIO);
    // the persona defaults to the scenario's first suggested customer
    expect(await page.locator(tid('persona-select')).inputValue()).toBe('designer-lin');
    await start('practice');

    const opening = (await page.locator(tid('customer-bubble')).first().textContent()) ?? '';
    expect(opening.length).toBeGreaterThan(10);
    expect(opening).not.toMatch(CJK);
    expect(await page.locator(tid('hint-button')).isVisible()).toBe(true);

    // an empty reply is not sent
    await page.locator(tid('message-input')).fill('   ');
    expect(await page.locator(tid('send-button')).isDisabled()).toBe(true);
    await page.locator(tid('message-input')).press('Enter');
    expect(await page.locator(tid('agent-bubble')).count()).toBe(0);

    await send(GREETING);
    expect(await page.locator(tid('agent-bubble')).count()).toBe(1);
    expect(await page.locator(tid('agent-bubble')).first().textContent()).toBe(GREETING);
    expect(await page.locator(tid('customer-bubble')).count()).toBe(2);
    expect(await page.locator(tid('message-input')).inputValue()).toBe('');
    const gt = page.locator(`${tid('tag-chip')}[data-code="GT"]`);
    await gt.waitFor();
    expect(await gt.textContent()).toContain('Greeting');
    expect(await gt.getAttribute('class')).toContain('chip-primary');
    expect(await page.locator('.chip-evidence').first().textContent()).toMatch(/stage: Connecting/);
    expect(page.url()).not.toContain('signin=');
    expect(await page.locator('#topbar-mood').textContent()).toMatch(/^Mood: \w+/);

    // a server error keeps the typed text and shows the (English) message in a toast
    const tooLong = 'x'.repeat(4100);
    await page.locator(tid('message-input')).fill(tooLong);
    await page.locator(tid('send-button')).click();
    await page.locator(tid('error-toast')).waitFor();
    expect(await page.locator(tid('error-toast')).textContent()).toMatch(/too long/);
    expect(await page.locator(tid('message-input')).inputValue()).toBe(tooLong);
    expect(await page.locator(tid('agent-bubble')).count()).toBe(1);
    await page.locator(tid('message-input')).fill('');

    await page.locator(tid('hint-button')).click();
    await page.locator(tid('hint-card')).waitFor();
    const hint = (await page.locator(tid('hint-card')).textContent()) ?? '';
    expect(hint).toContain('Try saying:');
    expect(['GT', 'IV', 'RP', 'PR', 'EM', 'PS', 'ID', 'RI', 'FR', 'RC', 'AC', 'OT']).toContain(
      await page.locator(`${tid('hint-card')} .chip b`).textContent(),
    );

    await page.locator(tid('end-button')).click();
    await page.locator(tid('scorecard')).waitFor();
    expect(await page.locator(tid('overall-score')).textContent()).toMatch(/^\d{1,3}$/);
    expect(await page.locator(tid('pass-fail')).textContent()).toMatch(/^(PASS|FAIL)/);
    expect(await page.locator(`${tid('radar')} svg`).count()).toBe(1);
    expect(await page.locator(tid('improvement')).count()).toBe(3);
    expect(await page.locator(tid('improvement')).first().textContent()).toContain('Try saying:');
    expect(await page.locator('.check .check-icon').allTextContents()).toEqual(
      expect.arrayContaining(['✓', '✗', '–']),
    );
    await expect
      .poll(() => page.locator(`#score-history ${tid('history')} li`).allTextContents(), POLL)
      .toEqual([expect.stringMatching(/^Debit card frozen .* — \d+\/100 (PASS|FAIL)$/)]);
    await page.screenshot({ path: '/tmp/practice-scorecard.png' });

    const rated = page.waitForResponse((r) => r.url().endsWith('/rating') && r.request().method() === 'POST');
    await page.locator(`${tid('rating')} button[data-value="4"]`).click();
    const response = await rated;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toMatchObject({ realism: 4 });
    await page.locator('.rating-thanks').waitFor();
    expect(await page.locator(`${tid('rating')} .star.on`).count()).toBe(4);

    // "Retry same drill" replays the same customer from the same opening
    await page.locator('[data-testid="retry-drill"]').click();
    await page.locator(tid('message-input')).waitFor();
    await expect.poll(() => page.locator(tid('customer-bubble')).count(), POLL).toBe(1);
    expect(await page.locator(tid('customer-bubble')).first().textContent()).toBe(opening);
    expect(pageErrors).toEqual([]);
  });

  it('exam mode shows no tag chips, no mood and no hint button', async () => {
    await openSetup('en');
    await start('exam');
    expect(await page.locator(tid('hint-button')).isHidden()).toBe(true);
    expect(await page.locator('#topbar-mood').isHidden()).toBe(true);
    await send(GREETING);
    expect(await page.locator(tid('agent-bubble')).count()).toBe(1);
    expect(await page.locator(tid('tag-chip')).count()).toBe(0);
    await page.locator(tid('end-button')).click();
    await page.locator(tid('scorecard')).waitFor();
    expect(await page.locator(tid('overall-score')).textContent()).toMatch(/^\d{1,3}$/);
    expect(pageErrors).toEqual([]);
  });

  it('switching to 中文 gives a Chinese UI and a Chinese drill', async () => {
    await signIn(page, 'zhou', '?lang=en');
    await page
      .locator(`${tid('scenario-select')} option[value="${SCENARIO}"]`)
      .waitFor({ state: 'attached' });
    expect(await page.locator(tid('lang-toggle')).textContent()).toBe('中文');
    await page.locator(tid('lang-toggle')).click();
    await expect.poll(() => selectedScenarioText(), POLL).toMatch(CJK);
    expect(await page.locator(tid('start-button')).textContent()).toMatch(/^\s*开始练习\s*$/);
    expect(await page.locator(tid('lang-toggle')).textContent()).toBe('English');
    await start('practice');
    expect(await page.locator(tid('send-button')).textContent()).toBe('发送');
    expect(await page.locator(tid('customer-bubble')).first().textContent()).toMatch(CJK);
    expect(await page.locator(tid('end-button')).textContent()).toBe('结束对话');
    expect(pageErrors).toEqual([]);
  });

  it('shows the sign-in screen without a session, and a used link does not sign in', async () => {
    await page.goto(`${base}/`);
    await page.locator(tid('signin-screen')).waitFor();
    expect(await page.locator(tid('start-button')).isVisible()).toBe(false);
    const { token } = await (running as RunningApp).app.identity.mintSignIn({ id: 'web:once' });
    await page.goto(`${base}/#signin=${token}`);
    await page.locator(tid('start-button')).waitFor();
    const second = await browser.newContext();
    try {
      const p2 = await second.newPage();
      await p2.goto(`${base}/#signin=${token}`);
      await p2.locator(tid('error-toast')).waitFor();
      expect(await p2.locator(tid('error-toast')).textContent()).toMatch(/used|用过/);
      expect(await p2.locator(tid('signin-screen')).isVisible()).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('another session can neither read nor end the drill', async () => {
    await openSetup('en', 'owner');
    await start('practice');
    const drillId = await page.evaluate('window.localStorage.getItem("csc-drill-current")');
    expect(drillId).toBeTruthy();
    const other = await browser.newContext();
    try {
      const p2 = await other.newPage();
      await signIn(p2, 'intruder');
      await p2
        .locator(`${tid('scenario-select')} option[value="${SCENARIO}"]`)
        .waitFor({ state: 'attached' });
      const tries = await p2.evaluate(async (id) => {
        const { csrf } = (await (await fetch('/api/session')).json()) as { csrf: string };
        const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
        const read = await fetch(`/api/drills/${id}`, { headers });
        const end = await fetch(`/api/drills/${id}/end`, { method: 'POST', headers, body: '{}' });
        return [read.status, end.status];
      }, drillId);
      expect(tries).toEqual([404, 404]);
    } finally {
      await other.close();
    }
    await send(GREETING);
    expect(await page.locator(tid('agent-bubble')).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('refuses a form posted from another site, and the drill goes on', async () => {
    await openSetup('en', 'victim');
    await start('practice');
    const drillId = await page.evaluate('window.localStorage.getItem("csc-drill-current")');
    // "localhost" is another site than 127.0.0.1 for the browser: a page there posts a form at us.
    const target = `${base}/api/drills/${drillId}/end`;
    const evil: Server = createServer((_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<form id="f" method="POST" action="${target}" enctype="text/plain"><input name='{"x":"' value='"}'></form><script>document.getElementById('f').submit()</script>`,
        );
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    try {
      const attack = await context.newPage();
      const answered = attack.waitForResponse((r) => r.url() === target);
      await attack.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
      expect((await answered).status()).toBe(403);
      await attack.close();
    } finally {
      evil.closeAllConnections();
      await new Promise((r) => evil.close(r));
    }
    pageErrors = pageErrors.filter((e) => !e.includes('/end'));
    await send(GREETING);
    expect(await page.locator(tid('agent-bubble')).count()).toBe(1);
  });
});
