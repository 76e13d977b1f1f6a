import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIRS } from '../../src/config/paths.ts';
import { loadLibrary } from '../../src/content/library.ts';
import { ScriptedCustomer } from '../../src/customer/scripted.ts';
import { LANGS } from './drive.ts';

const { library } = loadLibrary(DEFAULT_CONTENT_DIRS);
const GREETING = /\b(?:hi|hello|hey|good (?:morning|afternoon|evening))\b|你好|您好|侬好/giu;

// Review 10: "小同志，我跟你讲啊，您好，我换了个新手机…" (drill 184) and "你好，我想问一下。你好，我好像被骗了！"
// (drill 186) stitched the persona's lead-in to the scenario's own greeting. An opening greets once.
describe('review 10: a customer opens with one greeting, not two stitched together', () => {
  for (const lang of LANGS)
    it(`${lang}: no persona's opening on any scenario greets twice`, () => {
      const customer = new ScriptedCustomer();
      for (const scenario of library.scenarios.values())
        for (const persona of library.personas.values())
          for (const seed of [184, 186, 5, 6, 7]) {
            const { text } = customer.open(scenario, persona, lang, seed);
            // "你好你好"/"您好您好" is one warm greeting; "Ni hao, hello." is Amara's one greeting in two languages.
            const once = text.replace(/(你好|您好)\1/gu, '$1').replace(/^Ni hao, /u, '');
            const greetings = [...once.matchAll(GREETING)];
            const where = `${persona.id} on ${scenario.id}: ${text}`;
            expect(greetings.length, where).toBeLessThanOrEqual(1);
            // The greeting comes first ("Um, hi.", "哎，你好"), never after a lead-in has started talking.
            expect(greetings[0]?.index ?? 0, where).toBeLessThan(5);
          }
    });

  it("the reviewers' two openings read as one greeting each", () => {
    const customer = new ScriptedCustomer();
    const wang = library.personas.get('retired-teacher-wang');
    const chen = library.personas.get('teacher-chen');
    const face = library.scenarios.get('face-login-fails-app');
    const sms = library.scenarios.get('phishing-sms-clicked');
    if (!wang || !chen || !face || !sms) throw new Error('content missing');
    expect(customer.open(face, wang, 'zh', 184).text).not.toMatch(/我跟你讲啊，您好/u);
    expect(customer.open(sms, chen, 'zh', 186).text).not.toMatch(/我想问一下。你好/u);
    expect(customer.open(sms, wang, 'en', 184).text).not.toMatch(/let me tell you, hello/iu);
    expect(customer.open(sms, chen, 'en', 186).text).not.toMatch(/something\. hello/iu);
  });
});
