import { api } from './api.js';
import { $, el } from './dom.js';
import { state, t } from './state.js';
import { showError } from './toast.js';

/**
 * The scorecard as the bot's scorecard view gives it (headline, sections, checks with 1-based
 * line numbers, improvements, button labels), with the server's radar chart and stage coverage.
 */
export function renderScorecard(ended, { onRetry, onNew }) {
  const v = ended.scorecard;
  const hero = el('div', { className: 'score-hero' }, [
    el('div', { className: 'score-scenario', text: v.subtitle }),
    el('div', { className: 'score-line' }, [
      el('div', { className: 'overall' }, [
        el('span', { className: 'overall-label', text: t('overall') }),
        el('span', {
          className: 'overall-value',
          text: String(v.overall),
          attrs: { 'data-testid': 'overall-score' },
        }),
        el('span', { className: 'overall-max', text: '/100' }),
      ]),
      el('span', {
        className: `pass-fail ${v.passed ? 'is-pass' : 'is-fail'}`,
        text: v.headline.split(' · ').slice(1).join(' · '),
        attrs: { 'data-testid': 'pass-fail' },
      }),
    ]),
    el('div', { className: 'score-meta', text: t('passMark', { n: ended.passMark }) }),
  ]);

  const radar = el('div', { className: 'radar', attrs: { 'data-testid': 'radar' } });
  // The SVG is rendered by our own server from numbers and escaped labels: the one markup insert.
  radar.innerHTML = ended.radarSvg;

  const stages = el(
    'div',
    { className: 'stages' },
    ended.stages.map((s) =>
      el('span', {
        className: `stage${s.covered ? ' stage-on' : ''}`,
        text: `${s.covered ? '✓' : '·'} ${s.label}`,
      }),
    ),
  );

  const sections = el(
    'div',
    { className: 'sections' },
    v.sections.map((s) => {
      const pct = s.score === null ? 0 : Math.round(s.score * 100);
      return el('section', { className: 'section' }, [
        el('div', { className: 'section-head' }, [
          el('span', { className: 'section-name', text: s.label }),
          el('span', { className: 'section-score', text: s.display }),
        ]),
        el('div', { className: 'bar' }, [
          el('i', {
            attrs: { style: `width:${pct}%` },
            className: s.score !== null && pct < 50 ? 'low' : '',
          }),
        ]),
        el('ul', { className: 'checks' }, v.checks.filter((c) => c.section === s.id).map(renderCheck)),
      ]);
    }),
  );

  const improvements = el('div', { className: 'improvements' });
  if (!v.improvements.length) improvements.append(el('p', { className: 'muted', text: t('noImprovements') }));
  for (const imp of v.improvements)
    improvements.append(
      el('div', { className: 'improvement', attrs: { 'data-testid': 'improvement' } }, [
        el('p', { className: 'improvement-advice', text: imp.advice }),
        el('p', { className: 'improvement-try' }, [
          el('b', { text: `${v.trySayingLabel}${t('colon')}` }),
          el('span', { text: imp.trySaying }),
        ]),
      ]),
    );

  const button = (text, testid, className, onClick) => {
    const b = el('button', { className, text, attrs: { type: 'button', 'data-testid': testid } });
    b.addEventListener('click', onClick);
    return b;
  };
  $('scorecard').replaceChildren(
    hero,
    radar,
    el('h3', { text: t('stages') }),
    stages,
    el('h3', { text: t('sections') }),
    sections,
    el('h3', { text: v.improvementsTitle }),
    improvements,
    renderRating(v),
    el('div', { className: 'score-actions' }, [
      button(v.labels.fresh, 'new-drill', 'btn btn-ghost', onNew),
      button(v.labels.retry, 'retry-drill', 'btn btn-primary', onRetry),
    ]),
  );
}

function renderCheck(c) {
  const extra = [];
  if (c.note) extra.push(el('span', { className: 'check-note', text: c.note }));
  if (c.line !== undefined) extra.push(el('span', { className: 'check-turn', text: `#${c.line}` }));
  if (c.quote) extra.push(el('q', { className: 'check-quote', text: c.quote }));
  return el('li', { className: `check check-${c.result}` }, [
    el('span', { className: 'check-icon', text: c.mark, attrs: { 'aria-label': c.result } }),
    el('div', { className: 'check-body' }, [
      el('span', { className: 'check-label', text: c.label }),
      extra.length ? el('div', { className: 'check-extra' }, extra) : null,
    ]),
  ]);
}

function renderRating(v) {
  const stars = el('div', { className: 'stars', attrs: { role: 'group', 'aria-label': v.labels.rate } });
  const thanks = el('p', {
    className: 'rating-thanks',
    text: t('ratingThanks'),
    attrs: { hidden: state.rating === 0 },
  });
  const paint = () => {
    for (const b of stars.children) {
      b.classList.toggle('on', Number(b.dataset.value) <= state.rating);
      b.setAttribute('aria-pressed', String(Number(b.dataset.value) === state.rating));
    }
  };
  for (let n = 1; n <= 5; n++) {
    const label = t('ratingStar', { n });
    const star = el('button', {
      className: 'star',
      text: '★',
      attrs: { type: 'button', 'data-value': n, 'aria-label': label, title: label },
    });
    star.addEventListener('click', async () => {
      try {
        await api('POST', `/api/drills/${encodeURIComponent(v.drillId)}/rating`, { realism: n });
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
  return el('div', { className: 'rating', attrs: { 'data-testid': 'rating' } }, [
    el('p', { className: 'rating-question', text: v.labels.rate }),
    stars,
    thanks,
  ]);
}
