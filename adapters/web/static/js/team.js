import { api, errorText } from './api.js';
import { assignedNotice, assignForm } from './assign.js';
import { $, el } from './dom.js';
import { chartImage, download } from './files.js';
import { langParam, pct } from './profile.js';
import { t } from './state.js';
import { showError } from './toast.js';

// The manager's team table: pick a group and a period, open a person, assign, download.

const view = { id: null, days: '' };
const enc = encodeURIComponent;

function sinceQuery() {
  if (!view.days) return '';
  const since = new Date(Date.now() - Number(view.days) * 86_400_000).toISOString().slice(0, 10);
  return `since=${since}&`;
}

const groupLabel = (g) =>
  g.kind === 'team'
    ? t('groupTeam', { name: g.name, n: g.size })
    : t(g.kind === 'everyone' ? 'groupEveryone' : 'groupAssigned', { n: g.size });

/** What a trainee sees when they open the manager view: the refusal, and nothing about anyone. */
export const refusal = (err) =>
  el('section', { className: 'signin-card', attrs: { 'data-testid': 'manager-refused' } }, [
    el('h2', { text: t('refusedTitle') }),
    el('p', { text: errorText(err) }),
  ]);

function controls(groups, rerender) {
  const group = el(
    'select',
    { attrs: { 'data-testid': 'team-select', 'aria-label': t('team') } },
    groups.map((g) =>
      el('option', { text: groupLabel(g), attrs: { value: g.id, selected: g.id === view.id } }),
    ),
  );
  const period = el(
    'select',
    { attrs: { 'data-testid': 'period-select', 'aria-label': t('period') } },
    [
      ['', t('periodAll')],
      ['7', t('period7')],
      ['30', t('period30')],
    ].map(([value, text]) => el('option', { text, attrs: { value, selected: value === view.days } })),
  );
  group.addEventListener('change', () => {
    view.id = group.value;
    rerender();
  });
  period.addEventListener('change', () => {
    view.days = period.value;
    rerender();
  });
  return el('div', { className: 'team-controls' }, [group, period]);
}

function tableNode(table, onOpenPerson) {
  const head = ['colName', 'colDrills', 'colPass', 'colLast', 'colWeak'].map((k) => el('th', { text: t(k) }));
  const rows = table.people.map((p) => {
    const open = el('button', {
      className: 'link',
      text: p.name,
      attrs: { type: 'button', 'data-testid': 'open-person' },
    });
    open.addEventListener('click', () => onOpenPerson(p.id));
    return el('tr', { attrs: { 'data-testid': 'team-row', 'data-person': p.id } }, [
      el('td', {}, [
        el('input', {
          attrs: {
            type: 'checkbox',
            value: p.id,
            'data-name': p.name,
            'aria-label': t('select', { name: p.name }),
          },
        }),
      ]),
      el('td', {}, [open]),
      el('td', { className: 'num', text: String(p.drills), attrs: { 'data-col': 'drills' } }),
      el('td', { className: 'num', text: pct(p.passRate), attrs: { 'data-col': 'pass' } }),
      el('td', { className: 'num', text: p.last.join(' ') || '–', attrs: { 'data-col': 'last' } }),
      el(
        'td',
        { className: 'weak', attrs: { 'data-col': 'weakest' } },
        p.weakest.length ? p.weakest.map((w) => el('div', { text: w.label })) : [el('span', { text: '–' })],
      ),
    ]);
  });
  return el('div', { className: 'table-wrap' }, [
    el('table', { className: 'team-table', attrs: { 'data-testid': 'team-table' } }, [
      el('thead', {}, [el('tr', {}, [el('th', {}), ...head])]),
      el('tbody', {}, rows),
    ]),
  ]);
}

function button(key, testid, onClick, primary = false) {
  const b = el('button', {
    className: `btn ${primary ? 'btn-primary' : 'btn-ghost'} btn-small`,
    text: t(key),
    attrs: { type: 'button', 'data-testid': testid },
  });
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await onClick();
    } catch (err) {
      showError(err);
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

async function assignmentsList() {
  const { assignments } = await api('GET', `/api/coach/assignments?${langParam()}`);
  if (!assignments.length) return el('p', { className: 'muted', text: t('noAssignments') });
  return el(
    'ul',
    { className: 'plain-list' },
    assignments.map((a) => {
      const facts = [a.toName, t('status')[a.status]];
      if (a.status === 'finished')
        facts.push(`${a.overall}/100 ${a.passed ? t('passLabel') : t('failLabel')}`);
      if (a.due) facts.push(t('due', { date: a.due }));
      return el('li', { className: 'assignment', attrs: { 'data-testid': 'my-assignment' } }, [
        el('div', { className: 'assignment-title', text: a.title }),
        el('div', { className: 'muted small', text: facts.join(' · ') }),
      ]);
    }),
  );
}

/** Renders the team screen; a trainee gets the refusal the server gave. */
export async function renderTeam(onOpenPerson) {
  const box = $('team');
  const rerender = () => renderTeam(onOpenPerson);
  box.replaceChildren(el('p', { className: 'muted coach-empty', text: t('loading') }));
  try {
    const { teams } = await api('GET', '/api/coach/teams');
    if (!teams.some((g) => g.id === view.id)) view.id = (teams.find((g) => g.kind === 'team') || teams[0]).id;
    const path = `/api/coach/teams/${enc(view.id)}`;
    const table = await api('GET', `${path}?${sinceQuery()}${langParam()}`);
    const chart = el('div', { className: 'trend-box' });
    if (table.drills)
      chartImage(`${path}/trend.svg?${sinceQuery()}`)
        .then((img) => chart.append(img))
        .catch(() => chart.remove());
    const panel = el('div', { className: 'assign-panel' });
    const picked = () =>
      Array.from(box.querySelectorAll('.team-table input:checked')).map((i) => ({
        id: i.value,
        name: i.dataset.name,
      }));
    const assign = button(
      'assignSelected',
      'assign-selected',
      () => {
        const people = picked();
        if (!people.length) return showError(t('pickSomeone'));
        panel.replaceChildren(
          assignForm(people, {
            onCancel: () => panel.replaceChildren(),
            onDone: async (result) => {
              await rerender();
              $('team').querySelector('.assign-panel').replaceChildren(assignedNotice(result));
            },
          }),
        );
      },
      true,
    );
    const mine = el('section', { className: 'coach-section' }, [el('h3', { text: t('assignmentsByMe') })]);
    box.replaceChildren(
      controls(teams, rerender),
      el('p', {
        className: 'muted team-summary',
        text: t('teamSummary', { drills: table.drills, pass: pct(table.passRate) }),
      }),
      chart,
      table.people.length
        ? tableNode(table, onOpenPerson)
        : el('p', { className: 'muted', text: t('nobody') }),
      el('div', { className: 'coach-actions' }, [
        assign,
        button('downloadCsv', 'download-csv', () => download(`${path}/export.csv?${sinceQuery()}`)),
        button('downloadJsonl', 'download-jsonl', () => download(`${path}/export.jsonl?${sinceQuery()}`)),
      ]),
      panel,
      mine,
    );
    mine.append(await assignmentsList());
  } catch (err) {
    if (err.code === 'not-a-manager') return box.replaceChildren(refusal(err));
    box.replaceChildren();
    showError(err);
  }
}
