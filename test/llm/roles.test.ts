import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadValidLibrary } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import { LlmJudge } from '../../src/evaluate/llm-judge.ts';
import { LlmTagger } from '../../src/evaluate/llm-tagger.ts';
import { CircuitBreaker } from '../../src/llm/breaker.ts';
import { LlmClient } from '../../src/llm/client.ts';
import { PROMPT_VERSION } from '../../src/llm/prompt-version.ts';
import { captureBody } from '../support/openai-body.ts';

const BASE = 'https://llm.example.test/v1';
const library = loadValidLibrary(loadConfig({}));
const scenario = library.scenarios.get('card-frozen-after-travel');
const client = () =>
  new LlmClient({
    apiKey: 'k',
    baseURL: BASE,
    timeoutMs: 2000,
    maxRetries: 0,
    structuredOutput: 'auto',
    breaker: new CircuitBreaker(5, 1000),
  });
const reply = (content: unknown) => ({
  id: 'c',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [
    {
      index: 0,
      finish_reason: 'stop',
      message: { role: 'assistant', content: JSON.stringify(content), refusal: null },
    },
  ],
  usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('LLM tagger', () => {
  const text = "I'm so sorry about that. I've unfrozen your card, reference UF123.";

  it('asks at temperature 0 with the reply delimited, and keeps only labels whose evidence occurs in the reply', async () => {
    const captured = captureBody();
    nock(BASE)
      .post('/chat/completions', captured.matcher)
      .reply(
        200,
        reply({
          primary: 'RI',
          strategies: [
            { code: 'RI', confidence: 0.9, evidence: ["I've unfrozen your card"] },
            { code: 'EM', confidence: 0.6, evidence: ["I'm so sorry about that."] },
            { code: 'FR', confidence: 0.7, evidence: ['Is there anything else?'] },
          ],
        }),
      );
    const { tags, usage } = await new LlmTagger(client(), 'tagger-m').tag({
      text,
      lang: 'en',
      context: 'my card is frozen!!',
      turn: 3,
      upset: true,
    });
    expect(captured.body().temperature).toBe(0);
    expect(captured.body().model).toBe('tagger-m');
    expect(captured.body().response_format?.json_schema?.name).toBe('strategy_tags');
    expect(captured.body().messages[1]?.content).toContain(`<reply>\n${text}\n</reply>`);
    expect(tags.primary).toBe('RI');
    expect(tags.stage).toBe('resolving');
    expect(tags.strategies.map((s) => s.code)).toEqual(['RI', 'EM']);
    expect(tags.strategies[0]?.evidence[0]).toEqual({ text: "I've unfrozen your card", start: 25, end: 48 });
    expect(usage.role).toBe('tagger');
  });

  it('fails (so the offline tags stand) when no label can be pointed at in the reply', async () => {
    nock(BASE)
      .post('/chat/completions')
      .reply(
        200,
        reply({ primary: 'GT', strategies: [{ code: 'GT', confidence: 1, evidence: ['Hello there'] }] }),
      );
    await expect(
      new LlmTagger(client(), 'm').tag({ text, lang: 'en', context: '', turn: 0, upset: false }),
    ).rejects.toMatchObject({
      kind: 'schema',
    });
  });
});

describe('LLM judge', () => {
  it('asks every check at temperature 0 with the transcript as data, and records its prompt version', async () => {
    const captured = captureBody();
    nock(BASE)
      .post('/chat/completions', captured.matcher)
      .reply(
        200,
        reply({
          checks: [
            { id: 'greeting', result: 'yes', turn: 2, quote: 'Hello' },
            { id: 'bogus', result: 'no', turn: null, quote: null },
          ],
        }),
      );
    const transcript = [
      { speaker: 'customer' as const, text: 'My card is blocked' },
      { speaker: 'agent' as const, text: 'Hello, I can help.' },
    ];
    const r = await new LlmJudge(client(), 'judge-m').judge({
      scenario: scenario as NonNullable<typeof scenario>,
      lang: 'en',
      transcript,
    });
    expect(captured.body().temperature).toBe(0);
    expect(captured.body().response_format?.json_schema?.name).toBe('scorecard_checks');
    const user = captured.body().messages[1]?.content as string;
    expect(user).toMatch(
      /<transcript-(\w+)>\n\{"turn":1,"speaker":"customer","text":"My card is blocked"\}\n\{"turn":2,"speaker":"agent","text":"Hello, I can help\."\}\n<\/transcript-\1>/,
    );
    expect(user).toContain('knowledge:freeze-reason: Did the agent convey');
    // The model numbers turns from 1, as the scorecard does: its turn 2 is the scorecard's turn 2.
    expect(r.answers).toEqual([{ id: 'greeting', result: 'yes', turn: 2, quote: 'Hello' }]);
    expect(r.judge).toBe(`llm:judge-m:${PROMPT_VERSION}`);
  });
});
