import type { App } from '../../src/app/compose.ts';

/** A browser-less client of the page's API: keeps its cookie and CSRF token like the page does. */
export class PageClient {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        origin: this.base,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
  }

  /** Signs in as a person with a freshly minted one-time token, as a sign-in link would. */
  async signIn(app: App, person: { id: string; name?: string }) {
    const { token } = await app.identity.mintSignIn(person);
    const r = await this.call('POST', '/api/session', { token });
    this.cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] as string;
    this.csrf = r.body.csrf;
    return r;
  }
}
