// A small OpenAI-compatible chat-completions server for tests and offline demos. It answers plain,
// JSON-mode and json_schema requests with plausible scripted content for CSC Drill's roles, and can
// be told to fail in every way real endpoints do. Demo: npx tsx test/support/fake-openai.ts 4010
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';

export type FailMode =
  | 'timeout'
  | '429'
  | '500'
  | 'reset'
  | 'invalid-json'
  | 'schema'
  | 'empty'
  | 'refusal'
  | 'fenced';

export interface RecordedRequest {
  schema: string;
  model: string;
  temperature?: number;
  responseFormat?: string;
  system: string;
  user: string;
  promptTokens: number;
}

export interface FakeOpenAI {
  url: string;
  requests: RecordedRequest[];
  /** Fail the next requests, one mode each, in order. */
  failNext(...modes: FailMode[]): void;
  /** Fail every request with this mode until cleared with undefined. */
  failAll(mode: FailMode | undefined): void;
  /** Answer json_schema requests with 400 as servers without structured-output support do. */
  rejectJsonSchema: boolean;
  /** Override fields of the next customer turn the fake would produce. */
  nextCustomer(overrides: Record<string, unknown>): void;
  /** The judge's quotes: real words of the transcript, or invented ones. */
  judgeQuotes: 'real' | 'invented';
  /** Delay before every answer, to stand in for model latency. */
  latencyMs: number;
  /** What the customer review answers (errors it claims to have found). */
  reviewErrors: { kind: string; index: number; quote: string; note: string }[];
  close(): Promise<void>;
}

const tokens = (text: string) => Math.ceil(text.length / 4);

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const EN_LINES = [
  'Okay... and what exactly happens next with my case?',
  'Right, but how long will that take?',
  'Fine. Is there anything I need to do on my side?',
  'Hmm, I see. What else do you need from me?',
  'Alright, can you check that for me now?',
];
const ZH_LINES = [
  '好吧……那接下来具体怎么处理？',
  '那大概要多久？',
  '行，那我这边需要做什么吗？',
  '嗯，明白了，你还需要我提供什么？',
  '那你现在能帮我查一下吗？',
];

function customerTurn(system: string, user: string, overrides: Record<string, unknown>) {
  const zh = /in Chinese\.\s*$/.test(user.trim());
  const trainee = /<trainee_message>\n([\s\S]*?)\n<\/trainee_message>/.exec(user)?.[1] ?? '';
  const turn = Number(/Agent turn (\d+) of/.exec(user)?.[1] ?? '1');
  const mood = Number(/Your mood: ([\d.]+)/.exec(user)?.[1] ?? '1');
  const already = (/Hidden facts already revealed: ([^.]*)\./.exec(user)?.[1] ?? '').split(', ');
  const facts = [...system.matchAll(/^ {2}\[([a-z0-9-]+)\] (.*) \(comes out when/gm)].map((m) => ({
    id: m[1] as string,
    says: m[2] as string,
  }));
  const manipulation = /ignore (?:your|all|previous)|full marks|满分|忽略/i.test(trainee);
  const done = /Still not answered for you: nothing\./.test(user);
  const farewell = /\b(?:bye|goodbye|have a (?:great|good|nice) day)\b|再见|拜拜/i.test(trainee);
  const fact = /[?？吗]/.test(trainee) ? facts.find((f) => !already.includes(f.id)) : undefined;
  const lines = zh ? ZH_LINES : EN_LINES;
  let text = lines[(turn - 1) % lines.length] as string;
  if (fact) text = `${fact.says} ${text}`;
  if (manipulation)
    text = zh
      ? '你在说什么？我只想把我的问题解决了。'
      : 'What are you talking about? I just want my problem sorted.';
  if (done) text = zh ? '好的，都清楚了，谢谢你！' : "Great, that's all clear now. Thanks!";
  if (done && farewell) text = zh ? '好，再见！' : 'Okay, bye!';
  text = `${text}${zh ? '' : ' '}${zh ? `（第${turn}次）` : `(#${turn})`}`;
  const calmer = /sorry|understand|抱歉|理解/i.test(trainee);
  return {
    direction: fact ? 'Share the detail the agent asked about.' : 'Push for the next step.',
    text,
    emotion: Math.max(0, Math.min(4, mood + (calmer ? -1 : 0.5))),
    revealed: fact ? [fact.id] : [],
    satisfied: done,
    finished: done && farewell,
    reason: done && farewell ? 'resolved' : 'none',
    manipulation,
    ...overrides,
  };
}

function tags(user: string) {
  const text = /<reply>\n([\s\S]*?)\n<\/reply>/.exec(user)?.[1] ?? '';
  const turn = Number(/Agent turn index: (\d+)/.exec(user)?.[1] ?? '1');
  const upset = /visibly upset: yes/.test(user);
  const context = /Customer's previous message: (.*)/.exec(user)?.[1] ?? '';
  const r = defaultTagger().tag({ text, turn, upset, context });
  return {
    strategies: r.strategies.map((s) => ({
      code: s.code,
      confidence: s.confidence,
      evidence: s.evidence.map((e) => e.text),
    })),
    primary: r.primary,
  };
}

function judge(user: string, quotes: 'real' | 'invented') {
  const ids = [...user.matchAll(/^([a-z][a-z:-]+): /gm)]
    .map((m) => m[1] as string)
    .filter((id) => !['Scenario', 'Identity'].includes(id));
  const boundary = /^<transcript-([0-9a-f]+)>$/m.exec(user)?.[1];
  const block = boundary
    ? (user.split(`<transcript-${boundary}>\n`)[1]?.split(`\n</transcript-${boundary}>`)[0] ?? '')
    : '';
  const lines = block
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { turn: number; speaker: string; text: string })
    .map((t) => ({ i: t.turn, speaker: t.speaker, text: t.text }));
  const firstAgent = lines.find((l) => l.speaker === 'agent');
  return {
    checks: ids.map((id) => {
      if (!firstAgent) return { id, result: 'na', turn: null, quote: null };
      const quote =
        quotes === 'real'
          ? firstAgent.text.slice(0, Math.min(12, firstAgent.text.length))
          : 'words nobody ever said';
      return { id, result: id === 'greeting' || id === 'polite' ? 'yes' : 'na', turn: firstAgent.i, quote };
    }),
  };
}

function plan(user: string) {
  const opening =
    /The scenario's own opening line, to keep close to: (.*)$/m.exec(user)?.[1] ?? 'Hello, I need some help.';
  return {
    situation: 'It is a weekday evening; I am writing from my phone after work and want this sorted tonight.',
    openingLine: opening,
  };
}

export async function startFakeOpenAI(port = 0): Promise<FakeOpenAI> {
  const queue: FailMode[] = [];
  let always: FailMode | undefined;
  let customerOverrides: Record<string, unknown> = {};
  const fake: FakeOpenAI = {
    url: '',
    requests: [],
    failNext: (...modes) => queue.push(...modes),
    failAll: (mode) => {
      always = mode;
    },
    rejectJsonSchema: false,
    nextCustomer: (o) => {
      customerOverrides = o;
    },
    judgeQuotes: 'real',
    latencyMs: 0,
    reviewErrors: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const body = await readBody(req);
    const messages = (body.messages ?? []) as { role: string; content: string }[];
    const system = messages.find((m) => m.role === 'system')?.content ?? '';
    const user = messages
      .filter((m) => m.role !== 'system')
      .map((m) => m.content)
      .join('\n');
    const format = body.response_format as { type?: string; json_schema?: { name?: string } } | undefined;
    const schema =
      format?.json_schema?.name ??
      (/"openingLine"/.test(system)
        ? 'customer_plan'
        : /"manipulation"/.test(system)
          ? 'customer_turn'
          : /"primary"/.test(system)
            ? 'strategy_tags'
            : /"checks"/.test(system)
              ? 'scorecard_checks'
              : 'text');
    const promptTokens = tokens(system) + tokens(user);
    fake.requests.push({
      schema,
      model: String(body.model),
      temperature: body.temperature as number | undefined,
      responseFormat: format?.type,
      system,
      user,
      promptTokens,
    });

    const mode = queue.shift() ?? always;
    if (fake.latencyMs > 0) await new Promise((r) => setTimeout(r, fake.latencyMs));
    if (mode === 'reset') return void req.socket.destroy();
    if (mode === 'timeout') return void setTimeout(() => res.destroyed || res.end(), 60_000).unref();
    if (mode === '429') {
      res
        .writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '20' })
        .end('{"error":{"message":"rate limited","type":"rate_limit"}}');
      return;
    }
    if (mode === '500') {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end('{"error":{"message":"upstream failure"}}');
      return;
    }
    if (fake.rejectJsonSchema && format?.type === 'json_schema') {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(
          '{"error":{"message":"response_format type json_schema is not supported by this model","type":"invalid_request_error"}}',
        );
      return;
    }

    let data: unknown;
    if (schema === 'customer_plan') data = plan(user);
    else if (schema === 'customer_turn') {
      data = customerTurn(system, user, customerOverrides);
      customerOverrides = {};
    } else if (schema === 'strategy_tags') data = tags(user);
    else if (schema === 'scorecard_checks') data = judge(user, fake.judgeQuotes);
    else if (schema === 'customer_review') data = { errors: fake.reviewErrors };
    let content: string | null = format ? JSON.stringify(data) : 'Hello! How can I help?';
    let refusal: string | null = null;
    if (mode === 'invalid-json') content = 'Sure! Here is the answer: {not json';
    if (mode === 'schema') content = JSON.stringify({ unexpected: true });
    if (mode === 'empty') content = '';
    if (mode === 'refusal') {
      content = null;
      refusal = "I'm sorry, I can't help with that.";
    }
    if (mode === 'fenced') content = `Here you go:\n\`\`\`json\n${content}\n\`\`\``;
    const completion = {
      id: `chatcmpl-${fake.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal } }],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: tokens(content ?? ''),
        total_tokens: promptTokens + tokens(content ?? ''),
        prompt_tokens_details: { cached_tokens: Math.floor(tokens(system) / 128) * 128 },
      },
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fake = await startFakeOpenAI(Number(process.argv[2] ?? 4010));
  console.log(`fake OpenAI-compatible server: OPENAI_BASE_URL=${fake.url} OPENAI_API_KEY=anything`);
}
