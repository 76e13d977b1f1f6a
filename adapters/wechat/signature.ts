import { createHash } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { sameSecret } from '../../src/auth/tokens.ts';

/** SHA1 of the lexicographically sorted token, timestamp and nonce (and, in safe mode, the ciphertext). */
export const wechatSignature = (...parts: string[]): string =>
  createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');

export const signatureMatches = (expected: string, given: string | null | undefined): boolean =>
  typeof given === 'string' && sameSecret(expected, given.toLowerCase());

/** Safe mode: the message inside `<Encrypt>`, checked to be addressed to this account. */
export function openEnvelope(aesKey: string, appId: string, ciphertext: string): string {
  const { message, id } = decrypt(aesKey, ciphertext);
  if (id !== appId) throw new Error('encrypted message is for another AppID');
  return message;
}

/** Safe mode: a reply sealed for WeChat, with its own signature over the ciphertext. */
export function sealEnvelope(o: {
  token: string;
  aesKey: string;
  appId: string;
  xml: string;
  nonce: string;
}) {
  const ciphertext = encrypt(o.aesKey, o.xml, o.appId);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return { ciphertext, timestamp, signature: getSignature(o.token, timestamp, o.nonce, ciphertext) };
}
