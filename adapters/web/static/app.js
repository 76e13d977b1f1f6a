// CSC Drill practice page: plain ES2020, no build step, no external resources.
// Every piece of user or server text goes in through textContent; only the radar SVG
// (rendered by our own server) is inserted as markup.

const STRINGS = {
  zh: {
    appTitle: 'CSC 客服练习',
    colon: '：',
    langToggle: 'English',
    intro:
      '选择一个场景和客户，和模拟客户对话。练习模式会实时标注你用到的 CSC 策略，考试模式只在结束时给出评分。',
    scenario: '场景',
    persona: '客户',
    mode: '模式',
    modePractice: '练习（实时标注 + 提示）',
    modeExam: '考试（无提示，结束后评分）',
    modeHelpPractice: '每条回复下方显示识别出的策略，可以随时点“提示”。',
    modeHelpExam: '不显示策略标注和提示，结束后才看到评分。',
    anyPersona: '随机（系统挑选）',
    personaOption: (p) => `${p.name}，${p.age}岁`,
    difficulty: { easy: '简单', medium: '中等', hard: '困难' },
    kind: {
      standard: '常规',
      refund: '退款',
      'ticket-follow-up': '工单跟进',
      'social-engineering': '社会工程',
    },
    start: '开始练习',
    starting: '正在开始…',
    loading: '加载中…',
    practiceBadge: '练习',
    examBadge: '考试',
    customerLabel: '客户',
    placeholder: '输入你的回复，回车发送',
    send: '发送',
    hint: '提示',
    end: '结束对话',
    typing: '客户正在输入…',
    working: '请稍候…',
    scoring: '正在生成评分…',
    me: '我',
    mood: (label) => `情绪：${label}`,
    hintTitle: '建议策略',
    hintTry: '试着说：',
    hintUse: '填入输入框',
    hintKnowledge: '相关知识',
    close: '关闭',
    evidence: '依据',
    confidence: '置信度',
    primary: '主策略',
    endedNotice: (reason) => `对话结束：${reason}`,
    timedOut: '太久没有回复，这次练习已经超时结束，刚才的消息没有计入。',
    scorecardTitle: '评分卡',
    overall: '总分',
    pass: '通过',
    fail: '未通过',
    reason: '结束原因',
    passMark: (n) => `及格线 ${n}`,
    fatal: '出现致命违规，本次不及格',
    stages: '五个阶段',
    sections: '分项检查',
    notApplicable: '不适用',
    improvements: '改进建议',
    trySaying: '试着说：',
    noImprovements: '没有需要改进的地方，做得好！',
    ratingQuestion: '这个客户像真人吗？',
    ratingStar: (n) => `${n} 星`,
    ratingThanks: '谢谢你的反馈！',
    newDrill: '新的练习',
    retry: '再练一次',
    stageNames: {
      connecting: '连接',
      identifying: '识别',
      exploring: '探索',
      resolving: '解决',
      maintaining: '维护',
    },
    resultIcon: { yes: '已做到', no: '未做到', na: '不适用' },
    networkError: '网络连接失败，请检查服务是否在运行，然后重试。',
    serverError: '服务器出错了，请稍后再试。',
    errors: {
      'invalid-request': '请求格式不对。',
      'invalid-json': '请求格式不对。',
      'body-too-large': '消息太长了，请缩短后再发。',
      'unsupported-media-type': '请求格式不对。',
      'not-found': '找不到这个练习。',
      'not-scored': '这个练习还没有评分。',
      internal: '服务器出错了，请稍后再试。',
    },
  },
  en: {
    appTitle: 'CSC Drill',
    colon: ': ',
    langToggle: '中文',
    intro:
      'Pick a scenario and a customer, then chat with the simulated customer. Practice mode tags the CSC strategies you use as you go; exam mode only scores you at the end.',
    scenario: 'Scenario',
    persona: 'Customer',
    mode: 'Mode',
    modePractice: 'Practice (live tags + hints)',
    modeExam: 'Exam (no hints, scored at the end)',
    modeHelpPractice: 'Each reply shows the strategies it was tagged with; press Hint at any time.',
    modeHelpExam: 'No tags and no hints; the scorecard comes at the end.',
    anyPersona: 'Any (let the system pick)',
    personaOption: (p) => `${p.name}, ${p.age}`,
    difficulty: { easy: 'easy', medium: 'medium', hard: 'hard' },
    kind: {
      standard: 'standard',
      refund: 'refund',
      'ticket-follow-up': 'ticket follow-up',
      'social-engineering': 'social engineering',
    },
    start: 'Start drill',
    starting: 'Starting…',
    loading: 'Loading…',
    practiceBadge: 'Practice',
    examBadge: 'Exam',
    customerLabel: 'Customer',
    placeholder: 'Type your reply, Enter to send',
    send: 'Send',
    hint: 'Hint',
    end: 'End chat',
    typing: 'Customer is typing…',
    working: 'One moment…',
    scoring: 'Scoring your drill…',
    me: 'Me',
    mood: (label) => `Mood: ${label}`,
    hintTitle: 'Suggested strategy',
    hintTry: 'Try saying:',
    hintUse: 'Use this',
    hintKnowledge: 'Relevant knowledge',
    close: 'Close',
    evidence: 'Evidence',
    confidence: 'confidence',
    primary: 'primary',
    endedNotice: (reason) => `Conversation ended: ${reason}`,
    timedOut: 'You were away too long: the drill timed out and your last message was not counted.',
    scorecardTitle: 'Scorecard',
    overall: 'Overall',
    pass: 'PASS',
    fail: 'FAIL',
    reason: 'Ended',
    passMark: (n) => `pass mark ${n}`,
    fatal: 'Fatal breach: this drill cannot pass',
    stages: 'Five stages',
    sections: 'Checks',
    notApplicable: 'n/a',
    improvements: 'Improvements',
    trySaying: 'Try saying:',
    noImprovements: 'Nothing to improve — well done!',
    ratingQuestion: 'How realistic was this customer?',
    ratingStar: (n) => `${n} star${n === 1 ? '' : 's'}`,
    ratingThanks: 'Thanks for your feedback!',
    newDrill: 'New drill',
    retry: 'Retry same drill',
    stageNames: {
      connecting: 'Connecting',
      identifying: 'Identifying',
      exploring: 'Exploring',
      resolving: 'Resolving',
      maintaining: 'Maintaining',
    },
    resultIcon: { yes: 'done', no: 'missed', na: 'not applicable' },
    networkError: 'Could not reach the server. Check it is running and try again.',
    serverError: 'Something went wrong on the server. Please try again.',
    errors: {
      'invalid-request': 'The request was not in the expected format.',
      'invalid-json': 'The request was not in the expected format.',
      'body-too-large': 'That message is too long; shorten it and send again.',
      'unsupported-media-type': 'The request was not in the expected format.',
      'not-found': 'That drill does not exist.',
      'not-scored': 'This drill has no scorecard yet.',
      internal: 'Something went wrong on the server. Please try again.',
    },
  },
};

const TRAINEE_KEY = 'csc-drill-trainee';
const LANG_KEY = 'csc-drill-lang';
const CURRENT_KEY = 'csc-drill-current';

// ---------- small helpers ----------

const $ = (id) => document.getElementById(id);

function storageGet(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage can be unavailable (private mode); the page still works for this visit
  }
}

/** createElement with a class, text and attributes; children are appended in order. */
function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs || {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function randomId() {
  const bytes = new Uint8Array(12);
  window.crypto.getRandomValues(bytes);
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function traineeId() {
  let id = storageGet(TRAINEE_KEY);
  if (!id) {
    id = randomId();
    storageSet(TRAINEE_KEY, id);
  }
  return id;
}

function initialLang() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
  const saved = storageGet(LANG_KEY);
  return saved === 'en' || saved === 'zh' ? saved : 'zh';
}

// ---------- state ----------

const state = {
  lang: initialLang(),
  trainee: { id: traineeId() },
  catalog: null,
  catalogLang: null,
  drill: null,
  scenario: null,
  persona: null,
  lastStart: null,
  ended: null,
  rating: 0,
  busy: false,
  screen: 'setup',
};

const t = (key) => STRINGS[state.lang][key];

// ---------- API ----------

class ApiError extends Error {
  constructor(status, code, message) {
    super(typeof message === 'string' ? message : message?.en || code);
    this.status = status;
    this.code = code;
    this.userMessage = message;
  }
}

async function api(method, path, body) {
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
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

/** The error in the UI language: a DrillError carries both languages, other errors a code we know or an English string. */
function errorText(err) {
  if (!(err instanceof ApiError)) return t('serverError');
  if (err.code === 'network') return t('networkError');
  const m = err.userMessage;
  if (m && typeof m === 'object') return m[state.lang] || m.en || m.zh || t('serverError');
  const known = t('errors')[err.code];
  if (state.lang === 'zh' && known) return known;
  if (typeof m === 'string' && m) return m;
  return known || t('serverError');
}

// ---------- toast ----------

let toastTimer = 0;
function showError(err) {
  const toast = $('error-toast');
  toast.textContent = typeof err === 'string' ? err : errorText(err);
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    toast.hidden = true;
  }, 6000);
}

function hideError() {
  window.clearTimeout(toastTimer);
  $('error-toast').hidden = true;
}

// ---------- screens & language ----------

function showScreen(name) {
  state.screen = name;
  $('setup-screen').hidden = name !== 'setup';
  $('chat-screen').hidden = name !== 'chat';
  $('score-screen').hidden = name !== 'score';
  renderTopbar();
}

function shortName(persona) {
  if (!persona) return '';
  return persona.name.split(/[，,]/)[0].trim();
}

function initial(persona) {
  const name = shortName(persona).replace(/^(mr|mrs|ms|miss|mx|dr|prof)\.?\s+/i, '');
  return Array.from(name)[0]?.toUpperCase() || '?';
}

function renderTopbar() {
  const name = $('topbar-name');
  const mood = $('topbar-mood');
  if (state.screen === 'chat' && state.persona) {
    name.textContent = shortName(state.persona);
    const practice = state.drill?.mode === 'practice';
    mood.hidden = !practice;
    if (practice) {
      mood.textContent = t('mood')(state.drill.emotionLabel);
      mood.className = `topbar-mood mood-${Math.max(0, Math.min(4, Math.round(state.drill.emotion)))}`;
    }
  } else {
    name.textContent = state.screen === 'score' ? t('scorecardTitle') : t('appTitle');
    mood.hidden = true;
  }
}

function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('appTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  $('lang-toggle').textContent = t('langToggle');
  $('lang-toggle').setAttribute('aria-label', state.lang === 'zh' ? 'Switch to English' : '切换到中文');
  $('message-input').placeholder = t('placeholder');
  $('start-button').textContent = state.busy && state.screen === 'setup' ? t('starting') : t('start');
  renderModeHelp();
  renderTopbar();
  if (state.screen === 'chat') renderScenarioCard();
  if (state.screen === 'score' && state.ended) renderScorecard(state.ended);
  setTypingText(state.typingKey || 'typing');
}

async function toggleLang() {
  state.lang = state.lang === 'zh' ? 'en' : 'zh';
  storageSet(LANG_KEY, state.lang);
  applyLang();
  hideError();
  await loadCatalog();
}

// ---------- setup screen ----------

async function loadCatalog() {
  const lang = state.lang;
  const start = $('start-button');
  start.disabled = true;
  try {
    const catalog = await api('GET', `/api/catalog?lang=${lang}`);
    if (lang !== state.lang) return; // the language changed while this was loading
    state.catalog = catalog;
    state.catalogLang = lang;
    renderSetup();
  } catch (err) {
    showError(err);
  } finally {
    start.disabled = state.busy || !state.catalog;
  }
}

function scenarioById(id) {
  return state.catalog?.scenarios.find((s) => s.id === id) || null;
}

function personaById(id) {
  return state.catalog?.personas.find((p) => p.id === id) || null;
}

function renderSetup() {
  const select = $('scenario-select');
  const previous = select.value || state.lastStart?.scenario;
  select.replaceChildren();
  const d = t('difficulty');
  for (const s of state.catalog.scenarios) {
    select.append(
      el('option', {
        text: `${s.title} · ${s.topic} · ${d[s.difficulty] || s.difficulty}`,
        attrs: { value: s.id },
      }),
    );
  }
  if (previous && scenarioById(previous)) select.value = previous;
  renderPersonas(true);
  renderScenarioPreview();
}

function renderPersonas(keepSelection) {
  const select = $('persona-select');
  const previous = keepSelection ? select.value : undefined;
  const scenario = scenarioById($('scenario-select').value);
  select.replaceChildren(el('option', { text: t('anyPersona'), attrs: { value: '' } }));
  const suggested = (scenario?.suggestedPersonas || []).map(personaById).filter(Boolean);
  for (const p of suggested)
    select.append(el('option', { text: t('personaOption')(p), attrs: { value: p.id } }));
  const keep = previous !== undefined && Array.from(select.options).some((o) => o.value === previous);
  select.value = keep ? previous : suggested[0]?.id || '';
}

function renderScenarioPreview() {
  const box = $('scenario-preview');
  const s = scenarioById($('scenario-select').value);
  box.replaceChildren();
  if (!s) return;
  const kinds = t('kind');
  box.append(
    el('div', { className: 'badges' }, [
      el('span', { className: 'badge', text: s.topic }),
      el('span', {
        className: `badge badge-${s.difficulty}`,
        text: t('difficulty')[s.difficulty] || s.difficulty,
      }),
      s.kind !== 'standard' ? el('span', { className: 'badge', text: kinds[s.kind] || s.kind }) : null,
    ]),
    el('p', { className: 'preview-briefing', text: s.briefing }),
  );
}

function renderModeHelp() {
  const exam = $('mode-select').value === 'exam';
  $('mode-help').textContent = exam ? t('modeHelpExam') : t('modeHelpPractice');
}

// ---------- busy / typing ----------

function setTypingText(key) {
  state.typingKey = key;
  const node = document.querySelector('#typing .typing-text');
  if (node) node.textContent = t(key);
}

function setBusy(busy, typingKey) {
  state.busy = busy;
  const typing = $('typing');
  typing.hidden = !busy || !typingKey;
  if (busy && typingKey) {
    setTypingText(typingKey);
    scrollToEnd();
  }
  updateSendState();
  $('hint-button').disabled = busy || !drillOpen();
  $('end-button').disabled = busy || !drillOpen();
  $('start-button').disabled = busy || !state.catalog;
}

function drillOpen() {
  return Boolean(state.drill) && (state.drill.status === 'active' || state.drill.status === 'created');
}

function updateSendState() {
  $('send-button').disabled = state.busy || !drillOpen() || !$('message-input').value.trim();
}

function scrollToEnd() {
  const box = $('messages');
  window.requestAnimationFrame(() => {
    box.scrollTop = box.scrollHeight;
  });
}

// ---------- starting a drill ----------

function startParams() {
  return {
    scenario: $('scenario-select').value || undefined,
    persona: $('persona-select').value || undefined,
    mode: $('mode-select').value,
    lang: state.lang,
  };
}

async function startDrill(params) {
  if (state.busy) return;
  hideError();
  setBusy(true);
  if (state.screen === 'setup') $('start-button').textContent = t('starting');
  try {
    const r = await api('POST', '/api/drills', { trainee: state.trainee, ...params });
    state.drill = r.drill;
    state.scenario = r.scenario;
    state.persona = r.persona;
    state.ended = null;
    state.rating = 0;
    state.lastStart = {
      scenario: r.drill.scenarioId,
      persona: r.drill.personaId,
      mode: r.drill.mode,
      lang: r.drill.lang,
      seed: r.drill.seed,
    };
    storageSet(CURRENT_KEY, r.drill.id);
    openChat();
    addCustomerBubble(r.opening.text);
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
    $('start-button').textContent = t('start');
  }
}

function openChat() {
  $('thread').replaceChildren();
  $('hint-card').hidden = true;
  $('hint-card').replaceChildren();
  $('scenario-card').open = true;
  $('typing-avatar').textContent = initial(state.persona);
  $('hint-button').hidden = state.drill.mode !== 'practice';
  renderScenarioCard();
  showScreen('chat');
  $('message-input').focus();
}

function renderScenarioCard() {
  if (!state.scenario || !state.drill) return;
  $('card-title').textContent = state.scenario.title;
  const exam = state.drill.mode === 'exam';
  $('card-mode').textContent = exam ? t('examBadge') : t('practiceBadge');
  $('card-mode').className = `badge ${exam ? 'badge-exam' : 'badge-practice'}`;
  const p = state.persona;
  $('card-customer').textContent =
    `${t('customerLabel')}${t('colon')}${p.name} · ${p.occupation} · ${p.region}`;
  $('card-briefing').textContent = state.scenario.briefing;
}

// ---------- chat ----------

function addCustomerBubble(text) {
  const row = el('div', { className: 'row row-customer' }, [
    el('div', { className: 'avatar', text: initial(state.persona), attrs: { 'aria-hidden': 'true' } }),
    el('div', { className: 'bubble bubble-customer', text, attrs: { 'data-testid': 'customer-bubble' } }),
  ]);
  $('thread').append(row);
  scrollToEnd();
  return row;
}

function addAgentBubble(text, pending) {
  const bubble = el('div', {
    className: 'bubble bubble-agent',
    text,
    attrs: { 'data-testid': 'agent-bubble' },
  });
  const column = el('div', { className: 'agent-column' }, [bubble]);
  const row = el('div', { className: `row row-agent${pending ? ' pending' : ''}` }, [
    column,
    el('div', { className: 'avatar avatar-me', text: t('me'), attrs: { 'aria-hidden': 'true' } }),
  ]);
  $('thread').append(row);
  scrollToEnd();
  return row;
}

function addNotice(text) {
  $('thread').append(el('div', { className: 'notice', text }));
  scrollToEnd();
}

/** Tag chips under a trainee bubble; `strategies` is primary first, evidence only comes with live tags. */
function addTagChips(row, primary, strategies) {
  const chips = el('div', { className: 'chips' });
  const evidenceLine = el('div', { className: 'chip-evidence', attrs: { hidden: true } });
  for (const s of strategies) {
    const isPrimary = s.code === primary;
    const evidence = (s.evidence || []).join(' · ');
    const pct = Math.round((s.confidence ?? 0) * 100);
    const tip = `${s.code} ${s.name}${isPrimary ? ` (${t('primary')})` : ''} — ${t('confidence')} ${pct}%${
      evidence ? `\n${t('evidence')}${t('colon')}${evidence}` : ''
    }`;
    const chip = el(
      'button',
      {
        className: `chip${isPrimary ? ' chip-primary' : ''}`,
        attrs: {
          type: 'button',
          title: tip,
          'data-testid': 'tag-chip',
          'data-code': s.code,
          'aria-label': tip,
        },
      },
      [el('b', { text: s.code }), el('span', { text: s.name })],
    );
    chip.addEventListener('click', () => {
      const same = !evidenceLine.hidden && evidenceLine.dataset.code === s.code;
      evidenceLine.hidden = same;
      evidenceLine.dataset.code = s.code;
      evidenceLine.textContent = evidence ? `${s.code} · ${t('evidence')}${t('colon')}${evidence}` : tip;
    });
    chips.append(chip);
  }
  row.querySelector('.agent-column').append(chips, evidenceLine);
}

function updateMood(drill) {
  state.drill = drill;
  renderTopbar();
}

async function sendMessage() {
  const input = $('message-input');
  const text = input.value.trim();
  if (!text || state.busy || !drillOpen()) return;
  hideError();
  $('hint-card').hidden = true;
  const row = addAgentBubble(text, true);
  input.value = '';
  autoGrow();
  setBusy(true, 'typing');
  try {
    const r = await api('POST', `/api/drills/${encodeURIComponent(state.drill.id)}/messages`, {
      trainee: state.trainee,
      text,
    });
    updateMood(r.drill);
    if (r.timedOut) {
      row.remove();
      restoreText(text);
      addNotice(t('timedOut'));
    } else {
      row.classList.remove('pending');
      if (r.tags) addTagChips(row, r.tags.primary, r.tags.strategies);
      $('scenario-card').open = false;
    }
    if (r.customer) addCustomerBubble(r.customer.text);
    if (r.ended) {
      addNotice(t('endedNotice')(r.ended.reasonLabel));
      setBusy(false);
      window.setTimeout(() => showScorecard(r.ended), r.customer ? 1500 : 600);
      return;
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

function restoreText(text) {
  const input = $('message-input');
  const typedSince = input.value.trim();
  input.value = typedSince ? `${text}\n${typedSince}` : text;
  autoGrow();
  updateSendState();
}

function autoGrow() {
  const input = $('message-input');
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
}

async function requestHint() {
  if (state.busy || !drillOpen()) return;
  hideError();
  setBusy(true, 'working');
  try {
    const r = await api('POST', `/api/drills/${encodeURIComponent(state.drill.id)}/hint`, {
      trainee: state.trainee,
    });
    renderHint(r.hint);
  } catch (err) {
    showError(err);
  } finally {
    setBusy(false);
  }
}

function renderHint(hint) {
  const card = $('hint-card');
  const close = el('button', {
    className: 'hint-close',
    text: '×',
    attrs: { type: 'button', 'aria-label': t('close') },
  });
  close.addEventListener('click', () => {
    card.hidden = true;
  });
  const use = el('button', {
    className: 'btn btn-small btn-ghost',
    text: t('hintUse'),
    attrs: { type: 'button' },
  });
  use.addEventListener('click', () => {
    const input = $('message-input');
    input.value = input.value.trim() ? `${input.value.trim()} ${hint.trySaying}` : hint.trySaying;
    autoGrow();
    updateSendState();
    input.focus();
  });
  card.replaceChildren(
    el('div', { className: 'hint-head' }, [
      el('span', { className: 'hint-title', text: t('hintTitle') }),
      el('span', { className: 'chip chip-primary chip-static' }, [
        el('b', { text: hint.strategy }),
        el('span', { text: hint.name }),
      ]),
      close,
    ]),
    el('p', { className: 'hint-reason', text: hint.reason }),
    el('p', { className: 'hint-try' }, [
      el('b', { text: `${t('hintTry')} ` }),
      el('span', { text: hint.trySaying }),
    ]),
    use,
    hint.knowledge
      ? el('details', { className: 'hint-knowledge' }, [
          el('summary', { text: t('hintKnowledge') }),
          el('p', { text: hint.knowledge.text }),
        ])
      : null,
  );
  card.hidden = false;
  scrollToEnd();
}

async function endDrill() {
  if (state.busy || !drillOpen()) return;
  hideError();
  setBusy(true, 'scoring');
  try {
    const r = await api('POST', `/api/drills/${encodeURIComponent(state.drill.id)}/end`, {
      trainee: state.trainee,
    });
    state.drill = r.drill;
    setBusy(false);
    showScorecard(r.ended);
  } catch (err) {
    showError(err);
  } finally {
    if (state.busy) setBusy(false);
  }
}

// ---------- scorecard ----------

function showScorecard(ended) {
  state.ended = ended;
  storageSet(CURRENT_KEY, null);
  renderScorecard(ended);
  showScreen('score');
  $('score-screen').scrollTop = 0;
}

function renderScorecard(ended) {
  // The server sends the scorecard as a view-model (labels, marks and 1-based line numbers resolved):
  // this page only lays it out, like every other surface.
  const view = ended.view;
  const root = $('scorecard');

  const hero = el('div', { className: 'score-hero' }, [
    state.scenario ? el('div', { className: 'score-scenario', text: state.scenario.title }) : null,
    el('div', { className: 'score-line' }, [
      el('div', { className: 'overall' }, [
        el('span', { className: 'overall-label', text: t('overall') }),
        el('span', {
          className: 'overall-value',
          text: String(view.overall),
          attrs: { 'data-testid': 'overall-score' },
        }),
        el('span', { className: 'overall-max', text: '/100' }),
      ]),
      el('span', {
        className: `pass-fail ${view.passed ? 'is-pass' : 'is-fail'}`,
        text: view.passed ? t('pass') : t('fail'),
        attrs: { 'data-testid': 'pass-fail' },
      }),
    ]),
    el('div', {
      className: 'score-meta',
      text: `${t('reason')}${t('colon')}${ended.reasonLabel} · ${t('passMark')(ended.passMark)}`,
    }),
    view.fatal ? el('div', { className: 'score-fatal', text: t('fatal') }) : null,
  ]);

  const radar = el('div', { className: 'radar', attrs: { 'data-testid': 'radar' } });
  // The SVG is rendered by our own server from numbers and escaped labels; it is the one markup insert.
  radar.innerHTML = ended.radarSvg;

  const stageNames = t('stageNames');
  const stages = el('div', { className: 'stages' });
  for (const [id, covered] of Object.entries(ended.stageCoverage || {})) {
    stages.append(
      el('span', {
        className: `stage${covered ? ' stage-on' : ''}`,
        text: `${covered ? '✓' : '·'} ${stageNames[id] || id}`,
      }),
    );
  }

  const sections = el('div', { className: 'sections' });
  for (const section of view.sections) {
    const pct = section.score === null ? null : Math.round(section.score * 100);
    const list = el('ul', { className: 'checks' });
    for (const c of view.checks.filter((x) => x.section === section.id)) list.append(renderCheck(c));
    sections.append(
      el('section', { className: 'section' }, [
        el('div', { className: 'section-head' }, [
          el('span', { className: 'section-name', text: section.label }),
          el('span', {
            className: 'section-score',
            text: pct === null ? t('notApplicable') : section.display,
          }),
        ]),
        el('div', { className: 'bar' }, [
          el('i', {
            attrs: { style: `width:${pct ?? 0}%` },
            className: pct !== null && pct < 50 ? 'low' : '',
          }),
        ]),
        list,
      ]),
    );
  }

  const improvements = el('div', { className: 'improvements' });
  if (!view.improvements.length)
    improvements.append(el('p', { className: 'muted', text: t('noImprovements') }));
  for (const imp of view.improvements) {
    improvements.append(
      el('div', { className: 'improvement', attrs: { 'data-testid': 'improvement' } }, [
        el('p', { className: 'improvement-advice', text: imp.advice }),
        el('p', { className: 'improvement-try' }, [
          el('b', { text: `${view.trySayingLabel}${t('colon')}` }),
          el('span', { text: imp.trySaying }),
        ]),
      ]),
    );
  }

  const newButton = el('button', {
    className: 'btn btn-ghost',
    text: t('newDrill'),
    attrs: { type: 'button', 'data-testid': 'new-drill' },
  });
  newButton.addEventListener('click', () => {
    state.ended = null;
    showScreen('setup');
  });
  const retryButton = el('button', {
    className: 'btn btn-primary',
    text: t('retry'),
    attrs: { type: 'button', 'data-testid': 'retry-drill' },
  });
  retryButton.addEventListener('click', () => {
    if (state.lastStart) startDrill(state.lastStart);
  });

  root.replaceChildren(
    hero,
    radar,
    el('h3', { text: t('stages') }),
    stages,
    el('h3', { text: t('sections') }),
    sections,
    el('h3', { text: view.improvementsTitle }),
    improvements,
    renderRating(),
    el('div', { className: 'score-actions' }, [newButton, retryButton]),
  );
}

function renderCheck(c) {
  const resultText = t('resultIcon')[c.result] || c.result;
  const extra = [];
  if (c.note) extra.push(el('span', { className: 'check-note', text: c.note }));
  if (c.line !== undefined) extra.push(el('span', { className: 'check-turn', text: `#${c.line}` }));
  if (c.quote) extra.push(el('q', { className: 'check-quote', text: c.quote }));
  return el('li', { className: `check check-${c.result}` }, [
    el('span', {
      className: 'check-icon',
      text: c.mark,
      attrs: { title: resultText, 'aria-label': resultText },
    }),
    el('div', { className: 'check-body' }, [
      el('span', { className: 'check-label', text: c.label }),
      extra.length ? el('div', { className: 'check-extra' }, extra) : null,
    ]),
  ]);
}

function renderRating() {
  const box = el('div', { className: 'rating', attrs: { 'data-testid': 'rating' } });
  const stars = el('div', {
    className: 'stars',
    attrs: { role: 'group', 'aria-label': t('ratingQuestion') },
  });
  const thanks = el('p', {
    className: 'rating-thanks',
    text: t('ratingThanks'),
    attrs: { hidden: state.rating === 0 },
  });
  const paint = () => {
    for (const b of stars.children) {
      const on = Number(b.dataset.value) <= state.rating;
      b.classList.toggle('on', on);
      b.setAttribute('aria-pressed', String(Number(b.dataset.value) === state.rating));
    }
  };
  for (let n = 1; n <= 5; n++) {
    const star = el('button', {
      className: 'star',
      text: '★',
      attrs: { type: 'button', 'data-value': n, 'aria-label': t('ratingStar')(n), title: t('ratingStar')(n) },
    });
    star.addEventListener('click', async () => {
      if (!state.drill) return;
      try {
        await api('POST', `/api/drills/${encodeURIComponent(state.drill.id)}/rating`, {
          trainee: state.trainee,
          realism: n,
        });
        state.rating = n;
        paint();
        thanks.hidden = false;
      } catch (err) {
        showError(err);
      }
    });
    stars.append(star);
  }
  paint();
  box.append(el('p', { className: 'rating-question', text: t('ratingQuestion') }), stars, thanks);
  return box;
}

// ---------- resume after a reload ----------

async function resumeDrill(id) {
  let status;
  try {
    status = await api(
      'GET',
      `/api/drills/${encodeURIComponent(id)}?trainee=${encodeURIComponent(traineeId())}`,
    );
  } catch {
    storageSet(CURRENT_KEY, null);
    return;
  }
  const drill = status.drill;
  if (drill.status !== 'active' && drill.status !== 'created') {
    storageSet(CURRENT_KEY, null);
    return;
  }
  if (drill.lang !== state.lang) {
    state.lang = drill.lang;
    applyLang();
    await loadCatalog();
  }
  const scenario = scenarioById(drill.scenarioId);
  const persona = personaById(drill.personaId);
  if (!scenario || !persona) return;
  state.drill = drill;
  state.scenario = scenario;
  state.persona = persona;
  state.lastStart = {
    scenario: drill.scenarioId,
    persona: drill.personaId,
    mode: drill.mode,
    lang: drill.lang,
    seed: drill.seed,
  };
  openChat();
  for (const entry of status.transcript) {
    if (entry.speaker === 'customer') addCustomerBubble(entry.text);
    else {
      const row = addAgentBubble(entry.text, false);
      if (drill.mode === 'practice' && entry.strategies?.length)
        addTagChips(row, entry.strategies[0].code, entry.strategies);
    }
  }
  if (status.transcript.some((e) => e.speaker === 'agent')) $('scenario-card').open = false;
}

// ---------- wiring ----------

function wire() {
  $('lang-toggle').addEventListener('click', () => {
    toggleLang();
  });
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
  input.addEventListener('input', () => {
    autoGrow();
    updateSendState();
  });
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
}

async function main() {
  wire();
  applyLang();
  await loadCatalog();
  const current = storageGet(CURRENT_KEY);
  if (current && state.catalog) await resumeDrill(current);
}

main();
