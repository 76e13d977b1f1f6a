import type { Scenario } from '../content/scenario.ts';
import type { Lang } from '../csc/text.ts';
import { checkLabel, END_REASON_LABELS, SECTION_LABELS, UI } from './labels.ts';
import { type Scorecard, SECTIONS } from './scorecard-model.ts';

const MARK = { yes: '✓', no: '✗', na: '–' } as const;

/** A scorecard as plain text, for terminals and platforms without rich blocks. */
export function renderScorecardText(card: Scorecard, lang: Lang, scenario?: Scenario): string {
  const ui = UI[lang];
  const lines: string[] = [];
  const reason = card.endReason ? ` (${END_REASON_LABELS[card.endReason]?.[lang] ?? card.endReason})` : '';
  lines.push(
    `${ui.overall}: ${card.overall}/100  ${card.passed ? ui.pass : ui.fail}${card.fatal ? ` — ${ui.fatal}` : ''}${reason}`,
  );
  for (const section of SECTIONS) {
    const score = card.sections[section];
    lines.push(`\n${SECTION_LABELS[section][lang]}: ${score === null ? '–' : `${Math.round(score * 100)}%`}`);
    for (const c of card.checks.filter((x) => x.section === section)) {
      const where = c.turn !== undefined ? ` #${c.turn + 1}` : '';
      const quote = c.quote ? ` «${c.quote}»` : '';
      const note = c.note && c.result !== 'na' ? ` (${c.note})` : '';
      lines.push(`  ${MARK[c.result]} ${checkLabel(c.id, lang, scenario)}${note}${where}${quote}`);
    }
  }
  lines.push(`\n${ui.improvements}:`);
  card.improvements.forEach((imp, i) => {
    lines.push(`  ${i + 1}. ${imp.advice}`);
    lines.push(`     ${ui.trySaying}: “${imp.trySaying}”`);
  });
  return `${lines.join('\n')}\n`;
}
