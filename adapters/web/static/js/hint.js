import { $, el } from './dom.js';
import { scrollToEnd } from './screens.js';
import { t } from './state.js';

/** The hint as the bot's hint view gives it: strategy, reason, a line to try, related knowledge. */
export function renderHint(hint, afterUse) {
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
    afterUse();
    input.focus();
  });
  card.replaceChildren(
    el('div', { className: 'hint-head' }, [
      el('span', { className: 'hint-title', text: hint.title }),
      el('span', { className: 'chip chip-primary chip-static' }, [
        el('b', { text: hint.strategy }),
        el('span', { text: hint.name }),
      ]),
      close,
    ]),
    el('p', { className: 'hint-reason', text: hint.reason }),
    el('p', { className: 'hint-try' }, [
      el('b', { text: `${hint.trySayingLabel}${t('colon')}` }),
      el('span', { text: hint.trySaying }),
    ]),
    use,
    hint.knowledge ? el('p', { className: 'hint-knowledge', text: hint.knowledge }) : null,
  );
  card.hidden = false;
  scrollToEnd();
}
