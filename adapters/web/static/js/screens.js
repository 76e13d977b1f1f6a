import { $ } from './dom.js';
import { state, t } from './state.js';

const SCREENS = ['signin', 'setup', 'chat', 'score', 'progress', 'team', 'person'];
const TITLES = {
  score: 'scorecardTitle',
  progress: 'progressTitle',
  team: 'teamTitle',
  person: 'personTitle',
};
/** The manager view's screens: the Team tab stays lit on a person's page. */
const TAB_OF = { score: 'setup', person: 'team' };

export function showScreen(name) {
  state.screen = name;
  for (const s of SCREENS) $(`${s}-screen`).hidden = s !== name;
  renderTopbar();
}

/** The customer's short name: "林女士，设计师" → "林女士". */
export const shortName = (persona) => (persona ? persona.name.split(/[，,]/)[0].trim() : '');

export function initial(persona) {
  const name = shortName(persona).replace(/^(mr|mrs|ms|miss|mx|dr|prof)\.?\s+/i, '');
  return Array.from(name)[0]?.toUpperCase() || '?';
}

export function renderTopbar() {
  const name = $('topbar-name');
  const mood = $('topbar-mood');
  if (state.screen === 'chat' && state.persona) {
    name.textContent = shortName(state.persona);
    const practice = state.drill?.mode === 'practice';
    mood.hidden = !practice;
    if (practice) {
      mood.textContent = t('mood', { label: state.drill.emotionLabel });
      mood.className = `topbar-mood mood-${Math.max(0, Math.min(4, Math.round(state.drill.emotion)))}`;
    }
  } else {
    name.textContent = t(TITLES[state.screen] || 'appTitle');
    mood.hidden = true;
  }
  renderTabs();
  const who = $('who');
  who.hidden = !state.person;
  if (state.person)
    $('who-name').textContent = t('signedInAs', { name: state.person.name || state.person.id });
}

/** Practice, my progress, and (for managers) the team: shown whenever no drill is on screen. */
function renderTabs() {
  const tabs = $('tabs');
  tabs.hidden = !state.person || state.screen === 'signin' || state.screen === 'chat';
  const current = TAB_OF[state.screen] || state.screen;
  for (const tab of tabs.querySelectorAll('.tab')) {
    if (tab.dataset.screen === 'team') tab.hidden = state.role !== 'manager' && state.role !== 'admin';
    tab.classList.toggle('tab-on', tab.dataset.screen === current);
    tab.setAttribute('aria-current', tab.dataset.screen === current ? 'page' : 'false');
  }
}

/** Labels marked `data-i18n` take the page's language. */
export function applyChrome() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('appTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  $('lang-toggle').textContent = t('langToggle');
  $('lang-toggle').setAttribute('aria-label', state.lang === 'zh' ? 'Switch to English' : '切换到中文');
  $('message-input').placeholder = t('placeholder');
  renderTopbar();
}

export function scrollToEnd() {
  const box = $('messages');
  window.requestAnimationFrame(() => {
    box.scrollTop = box.scrollHeight;
  });
}
