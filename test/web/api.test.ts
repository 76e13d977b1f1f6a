import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { PageClient } from './session-client.ts';

const SCENARIO = 'card-frozen-after-travel';

describe('the page API: sessions, CSRF, ownership, rate limits', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ WEB_STARTS_PER_MINUTE: '3' });
  });
  afterAll(() => running.close());

  it('refuses every API call without a session', async () => {
    const anon = new PageClient(running.url);
    for (const [method, path] of [
      ['GET', '/api/catalog'],
      ['GET', '/api/history'],
      ['POST', '/api/drills'],
    ] as const) {
      const r = await anon.call(method, path, method === 'POST' ? {} : undefined);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('signed-out');
    }
  });

  it('trades a one-time token for an HttpOnly, SameSite=Strict session cookie', async () => {
    const ada = new PageClient(running.url);
    const r = await ada.signIn(running.app, { id: 'web:ada', name: 'Ada' });
    expect(r.status).toBe(200);
    expect(r.body.person).toEqual({ id: 'web:ada', name: 'Ada' });
    expect(r.headers.get('set-cookie')).toMatch(
      /^csc_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+/,
    );
    expect((await ada.call('GET', '/api/session')).body).toEqual({
      person: r.body.person,
      csrf: ada.csrf,
      role: 'trainee',
    });
    const { token } = await running.app.identity.mintSignIn({ id: 'web:ada' });
    expect((await new PageClient(running.url).call('POST', '/api/session', { token })).status).toBe(200);
    const reused = await new PageClient(running.url).call('POST', '/api/session', { token });
    expect(reused.status).toBe(401);
    expect(reused.body.error.code).toBe('link-expired');
  });

  it('needs the session’s CSRF token on every call, and refuses other origins', async () => {
    const ada = new PageClient(running.url);
    await ada.signIn(running.app, { id: 'web:ada2' });
    expect((await ada.call('GET', '/api/catalog?lang=en')).status).toBe(200);
    const noToken = await ada.call('GET', '/api/catalog', undefined, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf');
    const evil = await ada.call('POST', '/api/drills', {}, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('cross-origin');
    const form = await fetch(`${running.url}/api/drills`, {
      method: 'POST',
      headers: {
        cookie: ada.cookie,
        'x-csrf-token': ada.csrf,
        'content-type': 'text/plain; application/json',
      },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('keeps one person’s drill from every other session', async () => {
    const ada = new PageClient(running.url);
    const bob = new PageClient(running.url);
    await ada.signIn(running.app, { id: 'web:ada3' });
    await bob.signIn(running.app, { id: 'web:bob' });
    const started = await ada.call('POST', '/api/drills', { scenario: SCENARIO, lang: 'en' });
    expect(started.status).toBe(201);
    expect(started.body.card.title).toMatch(/practice/);
    const id = started.body.drill.id;
    for (const [method, path] of [
      ['GET', `/api/drills/${id}`],
      ['POST', `/api/drills/${id}/end`],
      ['POST', `/api/drills/${id}/messages`],
      ['POST', `/api/drills/${id}/hint`],
    ] as const) {
      const r = await bob.call(
        method,
        path,
        method === 'POST' ? (path.endsWith('messages') ? { text: 'hi' } : {}) : undefined,
      );
      expect(r.status, `${method} ${path}`).toBe(404);
    }
    const mine = await ada.call('GET', `/api/drills/${id}`);
    expect(mine.body.drill.status).toBe('active');
    expect(mine.body.transcript).toHaveLength(1);
  });

  it('limits drill starts per session', async () => {
    const eve = new PageClient(running.url);
    await eve.signIn(running.app, { id: 'web:eve' });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await eve.call('POST', '/api/drills', { scenario: SCENARIO })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await eve.call('POST', '/api/drills', { scenario: SCENARIO });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // another person is not slowed down by eve
    const other = new PageClient(running.url);
    await other.signIn(running.app, { id: 'web:fay' });
    expect((await other.call('POST', '/api/drills', { scenario: SCENARIO })).status).toBe(201);
  });
});
