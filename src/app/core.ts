import type { Config } from '../config/config.ts';
import { contentDirs } from '../content/dirs.ts';
import { formatContentError } from '../content/errors.ts';
import { type Library, loadLibrary } from '../content/library.ts';
import { defaultTagger } from '../csc/tagger/tagger.ts';
import { LlmCustomer } from '../customer/llm-customer.ts';
import { ScriptedCustomer } from '../customer/scripted.ts';
import { Catalogue } from '../drill/catalogue.ts';
import { DrillService } from '../drill/service.ts';
import { LlmJudge } from '../evaluate/llm-judge.ts';
import { LlmTagger } from '../evaluate/llm-tagger.ts';
import { CircuitBreaker } from '../llm/breaker.ts';
import { LlmClient } from '../llm/client.ts';
import { DrillRepository } from '../store/drill-repository.ts';
import { type OpenStore, openStore } from '../store/open-store.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Loads the content library and refuses to start on any invalid file, listing every error. */
export function loadValidLibrary(config: Config): Library {
  const { library, errors } = loadLibrary(contentDirs(config));
  if (errors.length) {
    throw new ContentError(
      `Content has ${errors.length} error(s):\n${errors.map(formatContentError).join('\n')}`,
    );
  }
  return library;
}

/** The model-backed parts when OPENAI_API_KEY is set; each keeps its offline twin as the fallback. */
export function createModelParts(config: Config, fetchImpl?: typeof fetch) {
  if (!config.OPENAI_API_KEY) return undefined;
  const client = new LlmClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: config.OPENAI_MAX_RETRIES,
    structuredOutput: config.OPENAI_STRUCTURED_OUTPUT,
    breaker: new CircuitBreaker(config.LLM_BREAKER_FAILURES, config.LLM_BREAKER_COOLDOWN_SECONDS * 1000),
    fetch: fetchImpl,
  });
  const model = (role?: string) => role ?? config.OPENAI_MODEL;
  return {
    client,
    customer: new LlmCustomer({
      client,
      model: model(config.OPENAI_MODEL_CUSTOMER),
      historyTurns: config.LLM_HISTORY_TURNS,
      fallback: new ScriptedCustomer(),
    }),
    tagger: new LlmTagger(client, model(config.OPENAI_MODEL_TAGGER)),
    judge: new LlmJudge(client, model(config.OPENAI_MODEL_JUDGE)),
  };
}

export interface CoreOptions {
  store?: OpenStore;
  clock?: () => Date;
  fetch?: typeof fetch;
}

/** The drill engine from configuration: content, store, tagger, customer (offline, or LLM with offline fallback). */
export async function createCore(config: Config, options: CoreOptions = {}) {
  const library = loadValidLibrary(config);
  const store = options.store ?? (await openStore(config.STORE_URL, { timeoutMs: config.STORE_TIMEOUT_MS }));
  const models = createModelParts(config, options.fetch);
  const repo = new DrillRepository(store.kv, store.atomic);
  const service = new DrillService({
    catalogue: new Catalogue(library),
    repo,
    locks: store.atomic,
    tagger: defaultTagger(),
    customer: models?.customer ?? new ScriptedCustomer(),
    modelTagger: models?.tagger,
    judge: models?.judge,
    defaultLang: config.DEFAULT_LANG,
    passMark: config.PASS_MARK,
    idleTimeoutMs: config.IDLE_TIMEOUT_MINUTES * 60_000,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    clock: options.clock,
  });
  return { service, store, library, models, repo };
}
export type Core = Awaited<ReturnType<typeof createCore>>;
