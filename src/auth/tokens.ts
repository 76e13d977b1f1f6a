import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: sign-in tokens, session ids and CSRF tokens. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored by their hash, so a copy of the store signs nobody in. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** Compares two secrets in constant time (length differences still return false). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
