import { state, t } from './state.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(typeof message === 'string' ? message : message?.en || code);
    this.status = status;
    this.code = code;
    this.userMessage = message;
  }
}

/** A JSON API call with the session's CSRF token; the session itself rides in its HttpOnly cookie. */
export async function api(method, path, body) {
  const headers = {};
  if (body) headers['content-type'] = 'application/json';
  if (state.csrf) headers['x-csrf-token'] = state.csrf;
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', null);
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok || !data) {
    const error = data?.error;
    throw new ApiError(
      res.status,
      error?.code || (res.ok ? 'internal' : `http-${res.status}`),
      error?.message ?? null,
    );
  }
  return data;
}

/** The error in the UI language: a drill error carries both languages, others a code we know. */
export function errorText(err) {
  if (!(err instanceof ApiError)) return t('serverError');
  if (err.code === 'network') return t('networkError');
  const m = err.userMessage;
  if (m && typeof m === 'object') return m[state.lang] || m.en || m.zh || t('serverError');
  const known = t('errors')[err.code];
  if (state.lang === 'zh' && known) return known;
  return known || (typeof m === 'string' && m) || t('serverError');
}
