import { api } from './api.js';
import { assignedNotice, assignForm } from './assign.js';
import { $, el } from './dom.js';
import { download } from './files.js';
import { langParam, profileNodes } from './profile.js';
import { t } from './state.js';
import { refusal } from './team.js';
import { showError } from './toast.js';

const enc = encodeURIComponent;

function button(key, testid, onClick, className = 'btn btn-ghost btn-small') {
  const b = el('button', { className, text: t(key), attrs: { type: 'button', 'data-testid': testid } });
  b.addEventListener('click', () => Promise.resolve(onClick()).catch(showError));
  return b;
}

/** The manager's view of one person: the report, their assignments and plan, assign and download. */
export async function renderPerson(id, { onBack }) {
  const box = $('person');
  const path = `/api/coach/people/${enc(id)}`;
  box.replaceChildren(el('p', { className: 'muted coach-empty', text: t('loading') }));
  try {
    const v = await api('GET', `${path}?${langParam()}`);
    const panel = el('div', { className: 'assign-panel' });
    const people = [{ id: v.person.id, name: v.person.name }];
    const openForm = () =>
      panel.replaceChildren(
        assignForm(people, {
          onCancel: () => panel.replaceChildren(),
          onDone: async (result) => {
            await renderPerson(id, { onBack });
            $('person').querySelector('.assign-panel').replaceChildren(assignedNotice(result));
          },
        }),
      );
    box.replaceChildren(
      el('div', { className: 'coach-actions' }, [
        button('back', 'back-to-team', onBack),
        button('assign', 'assign-person', openForm, 'btn btn-primary btn-small'),
        button('downloadCsv', 'person-csv', () => download(`${path}/export.csv`)),
        button('downloadJsonl', 'person-jsonl', () => download(`${path}/export.jsonl`)),
      ]),
      panel,
      ...profileNodes(v, { trendPath: `${path}/trend.svg` }),
    );
  } catch (err) {
    if (err.code === 'not-a-manager') return box.replaceChildren(refusal(err));
    box.replaceChildren();
    showError(err);
  }
}
