import type { CardView } from '../views/card.ts';
import type { HintView } from '../views/hint.ts';
import type { ScorecardView } from '../views/scorecard.ts';
import type { StatusView } from '../views/status.ts';

/** View-models as plain text: terminals, text-only platforms, notification fallbacks. */
export const cardText = (v: CardView): string =>
  [
    v.title,
    ...v.fields.map((f) => `${f.label}: ${f.value}`),
    `${v.briefingLabel}: ${v.briefing}`,
    v.footer,
  ].join('\n');

export const hintText = (v: HintView): string =>
  `💡 ${v.title}: ${v.strategy} ${v.name} — ${v.reason}\n${v.trySayingLabel}: “${v.trySaying}”${v.knowledge ? `\n${v.knowledge}` : ''}`;

export const statusText = (v: StatusView): string =>
  [v.current, v.historyTitle, ...v.history.map((h) => `• ${h}`)].filter(Boolean).join('\n');

/** The whole scorecard, section by section, every check with its evidence. */
export function scorecardText(v: ScorecardView): string {
  const lines = [v.headline];
  if (v.subtitle) lines.push(v.subtitle);
  for (const s of v.sections) {
    lines.push('', `${s.label}: ${s.display}`);
    for (const c of v.checks.filter((x) => x.section === s.id)) {
      const where = c.line !== undefined ? ` #${c.line}` : '';
      lines.push(
        `  ${c.mark} ${c.label}${c.note ? ` (${c.note})` : ''}${where}${c.quote ? ` «${c.quote}»` : ''}`,
      );
    }
  }
  lines.push('', `${v.improvementsTitle}:`);
  v.improvements.forEach((imp, i) => {
    lines.push(`  ${i + 1}. ${imp.advice}`, `     ${v.trySayingLabel}: “${imp.trySaying}”`);
  });
  return `${lines.join('\n')}\n`;
}
