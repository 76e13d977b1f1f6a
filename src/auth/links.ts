/**
 * Where people reach the page: PUBLIC_URL when set (behind a proxy, the address chat users open),
 * else the host the request came in on, else the address the server listens on.
 */
export function publicBaseUrl(
  c: { PUBLIC_URL?: string; HOST: string; PORT: number },
  requestHost?: string,
): string {
  if (c.PUBLIC_URL) return c.PUBLIC_URL.replace(/\/+$/, '');
  if (requestHost && /^[\w.-]+(?::\d+)?$|^\[[\d:a-f]+\](?::\d+)?$/i.test(requestHost))
    return `http://${requestHost}`;
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? 'localhost' : c.HOST;
  return `http://${host}:${c.PORT}`;
}

/**
 * The sign-in link for a token. The token rides in the fragment, which browsers never send to a
 * server, so it stays out of access logs, proxies and Referer headers; the page redeems it.
 */
export const signInUrl = (base: string, token: string): string => `${base}/#signin=${token}`;
