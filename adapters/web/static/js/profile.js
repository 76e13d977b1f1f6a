import { el } from './dom.js';
import { chartImage } from './files.js';
import { state, t } from './state.js';

// One person's coaching view, as the server shapes it (`personView`): shared by the manager's
// person view and the trainee's "my progress".

export const pct = (x) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);

const section = (title, testid, children) =>
  el('section', { className: 'coach-section', attrs: { 'data-testid': testid } }, [
    el('h3', { text: title }),
    ...children,
  ]);

/** A labelled share as a bar (amber under 60%), or a dash when nothing rests on it yet. */
function meter(label, score) {
  const width = score === null ? 0 : Math.round(score * 100);
  return el('li', { className: 'meter' }, [
    el('span', { className: 'meter-label', text: label }),
    el('span', { className: 'bar meter-bar' }, [
      el('i', { className: score !== null && score < 0.6 ? 'low' : '', attrs: { style: `width:${width}%` } }),
    ]),
    el('span', { className: 'meter-value', text: pct(score) }),
  ]);
}

/** pass^k: enough passes in a row but all with one customer is not certified yet, and says so. */
function certLine(c) {
  if (c.certified) return t('certified');
  if (c.streak >= c.needed) return t('needsPersonas', { n: c.streak });
  return t('streak', { n: c.streak, k: c.needed });
}

function headline(v) {
  const line = t('drillsPass', { drills: v.drills, pass: pct(v.passRate) });
  const change = v.change === null ? null : t('change', { delta: `${v.change >= 0 ? '+' : ''}${v.change}` });
  return el('div', { className: 'coach-hero' }, [
    el('div', { className: 'coach-name', text: v.person.name, attrs: { 'data-testid': 'person-name' } }),
    el('div', { className: 'muted', text: change ? `${line} · ${change}` : line }),
    v.drills ? el('div', { className: 'muted small', text: t('basedOn', { n: v.drills }) }) : null,
  ]);
}

function assignmentItem(a, onStart) {
  const facts = [t('status')[a.status]];
  if (a.status === 'finished' && a.overall !== undefined)
    facts.push(`${a.overall}/100 ${a.passed ? t('passLabel') : t('failLabel')}`);
  if (a.due) facts.push(t('due', { date: a.due }));
  return el('li', { className: `assignment status-${a.status}`, attrs: { 'data-testid': 'assignment' } }, [
    el('div', { className: 'assignment-title', text: a.title }),
    el('div', { className: 'muted small', text: facts.join(' · ') }),
    a.reason ? el('div', { className: 'small', text: a.reason }) : null,
    onStart && a.status !== 'finished'
      ? el('button', {
          className: 'btn btn-primary btn-small',
          text: t('startAssignment'),
          attrs: { type: 'button', 'data-testid': 'start-assignment', 'data-id': a.id },
        })
      : null,
  ]);
}

/**
 * The view's sections in reading order; `opts.onStartAssignment` / `opts.onStartNext` add the
 * trainee's start buttons, `opts.trendPath` the chart.
 */
export function profileNodes(v, opts = {}) {
  const nodes = [headline(v)];
  const chart = el('div', { className: 'trend-box' });
  if (v.drills && opts.trendPath)
    chartImage(opts.trendPath)
      .then((img) => chart.append(img))
      .catch(() => chart.remove());
  nodes.push(chart);
  const next = el('div', { className: 'coach-next', attrs: { 'data-testid': 'next-drill' } }, [
    el('div', { className: 'assignment-title', text: v.next.title }),
    el('div', {
      className: 'muted small',
      text: `${v.next.personaName} · ${t('difficulty')[v.next.difficulty]}`,
    }),
    el('p', { className: 'small', text: v.next.reason }),
  ]);
  if (opts.onStartNext) {
    const start = el('button', {
      className: 'btn btn-primary btn-small',
      text: t('startNext'),
      attrs: { type: 'button', 'data-testid': 'start-next' },
    });
    start.addEventListener('click', () => opts.onStartNext(v.next));
    next.append(start);
  }
  const assignments = el(
    'ul',
    { className: 'plain-list' },
    v.assignments.map((a) => assignmentItem(a, opts.onStartAssignment)),
  );
  assignments.addEventListener('click', (e) => {
    const id = e.target.closest('[data-testid="start-assignment"]')?.dataset.id;
    if (id) opts.onStartAssignment(id);
  });
  const assigned = section(t('assignments'), 'assignments', [
    v.assignments.length ? assignments : el('p', { className: 'muted', text: t('noAssignments') }),
  ]);
  // Open assignments come first; with none, the plan's next drill leads.
  const planned = section(t('next'), 'next', [next]);
  nodes.push(...(v.assignments.length ? [assigned, planned] : [planned, assigned]));
  if (!v.drills) return [...nodes, el('p', { className: 'muted coach-empty', text: t('noDrills') })];
  nodes.push(
    section(t('weakest'), 'weakest', [
      v.weakest.length
        ? el(
            'ol',
            { className: 'weak-list' },
            v.weakest.map((w) =>
              el('li', { attrs: { 'data-testid': 'weak-area', 'data-area': w.area } }, [
                el('div', { text: t('missedIn', { what: w.label, n: w.missed, of: w.drills }) }),
                w.example ? el('q', { className: 'check-quote', text: w.example }) : null,
              ]),
            ),
          )
        : el('p', { className: 'muted', text: t('noWeak') }),
    ]),
    section(t('qualities'), 'qualities', [
      el(
        'ul',
        { className: 'meters' },
        v.qualities.map((q) => meter(q.label, q.score)),
      ),
    ]),
    section(t('stages'), 'stages', [
      el(
        'ul',
        { className: 'meters' },
        v.stages.map((s) => meter(s.label, s.score)),
      ),
    ]),
    section(t('strategies'), 'strategies', [
      el(
        'div',
        { className: 'chips' },
        v.strategies.map((s) =>
          el('span', { className: 'chip chip-static', attrs: { title: s.label } }, [
            el('b', { text: s.code }),
            el('span', { text: `${s.label} ×${s.perDrill}` }),
          ]),
        ),
      ),
      el('p', { className: 'small', text: `${t('breaches')}${t('colon')}${v.conductBreaches}` }),
    ]),
    section(t('certifications'), 'certifications', [
      v.certifications.length
        ? el(
            'ul',
            { className: 'plain-list' },
            v.certifications.map((c) =>
              el('li', { className: c.certified ? 'cert cert-on' : 'cert' }, [
                el('span', { text: `${c.certified ? '🏅 ' : ''}${c.label}` }),
                el('span', {
                  className: 'muted small',
                  text: certLine(c),
                }),
              ]),
            ),
          )
        : el('p', { className: 'muted', text: t('noCertifications') }),
    ]),
    section(t('recent'), 'recent', [
      el(
        'ul',
        { className: 'history-list' },
        v.recent.map((d) =>
          el('li', {
            text: `${d.title} — ${d.overall}/100 ${d.passed ? t('passLabel') : t('failLabel')} · ${d.endedAt.slice(0, 10)}`,
          }),
        ),
      ),
    ]),
  );
  return nodes;
}

export const langParam = () => `lang=${state.lang}`;
