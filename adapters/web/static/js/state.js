import { storageGet } from './dom.js';
import { STRINGS } from './strings.js';

export const LANG_KEY = 'csc-drill-lang';
export const CURRENT_KEY = 'csc-drill-current';

function initialLang() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  const saved = storageGet(LANG_KEY);
  return saved === 'en' || saved === 'zh' ? saved : 'zh';
}

/** The page's state: who is signed in, the catalogue, and the drill on screen. */
export const state = {
  lang: initialLang(),
  person: null,
  csrf: null,
  /** trainee | manager | admin: managers get the Team tab (the server checks every call anyway). */
  role: null,
  catalog: null,
  drill: null,
  card: null,
  persona: null,
  lastStart: null,
  ended: null,
  rating: 0,
  busy: false,
  screen: 'signin',
  typingKey: 'typing',
};

/** A chrome string in the page's language; `{name}` placeholders are filled from `vars`. */
export function t(key, vars) {
  const value = STRINGS[state.lang][key];
  if (!vars || typeof value !== 'string') return value;
  return value.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}
