import { XMLParser } from 'fast-xml-parser';

/** The fields of a message WeChat pushes (text and event messages use these). */
export interface WeChatXml {
  ToUserName?: string;
  FromUserName?: string;
  CreateTime?: string;
  MsgType?: string;
  Content?: string;
  MsgId?: string;
  Event?: string;
  EventKey?: string;
  Encrypt?: string;
}

// Values stay strings: MsgId is a 64-bit number a JS number would round. No entity expansion beyond XML's own.
const parser = new XMLParser({ parseTagValue: false, trimValues: true, processEntities: true });

export function parseXml(text: string): WeChatXml {
  const doc = parser.parse(text) as { xml?: Record<string, unknown> };
  if (!doc.xml || typeof doc.xml !== 'object') throw new Error('not a WeChat <xml> message');
  return Object.fromEntries(
    Object.entries(doc.xml).map(([k, v]) => [k, typeof v === 'string' ? v : String(v ?? '')]),
  ) as WeChatXml;
}

/** CDATA with any `]]>` in the text split across sections, so no text can close it early. */
export const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** A passive text reply: to the follower, from the account. */
export const textReply = (o: { to: string; from: string; content: string; now?: number }) =>
  `<xml><ToUserName>${cdata(o.to)}</ToUserName><FromUserName>${cdata(o.from)}</FromUserName><CreateTime>${Math.floor(
    (o.now ?? Date.now()) / 1000,
  )}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(o.content)}</Content></xml>`;

export const encryptedReply = (o: {
  ciphertext: string;
  signature: string;
  timestamp: string;
  nonce: string;
}) =>
  `<xml><Encrypt>${cdata(o.ciphertext)}</Encrypt><MsgSignature>${cdata(o.signature)}</MsgSignature><TimeStamp>${o.timestamp}</TimeStamp><Nonce>${cdata(o.nonce)}</Nonce></xml>`;
