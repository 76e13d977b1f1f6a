// CSC Drill mini-app: plain ES modules, no build step, no external resources.
import { api } from './api.js';
import {
  addAgentBubble,
  addCustomerBubble,
  addTagChips,
  endDrill,
  openChat,
  requestHint,
  sendMessage,
  setBusy,
  startDrill,
  updateSendState,
  whenEnded,
} from './chat.js';
import { $, storageGet, storageSet } from './dom.js';
import { renderHistory } from './history.js';
import { renderPerson } from './person.js';
import { renderProgress } from './progress.js';
import { renderScorecard } from './scorecard.js';
import { applyChrome, showScreen } from './screens.js';
import { signIn, signOut } from './session.js';
import { loadCatalog, renderModeHelp, renderPersonas, renderScenarioPreview, startParams } from './setup.js';
import { CURRENT_KEY, LANG_KEY, state, t } from './state.js';
import { renderTeam } from './team.js';
import { hideError, showError } from './toast.js';

function showScorecard(ended) {
  state.ended = ended;
  storageSet(CURRENT_KEY, null);
  renderScorecard(ended, {
    onRetry: () => state.lastStart && startDrill(state.lastStart),
    onNew: () => {
      state.ended = null;
      showSetup();
    },
  });
  showScreen('score');
  $('score-screen').scrollTop = 0;
  renderHistory('score-history');
}

function showSetup() {
  showScreen('setup');
  renderHistory();
}

function showProgress() {
  showScreen('progress');
  renderProgress({
    onStartAssignment: (id) => startDrill({}, `/api/me/assignments/${encodeURIComponent(id)}/start`),
    onStartNext: (next) =>
      startDrill({ scenario: next.scenarioId, persona: next.personaId, mode: 'practice', lang: state.lang }),
  });
}

function showTeam() {
  showScreen('team');
  renderTeam(showPerson);
}

function showPerson(id) {
  state.personId = id;
  showScreen('person');
  $('person-screen').scrollTop = 0;
  renderPerson(id, { onBack: showTeam });
}

const SHOW = { setup: showSetup, progress: showProgress, team: showTeam };

function applyLang() {
  applyChrome();
  $('start-button').textContent = t('start');
  renderModeHelp();
}

async function setLang(lang) {
  if (lang === state.lang) return;
  state.lang = lang;
  storageSet(LANG_KEY, lang);
  applyLang();
  hideError();
  await loadCatalog();
  if (state.screen === 'setup') renderHistory();
  else if (state.screen === 'person') showPerson(state.personId);
  else if (SHOW[state.screen] && state.screen !== 'setup') SHOW[state.screen]();
}

/** Opens one of the person's drills: its scorecard when it is over, else the chat to carry on. */
async function openDrill(id) {
  const status = await api('GET', `/api/drills/${encodeURIComponent(id)}`);
  const { drill } = status;
  await setLang(drill.lang);
  Object.assign(state, { drill, card: status.card, persona: status.persona });
  const { scenarioId, personaId, mode, lang, seed } = drill;
  state.lastStart = { scenario: scenarioId, persona: personaId, mode, lang, seed };
  if (status.ended) return showScorecard(status.ended);
  if (drill.status !== 'active') return showSetup();
  openChat();
  for (const entry of status.transcript) {
    if (entry.speaker === 'customer') addCustomerBubble(entry.text);
    else {
      const row = addAgentBubble(entry.text, false);
      if (entry.tags) addTagChips(row, entry.tags);
    }
  }
  if (status.transcript.some((e) => e.speaker === 'agent')) $('scenario-card').open = false;
}

function wire() {
  $('tabs').addEventListener('click', (e) => {
    const screen = e.target.closest('.tab')?.dataset.screen;
    if (screen && SHOW[screen]) SHOW[screen]();
  });
  $('lang-toggle').addEventListener('click', () => setLang(state.lang === 'zh' ? 'en' : 'zh'));
  $('scenario-select').addEventListener('change', () => {
    renderPersonas(false);
    renderScenarioPreview();
  });
  $('mode-select').addEventListener('change', renderModeHelp);
  $('setup-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (state.catalog) startDrill(startParams());
  });
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    sendMessage();
  });
  const input = $('message-input');
  input.addEventListener('input', updateSendState);
  input.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter is a new line; never send while an IME is composing (Chinese input)
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      sendMessage();
    }
  });
  $('hint-button').addEventListener('click', requestHint);
  $('end-button').addEventListener('click', endDrill);
  $('error-toast').addEventListener('click', hideError);
  $('sign-out').addEventListener('click', async () => {
    try {
      await signOut();
    } finally {
      showScreen('signin');
    }
  });
  whenEnded(showScorecard);
  // A sign-in link opened in a tab that already shows the page changes only the fragment.
  window.addEventListener('hashchange', () => {
    if (window.location.hash.includes('signin=')) window.location.reload();
  });
}

async function main() {
  wire();
  applyLang();
  setBusy(false);
  let landing;
  try {
    $('signin-status').textContent = t('signingIn');
    landing = await signIn();
  } catch (err) {
    $('signin-status').textContent = '';
    showScreen('signin');
    if (err.code !== 'signed-out') showError(err);
    return;
  }
  await loadCatalog();
  // `?view=team` or `?view=progress` opens that view (a manager's bookmark); a link's drill comes first.
  const view = new URLSearchParams(window.location.search).get('view');
  if (!landing?.drillId && (view === 'team' || view === 'progress')) return SHOW[view]();
  const current = landing?.drillId ?? storageGet(CURRENT_KEY);
  try {
    if (current) return await openDrill(current);
  } catch (err) {
    storageSet(CURRENT_KEY, null);
    if (landing) showError(err);
  }
  showSetup();
}

main();
