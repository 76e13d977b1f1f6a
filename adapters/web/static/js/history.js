import { api } from './api.js';
import { $, el } from './dom.js';
import { state } from './state.js';

/** The person's recent drills, as the server's status view words them. */
export async function renderHistory(boxId = 'history') {
  const box = $(boxId);
  try {
    const { status } = await api('GET', `/api/history?lang=${state.lang}`);
    box.replaceChildren(
      el('h3', { text: status.historyTitle }),
      el(
        'ul',
        { className: 'history-list', attrs: { 'data-testid': 'history' } },
        status.history.map((line) => el('li', { text: line })),
      ),
    );
  } catch {
    box.replaceChildren();
  }
}
