import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { IdentityService } from '../../src/auth/identity.ts';
import type { RunningAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { PassiveReplies } from '../../src/chat/runtime/passive-replies.ts';
import { WeChatApi } from './api.ts';
import type { WeChatSettings } from './config.ts';
import { parseMessage } from './parse.ts';
import { WeChatChannel } from './post.ts';
import { MAX_BYTES } from './render.ts';
import { openEnvelope, sealEnvelope, signatureMatches, wechatSignature } from './signature.ts';
import { encryptedReply, parseXml, textReply, type WeChatXml } from './xml.ts';

export const PATH = '/wechat';
const MAX_BODY = 64 * 1024;
const MAX_SKEW_S = 300;

export interface WeChatDeps {
  sink: InboundSink;
  log: Logger;
  identity?: IdentityService;
  baseUrl?: string;
  fetch?: typeof fetch;
}

const send = (res: ServerResponse, status: number, type: string, body: string): void => {
  res.writeHead(status, { 'content-type': type }).end(body);
};

/** Joins what the bot posted into one passive reply (WeChat takes one message); the rest goes by API. */
function splitPassive(texts: readonly string[]): { passive?: string; rest: string[] } {
  let passive: string | undefined;
  let i = 0;
  for (; i < texts.length; i++) {
    const next = passive === undefined ? texts[i] : `${passive}\n\n${texts[i]}`;
    if (Buffer.byteLength(next as string) > MAX_BYTES) break;
    passive = next;
  }
  return { passive, rest: texts.slice(i) };
}

/**
 * WeChat Official Account, developer mode: `GET /wechat` answers the URL check, `POST /wechat`
 * takes pushed messages (plain or safe mode), dedupes them by MsgId through the dispatcher, and
 * answers within WeChat's 5 s with a passive reply, or `success` and then the customer-service API.
 */
export function startWeChat(s: WeChatSettings, d: WeChatDeps): RunningAdapter {
  const token = s.WECHAT_TOKEN ?? '';
  const appId = s.WECHAT_APP_ID ?? '';
  const aesKey = s.WECHAT_ENCODING_AES_KEY;
  const api = new WeChatApi({
    base: s.WECHAT_API_URL,
    appId,
    secret: s.WECHAT_APP_SECRET ?? '',
    log: d.log,
    fetch: d.fetch,
  });
  const replies = new PassiveReplies<string>();
  const channel = new WeChatChannel({ replies, api, log: d.log, identity: d.identity, baseUrl: d.baseUrl });

  const refuse = (req: IncomingMessage, res: ServerResponse, reason: string) => {
    d.log.warn({ path: PATH, reason, ip: req.socket.remoteAddress }, 'wechat request refused');
    send(res, 401, 'text/plain; charset=utf-8', 'invalid signature');
  };

  const readBody = async (req: IncomingMessage): Promise<string | undefined> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY) return undefined;
      chunks.push(c as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const timestamp = q.get('timestamp') ?? '';
    const nonce = q.get('nonce') ?? '';
    if (!signatureMatches(wechatSignature(token, timestamp, nonce), q.get('signature')))
      return refuse(req, res, 'signature does not match');
    if (req.method === 'GET') return send(res, 200, 'text/plain; charset=utf-8', q.get('echostr') ?? '');
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'use GET or POST');
    if (Math.abs(Number(timestamp) - Date.now() / 1000) > MAX_SKEW_S)
      return refuse(req, res, `timestamp more than ${MAX_SKEW_S} s from now`);
    const raw = await readBody(req);
    if (raw === undefined) return send(res, 413, 'text/plain; charset=utf-8', 'body too large');
    let message: WeChatXml;
    let sealed = false;
    try {
      message = parseXml(raw);
      if (message.Encrypt && aesKey) {
        const msgSignature = q.get('msg_signature');
        if (!signatureMatches(wechatSignature(token, timestamp, nonce, message.Encrypt), msgSignature))
          return refuse(req, res, 'msg_signature does not match');
        message = parseXml(openEnvelope(aesKey, appId, message.Encrypt));
        sealed = true;
      }
    } catch (err) {
      d.log.warn({ err }, 'wechat: unreadable message');
      return send(res, 400, 'text/plain; charset=utf-8', 'unreadable message');
    }
    const event = parseMessage(appId, message);
    if (!event) return send(res, 200, 'text/plain; charset=utf-8', 'success');
    const answer = await replies.answer(d.sink, event, s.WECHAT_REPLY_WITHIN_MS, (early) => {
      if (early.length) void channel.pushTexts(event.key, early);
    });
    const { passive, rest } = splitPassive(answer.items);
    if (!passive) return send(res, 200, 'text/plain; charset=utf-8', 'success');
    if (rest.length) void channel.pushTexts(event.key, rest);
    const xml = textReply({
      to: message.FromUserName ?? '',
      from: message.ToUserName ?? '',
      content: passive,
    });
    if (!sealed || !aesKey) return send(res, 200, 'application/xml; charset=utf-8', xml);
    const envelope = sealEnvelope({ token, aesKey, appId, xml, nonce });
    send(res, 200, 'application/xml; charset=utf-8', encryptedReply({ ...envelope, nonce }));
  };

  return {
    channel,
    routes: [{ prefix: PATH, handle }],
    describe: (baseUrl) => `listening at ${baseUrl}${PATH}${aesKey ? ' (safe mode)' : ''}`,
  };
}
