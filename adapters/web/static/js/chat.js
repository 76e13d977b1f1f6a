import { api } from './api.js';
import { $, el, storageSet } from './dom.js';
import { renderHint } from './hint.js';
import { initial, renderTopbar, scrollToEnd, showScreen } from './screens.js';
import { CURRENT_KEY, state, t } from './state.js';
import { hideError, showError } from './toast.js';

let onEnded = () => {};
/** What to do when a drill ends (show its scorecard); set once by main. */
export const whenEnded = (fn) => {
  onEnded = fn;
};

const drillOpen = () => Boolean(state.drill) && ['active', 'created'].includes(state.drill.status);
const drillPath = (tail) => `/api/drills/${encodeURIComponent(state.drill.id)}${tail}`;

export function updateSendState() {
  $('send-button').disabled = state.busy || !drillOpen() || !$('message-input').value.trim();
}

function setTypingText(key) {
  state.typingKey = key;
  const node = document.querySelector('#typing .typing-text');
  if (node) node.textContent = t(key);
}

export function setBusy(busy, typingKey) {
  state.busy = busy;
  $('typing').hidden = !busy || !typingKey;
  if (busy && typingKey) {
    setTypingText(typingKey);
    scrollToEnd();
  }
  updateSendState();
  $('hint-button').disabled = busy || !drillOpen();
  $('end-button').disabled = busy || !drillOpen();
  $('start-button').disabled = busy || !state.catalog;
}

/** The scenario card exactly as the bot words it (title with mode, fields, briefing). */
export function renderCard() {
  const card = state.card;
  if (!card) return;
  $('card-title').textContent = card.title;
  $('card-fields').replaceChildren(
    ...card.fields.map((f) => el('span', { text: `${f.label}${t('colon')}${f.value}` })),
  );
  $('card-briefing').textContent = `${card.briefingLabel}${t('colon')}${card.briefing}`;
}

export function openChat() {
  $('thread').replaceChildren();
  $('hint-card').hidden = true;
  $('scenario-card').open = true;
  $('typing-avatar').textContent = initial(state.persona);
  $('hint-button').hidden = state.drill.mode !== 'practice';
  renderCard();
  showScreen('chat');
  $('message-input').focus();
}

export function addCustomerBubble(text) {
  $('thread').append(
    el('div', { className: 'row row-customer' }, [
      el('div', { className: 'avatar', text: initial(state.persona), attrs: { 'aria-hidden': 'true' } }),
      el('div', { className: 'bubble bubble-customer', text, attrs: { 'data-testid': 'customer-bubble' } }),
    ]),
  );
  scrollToEnd();
}

export function addAgentBubble(text, pending) {
  const bubble = el('div', {
    className: 'bubble bubble-agent',
    text,
    attrs: { 'data-testid': 'agent-bubble' },
  });
  const row = el('div', { className: `row row-agent${pending ? ' pending' : ''}` }, [
    el('div', { className: 'agent-column' }, [bubble]),
    el('div', { className: 'avatar avatar-me', text: t('me'), attrs: { 'aria-hidden': 'true' } }),
  ]);
  $('thread').append(row);
  scrollToEnd();
  return row;
}

/** The reply's tags as the bot's customer-line view gives them: chips, primary first, and a note. */
export function addTagChips(row, tags) {
  const chips = el(
    'div',
    { className: 'chips' },
    tags.codes.map((c) =>
      el(
        'span',
        {
          className: `chip${c.primary ? ' chip-primary' : ''}`,
          attrs: { 'data-testid': 'tag-chip', 'data-code': c.code, title: `${c.code} ${c.label}` },
        },
        [el('b', { text: c.code }), el('span', { text: c.label })],
      ),
    ),
  );
  row
    .querySelector('.agent-column')
    .append(chips, el('div', { className: 'chip-evidence', text: tags.note }));
}

export function addNotice(text) {
  $('thread').append(el('div', { className: 'notice', text }));
  scrollToEnd();
}

/** Starts a drill: one the trainee picked, or (with `path`) an assigned one. */
export async function startDrill(params, path = '/api/drills') {
  if (state.busy) return;
  hideError();
  setBusy(true);
  $('start-button').textContent = t('starting');
  try {
    const r = await api('POST', path, params);
    Object.assign(state, { drill: r.drill, card: r.card, persona: r.persona, ended: null, rating: 0 });
    const { scenarioId, personaId, mode, lang, seed } = r.drill;
    state.lastStart = { scenario: scenarioId, persona: personaId, mode, lang, seed };
    storageSet(CURRENT_KEY, r.drill.id);
    openChat();
    addCustomerBubble(r.customer.text);
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
    $('start-button').textContent = t('start');
  }
}

function restoreText(text) {
  const input = $('message-input');
  const typedSince = input.value.trim();
  input.value = typedSince ? `${text}\n${typedSince}` : text;
  updateSendState();
}

export async function sendMessage() {
  const input = $('message-input');
  const text = input.value.trim();
  if (!text || state.busy || !drillOpen()) return;
  hideError();
  $('hint-card').hidden = true;
  const row = addAgentBubble(text, true);
  input.value = '';
  setBusy(true, 'typing');
  try {
    const r = await api('POST', drillPath('/messages'), { text });
    state.drill = r.drill;
    renderTopbar();
    if (r.timedOut) {
      row.remove();
      restoreText(text);
      addNotice(t('timedOut'));
    } else {
      row.classList.remove('pending');
      if (r.customer?.tags) addTagChips(row, r.customer.tags);
      $('scenario-card').open = false;
    }
    if (r.customer) addCustomerBubble(r.customer.text);
    if (r.ended) {
      addNotice(`${t('endedNotice')} · ${r.ended.scorecard.subtitle}`);
      setBusy(false);
      onEnded(r.ended);
    }
  } catch (err) {
    // never lose what the trainee typed: put it back in front of anything typed since
    row.remove();
    restoreText(text);
    showError(err);
  } finally {
    if (state.busy) setBusy(false);
  }
}

export async function requestHint() {
  if (state.busy || !drillOpen()) return;
  hideError();
  setBusy(true, 'working');
  try {
    renderHint((await api('POST', drillPath('/hint'), {})).hint, updateSendState);
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
  }
}

export async function endDrill() {
  if (state.busy || !drillOpen()) return;
  hideError();
  setBusy(true, 'scoring');
  try {
    const r = await api('POST', drillPath('/end'), {});
    state.drill = r.drill;
    setBusy(false);
    onEnded(r.ended);
  } catch (err) {
    showError(err);
  } finally {
    if (state.busy) setBusy(false);
  }
}
