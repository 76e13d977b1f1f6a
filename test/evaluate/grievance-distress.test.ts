import { describe, expect, it } from 'vitest';
import { distressWords } from '../../src/evaluate/distress-words.ts';

// A customer who calls a rule unfair or a wait too long is upset, and a reviewer expects the agent
// to acknowledge it; a plain question about the time is not.
describe('a grievance is distress', () => {
  it('unfairness or a wait called too long is heard (en and zh)', () => {
    for (const line of [
      "Hang on, that doesn't count? That's a bit much.",
      "That's not fair, I spent way over the target.",
      'How is that fair when I did everything you asked?',
      "It's the 12th now. Why does it take so long?",
      '凭什么我先花的钱就不算？',
      '这也太过分了吧，我都消费了三千多。',
      '还要等到月底？怎么要这么久？',
      '这也太慢了吧。',
    ])
      expect(distressWords(line), line).toBeDefined();
  });

  it('a plain question about timing or a thank-you is not (en and zh)', () => {
    for (const line of [
      'How long does it usually take?',
      'Is that fair to ask - do you need my card number?',
      '大概要多久能到账？',
      '好的，谢谢，这样就清楚了。',
      "That's much clearer, thanks.",
    ])
      expect(distressWords(line), line).toBeUndefined();
  });
});
