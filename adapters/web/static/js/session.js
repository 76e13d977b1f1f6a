import { api } from './api.js';
import { state } from './state.js';

/**
 * Signs in: a sign-in link carries its one-time token in the fragment (`#signin=…`), which is
 * traded for the session cookie and removed from the address bar; otherwise the existing session
 * is read. Resolves to the landing the link asked for, or null; throws ApiError when signed out.
 */
export async function signIn() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('signin');
  if (token) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const r = await api('POST', '/api/session', { token });
    Object.assign(state, { person: r.person, csrf: r.csrf, role: r.role });
    return r.landing || null;
  }
  const r = await api('GET', '/api/session');
  Object.assign(state, { person: r.person, csrf: r.csrf, role: r.role });
  return null;
}

export async function signOut() {
  await api('DELETE', '/api/session');
  Object.assign(state, { person: null, csrf: null, role: null });
}
