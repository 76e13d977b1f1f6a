import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CircuitBreaker } from '../../src/llm/breaker.ts';
import { LlmClient, stripFences } from '../../src/llm/client.ts';
import { LlmFailure } from '../../src/llm/errors.ts';
import { captureBody } from '../support/openai-body.ts';

const BASE = 'https://llm.example.test/v1';
const Answer = z.object({ text: z.string(), score: z.number() });

beforeAll(() => {
  nock.disableNetConnect();
});
afterEach(() => {
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

function client(options: Partial<ConstructorParameters<typeof LlmClient>[0]> = {}) {
  return new LlmClient({
    apiKey: 'sk-test',
    baseURL: BASE,
    timeoutMs: 500,
    maxRetries: 2,
    structuredOutput: 'auto',
    breaker: new CircuitBreaker(3, 60_000),
    ...options,
  });
}

const call = {
  role: 'customer' as const,
  model: 'm-1',
  system: 'SYSTEM PREFIX',
  user: 'turn part',
  schema: Answer,
  name: 'answer',
  temperature: 0.7,
};

const completion = (content: string | null, extra: Record<string, unknown> = {}) => ({
  id: 'c1',
  object: 'chat.completion',
  created: 1,
  model: 'm-1',
  choices: [
    { index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null, ...extra } },
  ],
  usage: {
    prompt_tokens: 120,
    completion_tokens: 15,
    total_tokens: 135,
    prompt_tokens_details: { cached_tokens: 64 },
  },
});

describe('LLM client at the HTTP boundary', () => {
  it('sends a json_schema request built from the zod schema and records token usage', async () => {
    const captured = captureBody();
    nock(BASE)
      .post('/chat/completions', captured.matcher)
      .matchHeader('authorization', 'Bearer sk-test')
      .reply(200, completion('{"text":"hi","score":3}'));
    const r = await client().structured(call);
    expect(r.data).toEqual({ text: 'hi', score: 3 });
    expect(captured.body().model).toBe('m-1');
    expect(captured.body().temperature).toBe(0.7);
    expect(captured.body().messages).toEqual([
      { role: 'system', content: 'SYSTEM PREFIX' },
      { role: 'user', content: 'turn part' },
    ]);
    expect(captured.body().response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'answer', strict: true },
    });
    expect(captured.body().response_format?.json_schema?.schema.required).toEqual(['text', 'score']);
    expect(r.usage).toMatchObject({
      role: 'customer',
      model: 'm-1',
      promptTokens: 120,
      completionTokens: 15,
      cachedTokens: 64,
      attempts: 1,
      ok: true,
    });
  });

  it('honours retry-after on 429 and then succeeds', async () => {
    nock(BASE)
      .post('/chat/completions')
      .reply(429, { error: { message: 'slow down' } }, { 'retry-after': '1' });
    nock(BASE).post('/chat/completions').reply(200, completion('{"text":"ok","score":1}'));
    const started = Date.now();
    const r = await client().structured(call);
    expect(r.data.text).toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it.each([
    [
      '5xx',
      () =>
        nock(BASE)
          .post('/chat/completions')
          .times(3)
          .reply(503, { error: { message: 'down' } }),
      'server',
    ],
    [
      'connection reset',
      () =>
        nock(BASE)
          .post('/chat/completions')
          .times(3)
          .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' }),
      'connection',
    ],
    [
      'timeout',
      () =>
        nock(BASE)
          .post('/chat/completions')
          .times(3)
          .delay(1500)
          .reply(200, completion('{"text":"late","score":0}')),
      'timeout',
    ],
  ] as const)('gives up on %s after the bounded retries', async (_name, mock, kind) => {
    mock();
    const err = await client()
      .structured(call)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmFailure);
    expect((err as LlmFailure).kind).toBe(kind);
    expect((err as { usage: { ok: boolean } }).usage.ok).toBe(false);
  });

  it.each([
    ['invalid JSON', completion('Sure! {not json'), 'invalid-json'],
    ['schema-violating JSON', completion('{"text": 5}'), 'schema'],
    ['empty content', completion(''), 'empty'],
    ['a refusal', completion(null, { refusal: 'I cannot help with that.' }), 'refusal'],
  ] as const)('retries %s once, then fails with a clear kind', async (_name, reply, kind) => {
    nock(BASE).post('/chat/completions').times(2).reply(200, reply);
    const err = (await client()
      .structured(call)
      .catch((e: unknown) => e)) as LlmFailure & { usage: { attempts: number } };
    expect(err.kind).toBe(kind);
    expect(err.usage.attempts).toBe(2);
  });

  it('falls back to JSON mode with the schema in the prompt when json_schema is unsupported, and reads fenced JSON', async () => {
    nock(BASE)
      .post('/chat/completions', (b) => b.response_format?.type === 'json_schema')
      .reply(400, {
        error: {
          message:
            "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
        },
      });
    const second = captureBody();
    nock(BASE)
      .post(
        '/chat/completions',
        (b: { response_format?: { type: string } }) =>
          second.matcher(b) && b.response_format?.type === 'json_object',
      )
      .reply(200, completion('Here it is:\n```json\n{"text":"fenced","score":2}\n```'));
    const c = client();
    expect((await c.structured(call)).data).toEqual({ text: 'fenced', score: 2 });
    expect(second.body().messages[0]?.content).toContain('JSON Schema');
    // The client remembers: the next call goes straight to JSON mode.
    nock(BASE)
      .post('/chat/completions', (b) => b.response_format?.type === 'json_object')
      .reply(200, completion('{"text":"again","score":1}'));
    expect((await c.structured(call)).data.text).toBe('again');
  });

  it('opens the circuit after repeated failures and stops calling the endpoint', async () => {
    nock(BASE)
      .post('/chat/completions')
      .times(6)
      .reply(500, { error: { message: 'down' } });
    const c = client({ maxRetries: 1, breaker: new CircuitBreaker(3, 60_000) });
    for (let i = 0; i < 3; i++) await expect(c.structured(call)).rejects.toMatchObject({ kind: 'server' });
    await expect(c.structured(call)).rejects.toMatchObject({ kind: 'circuit-open' });
    expect(c.breakerOpen).toBe(true);
  });

  it('lets one trial call through after the cooldown', () => {
    let now = 0;
    const b = new CircuitBreaker(2, 1000, () => now);
    b.failure();
    b.failure();
    expect(b.open).toBe(true);
    now = 1001;
    expect(b.open).toBe(false);
    b.failure();
    expect(b.open).toBe(true);
    now = 2500;
    b.success();
    expect(b.open).toBe(false);
  });

  it('extracts JSON from fences or surrounding prose', () => {
    expect(stripFences('```json\n{"a":1}\n```')).toBe('{"a":1}');
    expect(stripFences('Result: {"a":1} done')).toBe('{"a":1}');
    expect(stripFences('{"a":1}')).toBe('{"a":1}');
  });
});
