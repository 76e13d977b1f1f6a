import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCore, createModelParts } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import { DEFAULT_CONTENT_DIRS } from '../../src/config/paths.ts';
import { loadLibrary } from '../../src/content/library.ts';
import type { DrillService } from '../../src/drill/service.ts';
import { openStore } from '../../src/store/open-store.ts';
import { CARD_FROZEN_START, steppingClock, TRAINEE } from '../support/engine.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai.ts';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.failAll(undefined);
  fake.reviewErrors = [];
});

const env = () => ({
  OPENAI_API_KEY: 'test-key',
  OPENAI_BASE_URL: fake.url,
  OPENAI_MODEL: 'fake-model',
  OPENAI_TIMEOUT_MS: '1000',
  OPENAI_MAX_RETRIES: '0',
});

async function llmEngine(): Promise<DrillService> {
  const config = loadConfig(env());
  const store = await openStore('memory://');
  return (await createCore({ ...config, STORE_URL: 'memory://' }, { store, clock: steppingClock() })).service;
}

const customerCalls = () => fake.requests.filter((r) => r.schema === 'customer_turn');

describe('the LLM customer’s prompt', () => {
  it('puts the scenario over the persona, gives facts as meaning and asks for varied, short lines', async () => {
    const service = await llmEngine();
    const { drill, scenario } = await service.start({ ...CARD_FROZEN_START, personaId: 'designer-lin' });
    await service.reply(drill.id, TRAINEE.id, 'Hello, how can I help?');
    const system = customerCalls()[0]?.system ?? '';
    expect(system).toContain('THE SCENARIO OVERRIDES THE PERSONA');
    expect(system).toContain('Avoid fixed sentence patterns');
    expect(system).toMatch(/one or two short sentences|one short sentence/);
    expect(system).toContain('at most ONE per question');
    expect(system).toContain('card ending 3358');
    expect(system).not.toContain('card ending 0627');
    for (const f of scenario.hiddenFacts) {
      expect(system).toContain(f.fact.en);
      for (const says of f.says.en) expect(system).not.toContain(says);
    }
  });

  it('briefs an impostor on how a social engineer escalates and when it gives up, not on "being resolved"', async () => {
    const service = await llmEngine();
    const { drill } = await service.start({
      trainee: TRAINEE,
      scenarioId: 'impostor-password-reset',
      lang: 'en',
      seed: 2,
    });
    await service.reply(drill.id, TRAINEE.id, 'Hello, Huaxin Bank, how can I help?');
    const system = customerCalls()[0]?.system ?? '';
    expect(system).toContain('You are a social engineer');
    expect(system).toMatch(/Give up only after the agent has refused firmly at least three times/);
    expect(system).toContain('Of her details you know ONLY: name Zhou Guilan, phone 138 0571 6624');
    expect(system).not.toMatch(/resolved when/i);
  });
});

describe('the LLM customer’s safety checks', () => {
  it('rejects a line that volunteers a phone number, retries once, and keeps the model when the retry is safe', async () => {
    const service = await llmEngine();
    const { drill } = await service.start(CARD_FROZEN_START);
    fake.nextCustomer({ text: 'My number is 186 0057 1943, by the way.' });
    const r = await service.reply(drill.id, TRAINEE.id, 'Hello, thanks for contacting Huaxin Bank.');
    expect(customerCalls()).toHaveLength(2);
    expect(r.customer?.text).not.toContain('186 0057 1943');
    expect(r.notices).toBeUndefined();
    expect(r.customer?.fallback).toBeUndefined();
  });

  it('after two failed calls the offline twin answers the turn and the switch is noted', async () => {
    const service = await llmEngine();
    const { drill } = await service.start(CARD_FROZEN_START);
    fake.failAll('invalid-json');
    const r = await service.reply(drill.id, TRAINEE.id, 'Hello, thanks for contacting Huaxin Bank.');
    expect(r.customer?.fallback).toMatch(/retried once/);
    expect(r.notices?.map((n) => n.en).join(' ')).toMatch(/Model unavailable: invalid-json, retried once/);
  });

  it('never lets the model say a code it was not asked for, nor stay satisfied after a fatal breach', async () => {
    const service = await llmEngine();
    const { drill } = await service.start(CARD_FROZEN_START);
    fake.nextCustomer({ text: 'The code is 482913.' });
    const r = await service.reply(drill.id, TRAINEE.id, 'Hello, thanks for contacting Huaxin Bank.');
    expect(r.customer?.text).not.toMatch(/482913/);
    await service.reply(
      drill.id,
      TRAINEE.id,
      'Please tell me the SMS code we just sent you so I can unlock the card.',
    );
    fake.nextCustomer({ satisfied: true, finished: true, reason: 'resolved' });
    const after = await service.reply(drill.id, TRAINEE.id, 'Thank you, goodbye!');
    expect(after.ended).toBeUndefined();
    expect(after.drill.customer.satisfied).toBe(false);
  });

  it('does not end "resolved" before the trainee closes, even when the model says it is finished', async () => {
    const service = await llmEngine();
    const { drill } = await service.start(CARD_FROZEN_START);
    fake.nextCustomer({ satisfied: true, finished: true, reason: 'resolved' });
    const r = await service.reply(drill.id, TRAINEE.id, 'Hello, thanks for contacting Huaxin Bank.');
    expect(r.ended).toBeUndefined();
    const bye = await service.reply(drill.id, TRAINEE.id, 'Thanks for your patience, have a great day, bye!');
    expect(bye.ended?.reason).toBe('resolved');
  });
});

describe('the end-of-drill review of the simulator', () => {
  it('reports rule findings and quoted model findings, drops unverifiable ones, and gives the error rate', async () => {
    const { library } = loadLibrary(DEFAULT_CONTENT_DIRS);
    const scenario = library.scenarios.get('card-frozen-after-travel');
    const persona = library.personas.get('designer-lin');
    if (!scenario || !persona) throw new Error('content missing');
    const models = createModelParts(loadConfig(env()));
    const transcript = [
      { speaker: 'customer' as const, text: 'Hi, my card is blocked.' },
      { speaker: 'agent' as const, text: 'Which card is it?' },
      { speaker: 'customer' as const, text: 'The card ending 0627, how can I help you today?' },
      { speaker: 'agent' as const, text: 'Thanks.' },
      { speaker: 'customer' as const, text: 'Fine, thanks, bye.' },
    ];
    fake.reviewErrors = [
      { kind: 'early-stop', index: 4, quote: 'thanks, bye', note: 'left early' },
      { kind: 'contradicted-fact', index: 4, quote: 'words nobody said', note: 'invented' },
    ];
    const review = await models?.customer.review({
      scenario,
      persona,
      lang: 'en',
      transcript,
      endReason: 'resolved',
    });
    const kinds = review?.errors.map((e) => `${e.by}:${e.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['rules:role-swap', 'rules:contradicted-fact', 'rules:early-stop']),
    );
    expect(review?.errors.some((e) => e.quote === 'words nobody said')).toBe(false);
    expect(review?.reviewer).toBe('rules+llm:fake-model');
    expect(review?.rate).toBeCloseTo((review?.errors.length ?? 0) / 3);
  });
});
