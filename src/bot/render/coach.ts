import type { Outbound } from '../../chat/contract/outbound.ts';
import { bold, plain } from '../../chat/contract/outbound.ts';
import type { AssignmentView, ProfileView, ReportView } from '../views/coach.ts';

/** Coaching view-models as neutral messages (blocks for chat, the same lines as plain text). */
export function reportMessage(v: ReportView): Outbound {
  const lines = v.empty
    ? [v.empty]
    : v.people.flatMap((p) => [p.headline, ...p.details.map((d) => `  ${d}`)]);
  return {
    text: [v.title, ...lines].join('\n'),
    blocks: [
      { type: 'heading', text: v.title },
      ...(v.empty
        ? [{ type: 'text' as const, spans: [plain(v.empty)] }]
        : v.people.map((p) => ({
            type: 'text' as const,
            spans: [bold(p.headline), ...p.details.map((d) => plain(`\n${d}`))],
          }))),
    ],
  };
}

export const profileMessage = (v: ProfileView): Outbound => ({
  text: [v.title, ...v.lines].join('\n'),
  blocks: [
    { type: 'text', spans: [bold(v.title), plain(`\n${v.lines.join('\n')}`)] },
    {
      type: 'buttons',
      buttons: [{ id: 'drill_plan', label: v.start.label, value: v.start.value, style: 'primary' }],
    },
  ],
});

export const assignmentMessage = (v: AssignmentView): Outbound => ({
  text: v.lines.join('\n'),
  blocks: [
    { type: 'heading', text: v.heading },
    { type: 'text', spans: [plain(v.lines.join('\n'))] },
    {
      type: 'buttons',
      buttons: [{ id: 'drill_assignment', label: v.start.label, value: v.start.value, style: 'primary' }],
    },
  ],
});

export const linesMessage = (lines: readonly string[]): Outbound => ({
  text: lines.join('\n'),
  blocks: [{ type: 'text', spans: [plain(lines.join('\n'))] }],
});
