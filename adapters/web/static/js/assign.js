import { api } from './api.js';
import { el } from './dom.js';
import { langParam } from './profile.js';
import { state, t } from './state.js';
import { showError } from './toast.js';

const option = (value, text, selected) => el('option', { text, attrs: { value, selected } });

function field(label, control) {
  return el('label', { className: 'field' }, [
    el('span', { className: 'field-label', text: label }),
    control,
  ]);
}

/**
 * The manager's assign form for the people picked: scenario (or auto), customer, mode, language,
 * due date. Resolves `onDone(result)` once the server has stored the assignments.
 */
export function assignForm(people, { onDone, onCancel }) {
  const d = t('difficulty');
  const scenario = el('select', { attrs: { 'data-testid': 'assign-scenario', required: true } }, [
    option('auto', t('assignAuto')),
    ...(state.catalog?.scenarios || []).map((s) =>
      option(s.id, `${s.title} · ${d[s.difficulty] || s.difficulty}`),
    ),
  ]);
  const persona = el('select', { attrs: { 'data-testid': 'assign-persona' } }, [
    option('', t('assignAnyPersona')),
    ...(state.catalog?.personas || []).map((p) =>
      option(p.id, t('personaOption', { name: p.name, age: p.age })),
    ),
  ]);
  const mode = el('select', { attrs: { 'data-testid': 'assign-mode' } }, [
    option('practice', t('modePractice')),
    option('exam', t('modeExam')),
  ]);
  const lang = el('select', { attrs: { 'data-testid': 'assign-lang' } }, [
    option('zh', t('langZh'), state.lang === 'zh'),
    option('en', t('langEn'), state.lang === 'en'),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const due = el('input', { attrs: { type: 'date', min: today, 'data-testid': 'assign-due' } });
  const submit = el('button', {
    className: 'btn btn-primary',
    text: t('assignSubmit'),
    attrs: { type: 'submit', 'data-testid': 'assign-submit' },
  });
  const cancel = el('button', { className: 'btn btn-ghost', text: t('cancel'), attrs: { type: 'button' } });
  cancel.addEventListener('click', onCancel);
  const form = el(
    'form',
    { className: 'assign-form', attrs: { 'data-testid': 'assign-form', novalidate: true } },
    [
      el('h3', { text: t('assign') }),
      el('p', {
        className: 'small',
        text: t('assignTo', { names: people.map((p) => p.name).join(t('listSep')) }),
      }),
      field(t('scenario'), scenario),
      field(t('persona'), persona),
      field(t('mode'), mode),
      field(t('language'), lang),
      field(t('dueDate'), due),
      el('div', { className: 'form-actions' }, [cancel, submit]),
    ],
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      const result = await api('POST', `/api/coach/assignments?${langParam()}`, {
        people: people.map((p) => p.id),
        scenario: scenario.value,
        ...(persona.value ? { persona: persona.value } : {}),
        mode: mode.value,
        lang: lang.value,
        ...(due.value ? { due: due.value } : {}),
      });
      onDone(result);
    } catch (err) {
      showError(err);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** What the manager is told once assignments are stored. */
export const assignedNotice = (result) =>
  el('p', {
    className: 'notice-ok',
    text: `${t('assignedOk', { n: result.assignments.length })} ${t('assignedWhere')}`,
    attrs: { 'data-testid': 'assign-done', role: 'status' },
  });
