import { describe, expect, it } from 'vitest';
import { drive, LANGS } from './drive.ts';

const CHARGEBACK = {
  scenarioId: 'chargeback-ticket-follow-up',
  personaId: 'teacher-chen',
  seed: 103,
} as const;
// Three rude replies, then the escalation: a fourth rude one and the customer walks out first.
const rude = {
  zh: [
    '行行行，报一下名字和卡号后四位，快点，后面还排着队呢。',
    '查到了。争议就是要时间的好吗，我们又不是只守着你这一单。商户还没回复，就这样。',
    '我刚说过了。第3步，等商户答复。还有那2,386.40不算最低还款也不计息，别瞎担心了。',
    '唉，行吧，短信确实没发，6天前团队给你打过电话你没接。我给你升级处理。还有别的吗？',
  ],
  en: [
    "Yeah, yeah. Name and last four digits of the card. And hurry up, I've got a queue.",
    "Fine. Disputes take time, ok? We don't sit around waiting on your one ticket. The merchant hasn't answered. That's it.",
    "I just told you. Stage 3 of 4, awaiting merchant response. And no, the RMB 2,386.40 isn't in your minimum payment and no interest, so stop worrying about it.",
    "Ugh. Fine, the SMS was never sent, and the team did call you 6 days ago, you didn't pick up. I'll escalate it. Anything else?",
  ],
};

describe('review 6: an angry customer finally given the escalation takes it up', () => {
  for (const lang of LANGS) {
    it(`${lang}: "I'll escalate it" after a rude drill is acknowledged, not met with a walk-out or a supervisor demand`, async () => {
      const d = await drive({ lang, ...CHARGEBACK }, rude[lang]);
      expect(d.last?.ended).toBeFalsy();
      const reply = d.customer.at(-1)?.text ?? '';
      expect(reply).toMatch(/escalate|升级/i);
      expect(reply).not.toMatch(/supervisor|manager|someone more senior|领导|主管|regulator|监管/i);
    });
  }
});
