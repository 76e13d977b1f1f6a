import type { Logger } from 'pino';
import { PlatformError } from '../../src/chat/contract/errors.ts';

interface TokenAnswer {
  access_token?: string;
  expires_in?: number;
  errcode?: number;
  errmsg?: string;
}

/** Access token expired or revoked: fetch a new one and try once more. */
const STALE_TOKEN = new Set([40001, 40014, 42001]);
/** Refresh this long before WeChat's stated expiry. */
const MARGIN_MS = 5 * 60_000;

/**
 * The two WeChat server APIs the bot needs: an access token (cached until shortly before it
 * expires; one fetch at a time) and the customer-service message API for replies sent after
 * the 5-second passive window.
 */
export class WeChatApi {
  private token: { value: string; until: number } | undefined;
  private fetching: Promise<string> | undefined;

  constructor(
    private readonly o: { base: string; appId: string; secret: string; log: Logger; fetch?: typeof fetch },
  ) {}

  private get http() {
    return this.o.fetch ?? fetch;
  }

  async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.until) return this.token.value;
    this.fetching ??= this.fetchToken().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const url = new URL('/cgi-bin/token', this.o.base);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: this.o.appId,
      secret: this.o.secret,
    }).toString();
    const r = (await (await this.http(url, { signal: AbortSignal.timeout(10_000) })).json()) as TokenAnswer;
    if (!r.access_token)
      throw new PlatformError('wechat', `token: ${r.errcode ?? '?'} ${r.errmsg ?? ''}`.trim());
    this.token = { value: r.access_token, until: Date.now() + (r.expires_in ?? 7200) * 1000 - MARGIN_MS };
    return r.access_token;
  }

  /** Sends a text message to a follower through the customer-service message API. */
  async sendText(openid: string, content: string, retried = false): Promise<void> {
    const url = new URL('/cgi-bin/message/custom/send', this.o.base);
    url.searchParams.set('access_token', await this.accessToken());
    const res = await this.http(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ touser: openid, msgtype: 'text', text: { content } }),
      signal: AbortSignal.timeout(10_000),
    });
    const r = (await res.json()) as { errcode?: number; errmsg?: string };
    if (!r.errcode) return;
    if (STALE_TOKEN.has(r.errcode) && !retried) {
      this.token = undefined;
      return this.sendText(openid, content, true);
    }
    throw new PlatformError('wechat', `${r.errcode} ${r.errmsg ?? ''}`.trim());
  }
}
