import { ApiError } from './api.js';
import { el } from './dom.js';
import { state, t } from './state.js';

/** A GET for a file (SVG, CSV, JSONL) with the session's CSRF token, as api() does for JSON. */
async function fetchFile(path) {
  let res;
  try {
    res = await fetch(path, { headers: { 'x-csrf-token': state.csrf || '' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', null);
  }
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    throw new ApiError(res.status, data?.error?.code || `http-${res.status}`, data?.error?.message ?? null);
  }
  return res;
}

/**
 * Saves a download under the server's file name. A plain link cannot carry the CSRF header, so
 * the file is fetched and handed to the browser as a blob.
 */
export async function download(path) {
  const res = await fetchFile(path);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') || '')?.[1] || 'export';
  const url = URL.createObjectURL(await res.blob());
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The trend chart as an image: the page's CSP allows images from data: URLs only, besides its own. */
export async function chartImage(path) {
  const svg = await (await fetchFile(path)).text();
  return el('img', {
    className: 'trend-chart',
    attrs: {
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      alt: t('trendAlt'),
      'data-testid': 'trend-chart',
    },
  });
}
