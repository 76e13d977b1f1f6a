import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { CircuitBreaker } from './breaker.ts';
import { LlmFailure, type LlmFailureKind } from './errors.ts';
import type { LlmRole, UsageRecord } from './usage.ts';

export interface LlmClientOptions {
  apiKey: string;
  baseURL?: string;
  timeoutMs: number;
  /** Retries of transport failures (timeouts, 429 honouring retry-after, 5xx, resets), done by the SDK with backoff. */
  maxRetries: number;
  structuredOutput: 'auto' | 'json_schema' | 'json_object';
  breaker: CircuitBreaker;
  fetch?: typeof fetch;
}

export interface StructuredCall<S extends z.ZodType> {
  role: LlmRole;
  model: string;
  /** The stable, cache-friendly prefix: role, persona, scenario, rules. */
  system: string;
  /** The part that changes every call. */
  user: string;
  schema: S;
  name: string;
  temperature: number;
}

export interface StructuredResult<T> {
  data: T;
  usage: UsageRecord;
}

/** Content failures (bad JSON, wrong shape, empty, refusal) get this many extra attempts. */
const CONTENT_RETRIES = 1;

/**
 * Structured output from any OpenAI-compatible server: json_schema when the server supports it,
 * else JSON mode with the schema in the prompt (fenced JSON tolerated), both validated by the same
 * zod schema. Transport retries are the SDK's; a failing endpoint trips the circuit breaker.
 */
export class LlmClient {
  private readonly openai: OpenAI;
  private mode: 'json_schema' | 'json_object';

  constructor(private readonly o: LlmClientOptions) {
    this.openai = new OpenAI({
      apiKey: o.apiKey,
      baseURL: o.baseURL,
      timeout: o.timeoutMs,
      maxRetries: o.maxRetries,
      fetch: o.fetch,
    });
    this.mode = o.structuredOutput === 'json_object' ? 'json_object' : 'json_schema';
  }

  get breakerOpen(): boolean {
    return this.o.breaker.open;
  }

  async structured<S extends z.ZodType>(call: StructuredCall<S>): Promise<StructuredResult<z.output<S>>> {
    if (this.o.breaker.open)
      throw new LlmFailure(
        'circuit-open',
        'the model endpoint failed repeatedly; using the offline engine for now',
      );
    const started = performance.now();
    const usage: UsageRecord = {
      role: call.role,
      model: call.model,
      promptTokens: 0,
      completionTokens: 0,
      cachedTokens: 0,
      ms: 0,
      attempts: 0,
      ok: false,
    };
    let last: LlmFailure | undefined;
    for (let attempt = 0; attempt <= CONTENT_RETRIES; attempt++) {
      usage.attempts++;
      try {
        const data = await this.once(call, usage);
        usage.ok = true;
        usage.ms = Math.round(performance.now() - started);
        this.o.breaker.success();
        return { data, usage };
      } catch (e) {
        last = e instanceof LlmFailure ? e : toFailure(e);
        // Transport failures were already retried by the SDK; only content failures are worth another try.
        if (!['invalid-json', 'schema', 'empty', 'refusal'].includes(last.kind)) break;
      }
    }
    this.o.breaker.failure();
    usage.ms = Math.round(performance.now() - started);
    usage.error = last?.message;
    throw Object.assign(last ?? new LlmFailure('server', 'unknown failure'), { usage });
  }

  private async once<S extends z.ZodType>(call: StructuredCall<S>, usage: UsageRecord): Promise<z.output<S>> {
    const jsonMode = this.mode === 'json_object';
    const system = jsonMode
      ? `${call.system}\n\nAnswer with one JSON object only, no prose, matching this JSON Schema:\n${JSON.stringify(z.toJSONSchema(call.schema))}`
      : call.system;
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await this.openai.chat.completions.create({
        model: call.model,
        temperature: call.temperature,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: call.user },
        ],
        response_format: jsonMode ? { type: 'json_object' } : zodResponseFormat(call.schema, call.name),
      });
    } catch (e) {
      if (this.o.structuredOutput === 'auto' && !jsonMode && isSchemaUnsupported(e)) {
        this.mode = 'json_object';
        return this.once(call, usage);
      }
      throw toFailure(e);
    }
    usage.promptTokens += completion.usage?.prompt_tokens ?? 0;
    usage.completionTokens += completion.usage?.completion_tokens ?? 0;
    usage.cachedTokens += completion.usage?.prompt_tokens_details?.cached_tokens ?? 0;
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new LlmFailure('refusal', message.refusal);
    const content = message?.content?.trim();
    if (!content) throw new LlmFailure('empty', 'the model returned no content');
    let json: unknown;
    try {
      json = JSON.parse(stripFences(content));
    } catch {
      throw new LlmFailure('invalid-json', `not JSON: ${content.slice(0, 80)}`);
    }
    const parsed = call.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LlmFailure('schema', `${issue?.path.join('.') || 'output'}: ${issue?.message}`);
    }
    return parsed.data;
  }
}

/** The JSON inside a ```json fence, or the outermost {...}, or the text itself. */
export function stripFences(text: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fenced?.[1]) return fenced[1].trim();
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return start >= 0 && end > start ? text.slice(start, end + 1) : text;
}

function isSchemaUnsupported(e: unknown): boolean {
  return e instanceof OpenAI.BadRequestError && /response_format|json_schema|structured/i.test(e.message);
}

function toFailure(e: unknown): LlmFailure {
  const kind: LlmFailureKind =
    e instanceof OpenAI.APIConnectionTimeoutError
      ? 'timeout'
      : e instanceof OpenAI.APIConnectionError
        ? 'connection'
        : e instanceof OpenAI.RateLimitError
          ? 'rate-limit'
          : e instanceof OpenAI.InternalServerError
            ? 'server'
            : e instanceof OpenAI.APIError
              ? 'bad-request'
              : 'server';
  return new LlmFailure(kind, (e as Error).message ?? String(e));
}
