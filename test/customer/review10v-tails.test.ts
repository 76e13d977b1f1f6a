import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';
import { heirs, loanBlame, savingsChat } from './review10v-lines.ts';

// Review 10: "Me paying early is good for you! Let me note that down. Is that correct?" (drill 187) and
// "Can't you make an exception? Let me note that down. Is that correct?" (189) tacked Ms Gao's
// note-taking habit onto an outburst and an objection; "行，这点我记下了。行，我先试试" (188) said 行 twice.
const NOTE_TAIL = /Let me note that down\. Is that correct\?|我记一下，您看对不对。/u;
const SEEDS = [187, 189, 101, 117, 133, 152, 166];

describe('review 10: a closing remark only where the customer has something to note', () => {
  for (const lang of LANGS)
    it(`${lang}: Ms Gao never reads back after a question, an outburst, or while upset`, async () => {
      let lines = 0;
      for (const seed of SEEDS)
        for (const [scenarioId, trainee] of [
          ['loan-early-repayment-fee', loanBlame[lang]],
          ['deceased-parent-account', heirs[lang]],
        ] as const) {
          const d = await drive({ lang, scenarioId, personaId: 'civil-servant-gao', seed }, trainee);
          for (const c of d.customer.slice(1)) {
            lines++;
            const m = NOTE_TAIL.exec(c.text);
            if (!m) continue;
            const before = c.text.slice(0, m.index).trim();
            expect(before, `${scenarioId}/${seed}: ${c.text}`).not.toMatch(/[?？!！]$/u);
            expect(c.emotion as number, `${scenarioId}/${seed}: ${c.text}`).toBeLessThan(2);
          }
        }
      expect(lines).toBeGreaterThan(40);
    }, 120_000);

  for (const lang of LANGS)
    it(`${lang}: Ms Zhou does not start two sentences of one line with the same 'okay'`, async () => {
      const lead =
        lang === 'zh'
          ? /(?:^|[。！？])(行|好|嗯|哦)，.*[。！？]\1，/u
          : /\b(Okay|Right|Fine)[,.] .*[.!?] \1[,.] /u;
      for (const seed of [188, 120, 140, 160, 175]) {
        const d = await drive(
          { lang, scenarioId: 'child-education-savings-plan', personaId: 'single-mother-zhou', seed },
          savingsChat[lang],
        );
        for (const c of d.customer) expect(c.text, `${seed}`).not.toMatch(lead);
      }
    }, 120_000);
});
