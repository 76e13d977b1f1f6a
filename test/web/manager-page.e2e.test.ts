import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseResultsCsv } from '../../src/coach/export.ts';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { cjkFontOrSkip, hasChromium, hasCjkFont, launchChromium, requireChromiumInCi } from './chromium.ts';
import { seedTeam } from './coach-seed.ts';

/**
 * The manager page in a real headless Chromium at 375 px against the real server: the team table
 * and person view built from stored scorecards with known answers, the CSV download, assigning a
 * drill that the trainee then starts from "my progress", and a trainee refused the manager view.
 */

requireChromiumInCi('manager page (headless Chromium)');

const tid = (id: string) => `[data-testid="${id}"]`;
const POLL = { timeout: 8_000, interval: 50 };
const cell = (row: ReturnType<Page['locator']>, col: string) =>
  row.locator(`[data-col="${col}"]`).textContent();

describe.skipIf(!hasChromium)('manager page (headless Chromium)', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    running = await startApp({ MANAGERS: 'web:boss', CERTIFY_STREAK: '2' });
    await seedTeam(running.app);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  const watch = (p: Page) => {
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
    });
  };

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    page = await context.newPage();
    page.setDefaultTimeout(8_000);
    pageErrors = [];
    watch(page);
  });

  afterEach(async () => {
    await context?.close();
  });

  async function signIn(p: Page, id: string, name: string, query = '') {
    const { token } = await running.app.identity.mintSignIn({ id, name });
    await p.goto(`${running.url}/${query}#signin=${token}`);
  }

  /** Nothing wider than the phone: the table fits without the page scrolling sideways. */
  const horizontalOverflow = (p: Page) =>
    p.evaluate(`(() => {
      const wrap = document.querySelector('.table-wrap');
      return {
        page: document.documentElement.scrollWidth - window.innerWidth,
        table: wrap ? wrap.scrollWidth - wrap.clientWidth : 0,
      };
    })()`);

  it('shows a manager the team table, opens a person and downloads the CSV', async () => {
    await signIn(page, 'web:boss', 'Boss', '?lang=en');
    await page.locator(tid('tab-team')).click();
    await expect.poll(() => page.locator(tid('team-row')).count(), POLL).toBe(3);
    expect(await page.locator(`${tid('team-select')} option:checked`).textContent()).toBe(
      'Team onboarding (3)',
    );
    expect(await page.locator('.team-summary').textContent()).toBe('6 drills, pass rate 67%');

    const ada = page.locator(`${tid('team-row')}[data-person="web:ada"]`);
    expect(await cell(ada, 'drills')).toBe('4');
    expect(await cell(ada, 'pass')).toBe('50%');
    expect(await cell(ada, 'last')).toBe('60 65 72 80');
    expect(await ada.locator('[data-col="weakest"] div').allTextContents()).toEqual([
      'skipped identity checks',
      "did not answer the customer's feelings",
      'made a forbidden claim',
    ]);
    const bob = page.locator(`${tid('team-row')}[data-person="web:bob"]`);
    expect([await cell(bob, 'pass'), await cell(bob, 'last')]).toEqual(['100%', '90 88']);
    const cy = page.locator(`${tid('team-row')}[data-person="web:cy"]`);
    expect([await cell(cy, 'drills'), await cell(cy, 'pass')]).toEqual(['0', '–']);
    const chart = page.locator(`#team ${tid('trend-chart')}`);
    await chart.waitFor();
    await expect
      .poll(() => chart.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), POLL)
      .toBe(640);
    expect(await horizontalOverflow(page)).toEqual({ page: 0, table: 0 });
    await page.screenshot({ path: '/tmp/manager-team.png', fullPage: true });

    await ada.locator(tid('open-person')).click();
    await expect.poll(() => page.locator(tid('person-name')).textContent(), POLL).toBe('Ada');
    expect(await page.locator('#topbar-name').textContent()).toBe('Person');
    const weak = page.locator(tid('weak-area'));
    expect(await weak.count()).toBe(3);
    expect(await weak.first().textContent()).toBe(
      'skipped identity checks in 3 of 4 drillsquote 3: identity-verified',
    );
    expect(await page.locator(tid('next-drill')).textContent()).toContain(
      'You skipped identity checks in 3 of 4 drills',
    );
    expect(await page.locator(`${tid('qualities')} .meter`).count()).toBe(5);
    expect(await page.locator(`${tid('stages')} .meter`).count()).toBe(5);
    expect(await page.locator(`${tid('strategies')} .chip b`).allTextContents()).toEqual(['ID', 'GT']);
    expect(await page.locator(tid('strategies')).textContent()).toContain('Conduct breaches: 1');
    expect(await page.locator(tid('certifications')).textContent()).toContain(
      '2 passed in a row; now pass with another customer',
    );
    await page.locator(`#person ${tid('trend-chart')}`).waitFor();
    expect(await horizontalOverflow(page)).toEqual({ page: 0, table: 0 });
    await page.screenshot({ path: '/tmp/manager-person.png', fullPage: true });

    const downloaded = page.waitForEvent('download');
    await page.locator(tid('person-csv')).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^csc-drill-web-ada-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseResultsCsv(await readFile((await file.path()) as string, 'utf8'));
    expect(rows.map((r) => [r.person, r.overall, r.passed])).toEqual([
      ['web:ada', '60', 'false'],
      ['web:ada', '65', 'false'],
      ['web:ada', '72', 'true'],
      ['web:ada', '80', 'true'],
    ]);

    await page.locator(tid('back-to-team')).click();
    await expect.poll(() => page.locator(tid('team-row')).count(), POLL).toBe(3);
    expect(pageErrors).toEqual([]);
  });

  const cjkTest = 'renders the manager view in Chinese with a CJK system font';
  it.runIf(cjkFontOrSkip(cjkTest))(cjkTest, async () => {
    if (!hasCjkFont)
      throw new Error('no Simplified Chinese font for fontconfig: CI must install fonts-noto-cjk');
    await signIn(page, 'web:boss', 'Boss', '?lang=zh&view=team');
    await expect.poll(() => page.locator(tid('team-row')).count(), POLL).toBe(3);
    expect(await page.locator('.team-table th').allTextContents()).toEqual([
      '',
      '姓名',
      '练习',
      '通过率',
      '最近分数',
      '短板',
    ]);
    const weakest = page
      .locator(`${tid('team-row')}[data-person="web:ada"] [data-col="weakest"] div`)
      .first();
    expect(await weakest.textContent()).toBe('没有先核实身份');
    expect(await page.locator(tid('tab-team')).textContent()).toBe('团队');
    // the glyphs on screen come from a Chinese font, not a fallback box
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '.team-table th:nth-child(2)',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName)).toEqual([expect.stringMatching(/CJK SC|PingFang|YaHei/)]);
    expect(await horizontalOverflow(page)).toEqual({ page: 0, table: 0 });
    await page.screenshot({ path: '/tmp/manager-team-zh.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('assigns a drill from the page; the trainee sees it under my progress and starts it', async () => {
    await signIn(page, 'web:boss', 'Boss', '?lang=en&view=team');
    await expect.poll(() => page.locator(tid('team-row')).count(), POLL).toBe(3);
    await page.locator(`${tid('team-row')}[data-person="web:cy"] input[type="checkbox"]`).check();
    await page.locator(tid('assign-selected')).click();
    await page.locator(tid('assign-form')).waitFor();
    expect(
      await page
        .locator(`${tid('assign-form')} p`)
        .first()
        .textContent(),
    ).toBe('Assign to: Cy');
    await page.locator(tid('assign-scenario')).selectOption('card-frozen-after-travel');
    await page.locator(tid('assign-lang')).selectOption('en');
    await page.locator(tid('assign-submit')).click();
    await page.locator(tid('assign-done')).waitFor();
    expect(await page.locator(tid('assign-done')).textContent()).toMatch(/^Assigned to 1\./);
    await expect
      .poll(() => page.locator(tid('my-assignment')).first().textContent(), POLL)
      .toMatch(/^Debit card frozen.*Cy · not started/);

    const trainee = await browser.newContext({ viewport: { width: 375, height: 812 } });
    try {
      const p = await trainee.newPage();
      watch(p);
      await signIn(p, 'web:cy', 'Cy', '?lang=en');
      await p.locator(tid('tab-progress')).click();
      expect(await p.locator(tid('tab-team')).isHidden()).toBe(true);
      const item = p.locator(tid('assignment')).first();
      await item.waitFor();
      expect(await item.textContent()).toMatch(/^Debit card frozen.*not started/);
      expect(await p.locator(tid('next-drill')).textContent()).toContain('Your first drill');
      await item.locator(tid('start-assignment')).click();
      await p.locator(tid('customer-bubble')).first().waitFor();
      expect(await p.locator('#card-title').textContent()).toMatch(/Debit card frozen/);
    } finally {
      await trainee.close();
    }
    await page.locator(tid('tab-team')).click();
    await expect
      .poll(() => page.locator(tid('my-assignment')).first().textContent(), POLL)
      .toMatch(/Cy · in progress/);
    expect(pageErrors).toEqual([]);
  });

  it('refuses a trainee who opens the manager view, and shows them their own progress', async () => {
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/coach/teams'));
    await signIn(page, 'web:ada', 'Ada', '?lang=en&view=team');
    expect((await refused).status()).toBe(403);
    await page.locator(tid('manager-refused')).waitFor();
    expect(await page.locator(tid('manager-refused')).textContent()).toContain(
      'Only training managers can see team reports',
    );
    expect(await page.locator(tid('team-table')).count()).toBe(0);
    expect(await page.locator(tid('tab-team')).isHidden()).toBe(true);
    await page.locator(tid('tab-progress')).click();
    await expect.poll(() => page.locator(tid('person-name')).textContent(), POLL).toBe('Ada');
    expect(await page.locator(tid('weak-area')).count()).toBe(3);
    await page.locator(`#progress ${tid('trend-chart')}`).waitFor();
    expect(await horizontalOverflow(page)).toEqual({ page: 0, table: 0 });
    await page.screenshot({ path: '/tmp/my-progress.png', fullPage: true });
  });
});
