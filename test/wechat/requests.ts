import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

// WeChat's rule, written out for the tests: signature = sha1 of the sorted token, timestamp and nonce.
export const sha1Sorted = (...parts: string[]) =>
  createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');

let seq = 0;
export const msgId = () => `6054768590064${String(100000 + ++seq)}`;

/** A text message exactly as WeChat pushes it. */
export const textXml = (o: { from: string; to?: string; content: string; id?: string }) =>
  `<xml><ToUserName><![CDATA[${o.to ?? 'gh_10f6c3c3ac5a'}]]></ToUserName><FromUserName><![CDATA[${o.from}]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${o.content}]]></Content><MsgId>${o.id ?? msgId()}</MsgId></xml>`;

export const clickXml = (from: string, key: string) =>
  `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[${key}]]></EventKey></xml>`;

/** POSTs a pushed message to /wechat with a fresh signature; extra query parameters for safe mode. */
export async function push(base: string, token: string, xml: string, extra: Record<string, string> = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e9));
  const q = new URLSearchParams({
    signature: sha1Sorted(token, timestamp, nonce),
    timestamp,
    nonce,
    ...extra,
  });
  const res = await fetch(`${base}/wechat?${q}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body: xml,
  });
  return { status: res.status, body: await res.text(), timestamp, nonce };
}

const parser = new XMLParser({ parseTagValue: false });
export const readXml = (text: string) => (parser.parse(text) as { xml: Record<string, string> }).xml;
