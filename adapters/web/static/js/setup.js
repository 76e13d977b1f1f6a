import { api } from './api.js';
import { $, el } from './dom.js';
import { state, t } from './state.js';
import { showError } from './toast.js';

const scenarioById = (id) => state.catalog?.scenarios.find((s) => s.id === id) || null;
const personaById = (id) => state.catalog?.personas.find((p) => p.id === id) || null;

export async function loadCatalog() {
  const lang = state.lang;
  $('start-button').disabled = true;
  try {
    const catalog = await api('GET', `/api/catalog?lang=${lang}`);
    if (lang !== state.lang) return; // the language changed while this was loading
    state.catalog = catalog;
    renderSetup();
  } catch (err) {
    showError(err);
  } finally {
    $('start-button').disabled = state.busy || !state.catalog;
  }
}

function renderSetup() {
  const select = $('scenario-select');
  const previous = select.value || state.lastStart?.scenario;
  select.replaceChildren();
  const d = t('difficulty');
  for (const s of state.catalog.scenarios) {
    const text = `${s.title} · ${s.topic} · ${d[s.difficulty] || s.difficulty}`;
    select.append(el('option', { text, attrs: { value: s.id } }));
  }
  if (previous && scenarioById(previous)) select.value = previous;
  renderPersonas(true);
  renderScenarioPreview();
}

export function renderPersonas(keepSelection) {
  const select = $('persona-select');
  const previous = keepSelection ? select.value : undefined;
  const scenario = scenarioById($('scenario-select').value);
  select.replaceChildren(el('option', { text: t('anyPersona'), attrs: { value: '' } }));
  const suggested = (scenario?.suggestedPersonas || []).map(personaById).filter(Boolean);
  for (const p of suggested)
    select.append(
      el('option', { text: t('personaOption', { name: p.name, age: p.age }), attrs: { value: p.id } }),
    );
  const keep = previous !== undefined && Array.from(select.options).some((o) => o.value === previous);
  select.value = keep ? previous : suggested[0]?.id || '';
}

export function renderScenarioPreview() {
  const box = $('scenario-preview');
  const s = scenarioById($('scenario-select').value);
  box.replaceChildren();
  if (!s) return;
  box.append(
    el('div', { className: 'badges' }, [
      el('span', { className: 'badge', text: s.topic }),
      el('span', {
        className: `badge badge-${s.difficulty}`,
        text: t('difficulty')[s.difficulty] || s.difficulty,
      }),
    ]),
    el('p', { className: 'preview-briefing', text: s.briefing }),
  );
}

export function renderModeHelp() {
  $('mode-help').textContent = $('mode-select').value === 'exam' ? t('modeHelpExam') : t('modeHelpPractice');
}

export const startParams = () => ({
  scenario: $('scenario-select').value || undefined,
  persona: $('persona-select').value || undefined,
  mode: $('mode-select').value,
  lang: state.lang,
});
