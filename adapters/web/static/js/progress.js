import { api } from './api.js';
import { $, el } from './dom.js';
import { langParam, profileNodes } from './profile.js';
import { t } from './state.js';
import { showError } from './toast.js';

/** The trainee's own profile, plan, certifications and assigned drills, with start buttons. */
export async function renderProgress({ onStartAssignment, onStartNext }) {
  const box = $('progress');
  box.replaceChildren(el('p', { className: 'muted', text: t('loading') }));
  try {
    const v = await api('GET', `/api/me/progress?${langParam()}`);
    box.replaceChildren(
      ...profileNodes(v, { trendPath: '/api/me/trend.svg', onStartAssignment, onStartNext }),
    );
  } catch (err) {
    box.replaceChildren();
    showError(err);
  }
}
