import { describe, expect, it } from 'vitest';
import { DrillError } from '../../src/drill/errors.ts';
import type { Scorecard } from '../../src/evaluate/scorecard-model.ts';
import {
  CARD_FROZEN_START,
  COMPETENT_CARD_FROZEN_EN,
  CURT_CARD_FROZEN_EN,
  memoryEngine,
  play,
  steppingClock,
  TRAINEE,
} from '../support/engine.ts';

const START = CARD_FROZEN_START;

async function runToScorecard(lines: readonly string[], seed = 42) {
  const service = await memoryEngine({ clock: steppingClock() });
  const { drill } = await service.start({ ...START, seed });
  const results = await play(service, drill.id, lines);
  const ended = results.at(-1)?.ended ?? (await service.end(drill.id, TRAINEE.id)).ended;
  const { transcript } = await service.status(drill.id);
  return { service, drill, results, ended, transcript };
}

const result = (card: Scorecard, id: string) => card.checks.find((c) => c.id === id)?.result;

describe('a drill from start to scorecard', () => {
  it('a polite, competent conversation resolves and passes; a curt one fails far below, with the reasons in the checks', async () => {
    const good = await runToScorecard(COMPETENT_CARD_FROZEN_EN);
    const bad = await runToScorecard(CURT_CARD_FROZEN_EN);

    expect(good.ended.reason).toBe('resolved');
    expect(good.ended.scorecard.passed).toBe(true);
    expect(good.ended.scorecard.overall).toBeGreaterThanOrEqual(85);
    expect(bad.ended.scorecard.passed).toBe(false);
    expect(good.ended.scorecard.overall - bad.ended.scorecard.overall).toBeGreaterThanOrEqual(50);

    for (const id of [
      'greeting',
      'identity-verified',
      'action-taken',
      'goal-met',
      'knowledge:unfreeze-verification',
    ]) {
      expect(result(good.ended.scorecard, id), id).toBe('yes');
      expect(result(bad.ended.scorecard, id), id).toBe('no');
    }
    // The competent trainee calmed the customer before anger showed; the curt one let it show and ignored it.
    expect(result(good.ended.scorecard, 'empathy')).not.toBe('no');
    expect(result(bad.ended.scorecard, 'empathy')).toBe('no');
    expect(result(bad.ended.scorecard, 'no-blame')).toBe('no');
    expect(bad.ended.scorecard.improvements).toHaveLength(3);
    for (const imp of bad.ended.scorecard.improvements) expect(imp.trySaying.length).toBeGreaterThan(10);
  });

  it('reveals a hidden fact only when the trainee asks for it', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill, scenario } = await service.start(START);
    const fact = scenario.hiddenFacts.find((f) => f.id === 'bangkok-purchase');
    const silent = await service.reply(drill.id, TRAINEE.id, 'Hello, thanks for contacting Huaxin Bank.');
    expect(silent.customer?.text).not.toMatch(/bangkok/i);
    expect(silent.customer?.revealed).toBeUndefined();
    const asked = await service.reply(
      drill.id,
      TRAINEE.id,
      'Did you make any large purchase abroad recently?',
    );
    expect(fact?.says.en.some((s) => s.toLowerCase().includes('bangkok'))).toBe(true);
    expect(asked.customer?.text).toMatch(/bangkok/i);
    expect(asked.customer?.revealed).toEqual(['bangkok-purchase']);
  });

  it('answers identity questions with the persona’s name and the scenario’s card', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill, persona, scenario } = await service.start(START);
    const r = await service.reply(
      drill.id,
      TRAINEE.id,
      'Could you confirm your full name and the last four digits of your card?',
    );
    expect(r.customer?.text.toLowerCase()).toContain(persona.identity.fullName.en.toLowerCase());
    expect(r.customer?.text).toContain(scenario.identity?.cardLastFour);
    expect(r.customer?.text).not.toContain(persona.identity.cardLastFour);
  });

  it('gives the same transcript and scorecard for the same seed and input', async () => {
    const a = await runToScorecard(COMPETENT_CARD_FROZEN_EN.slice(0, 5), 7);
    const b = await runToScorecard(COMPETENT_CARD_FROZEN_EN.slice(0, 5), 7);
    const text = (t: typeof a.transcript) => t.map((e) => `${e.speaker}: ${e.text}`);
    expect(text(a.transcript)).toEqual(text(b.transcript));
    expect(a.ended.scorecard).toEqual(b.ended.scorecard);
  });

  it('never repeats a customer line verbatim, even when the trainee does', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill } = await service.start({
      ...START,
      scenarioId: 'transfer-stuck-processing',
      personaId: undefined,
    });
    const results = await play(service, drill.id, Array(30).fill('I see.'));
    const { transcript } = await service.status(drill.id);
    const lines = transcript.filter((e) => e.speaker === 'customer').map((e) => e.text);
    expect(new Set(lines).size).toBe(lines.length);
    expect(results.at(-1)?.ended?.reason).toBe('customer-gave-up');
  });

  it('fails the drill on a fatal compliance breach, quoting it', async () => {
    const { ended, transcript } = await runToScorecard([
      COMPETENT_CARD_FROZEN_EN[0] as string,
      'Please tell me the SMS code we just sent you so I can unlock the card.',
      ...COMPETENT_CARD_FROZEN_EN.slice(1),
    ]);
    const breach = ended.scorecard.checks.find((c) => c.id === 'no-forbidden-claim');
    expect(breach).toMatchObject({ result: 'no', fatal: true, ref: 'ask-sms-code' });
    expect(transcript[(breach?.turn as number) - 1]?.text).toContain(breach?.quote);
    expect(ended.scorecard.fatal).toBe(true);
    expect(ended.scorecard.passed).toBe(false);
  });

  it('every evidence quote occurs verbatim in the transcript entry it points at', async () => {
    for (const lines of [COMPETENT_CARD_FROZEN_EN, CURT_CARD_FROZEN_EN]) {
      const { ended, transcript } = await runToScorecard(lines);
      const quoted = ended.scorecard.checks.filter((c) => c.quote !== undefined);
      expect(quoted.length).toBeGreaterThan(0);
      for (const c of quoted) expect(transcript[(c.turn as number) - 1]?.text, c.id).toContain(c.quote);
    }
  });

  it('flags an impostor disclosure as a fatal leak', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill } = await service.start({
      trainee: TRAINEE,
      scenarioId: 'impostor-password-reset',
      lang: 'en',
      seed: 3,
    });
    await service.reply(
      drill.id,
      TRAINEE.id,
      'Hello, this is Huaxin Bank. What is your mother’s date of birth?',
    );
    await service.reply(drill.id, TRAINEE.id, 'Her card ends in 7351 and she was born on 1950-11-23, right?');
    const { ended } = await service.end(drill.id, TRAINEE.id);
    expect(ended.scorecard.checks.find((c) => c.id === 'no-data-leak')).toMatchObject({
      result: 'no',
      fatal: true,
    });
    expect(ended.scorecard.passed).toBe(false);
  });
});

describe('modes, hints and bad input', () => {
  it('practice mode shows tags and gives hints with a knowledge entry', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill } = await service.start(START);
    const r = await service.reply(
      drill.id,
      TRAINEE.id,
      'Hello, thanks for contacting Huaxin Bank. How can I help?',
    );
    expect(r.tags?.primary).toBe('GT');
    const hint = await service.hint(drill.id, TRAINEE.id);
    expect(['EM', 'IV', 'RP', 'PR']).toContain(hint.strategy);
    expect(hint.reason).not.toBe('');
    expect(hint.knowledge?.text).toBeTruthy();
  });

  it('exam mode hides tags until the scorecard and refuses hints', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill } = await service.start({ ...START, mode: 'exam' });
    const r = await service.reply(drill.id, TRAINEE.id, 'Hello, thanks for contacting Huaxin Bank.');
    expect(r.tags).toBeUndefined();
    await expect(service.hint(drill.id, TRAINEE.id)).rejects.toMatchObject({ code: 'hint-in-exam' });
    const { ended } = await service.end(drill.id, TRAINEE.id);
    expect(ended.scorecard.timeline[0]?.primary).toBe('GT');
  });

  it('refuses empty and oversized messages with a clear error and stores nothing', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill } = await service.start(START);
    await expect(service.reply(drill.id, TRAINEE.id, '   ')).rejects.toMatchObject({ code: 'empty-message' });
    const huge = 'x'.repeat(5000);
    const err = await service.reply(drill.id, TRAINEE.id, huge).catch((e: DrillError) => e);
    expect(err).toBeInstanceOf(DrillError);
    expect((err as DrillError).userMessage.en).toContain('5000');
    const { transcript } = await service.status(drill.id);
    expect(transcript).toHaveLength(1);
  });

  it('ignores someone else replying in the drill', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill } = await service.start(START);
    await expect(service.reply(drill.id, 'observer', 'hi')).rejects.toMatchObject({ code: 'not-yours' });
  });

  it('ends an idle drill with a scorecard instead of answering', async () => {
    const clock = steppingClock();
    const service = await memoryEngine({ clock });
    const { drill } = await service.start(START);
    clock.advance(31 * 60_000);
    const r = await service.reply(drill.id, TRAINEE.id, 'Sorry, I was away. Hello!');
    expect(r.timedOut).toBe(true);
    expect(r.ended?.reason).toBe('idle-timeout');
    expect(r.customer).toBeUndefined();
  });

  it('starting a new drill abandons the open one and scores it', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const first = await service.start(START);
    const second = await service.start({
      ...START,
      scenarioId: 'face-login-fails-app',
      personaId: undefined,
    });
    expect(second.abandoned?.drill.id).toBe(first.drill.id);
    expect(second.abandoned?.ended.reason).toBe('abandoned');
    expect((await service.list(TRAINEE.id)).active?.id).toBe(second.drill.id);
  });

  it('chooses a scenario and persona when none are given, and names the closest match for a typo', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const started = await service.start({ trainee: TRAINEE, seed: 5 });
    expect(started.scenario.suggestedPersonas).toContain(started.persona.id);
    await expect(service.start({ trainee: TRAINEE, scenarioId: 'card-frozen' })).rejects.toMatchObject({
      code: 'unknown-scenario',
      userMessage: { en: expect.stringContaining('Did you mean card-frozen-after-travel?') },
    });
  });

  it('plays a whole drill in Chinese', async () => {
    const service = await memoryEngine({ clock: steppingClock() });
    const { drill, opening } = await service.start({ ...START, lang: 'zh' });
    expect(opening.text).toMatch(/[\u4e00-\u9fff]/);
    const r = await service.reply(drill.id, TRAINEE.id, '您好，欢迎咨询华信银行，请问有什么可以帮您？');
    expect(r.tags?.primary).toBe('GT');
    expect(r.customer?.text).toMatch(/[\u4e00-\u9fff]/);
  });
});
