import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { closest } from '../csc/closest.ts';
import { LangSchema } from '../csc/text.ts';
import { fsReason } from './fs-reason.ts';

/** `slack:T1:U2, web:ada, slack:T1:@S123`: every entry a platform, then at least one id part. */
const PersonRefs = z.string().refine(
  (v) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .every(
        (x) =>
          /^(?:slack|teams|discord|web|webhook|wechat):[^\s:,][^\s,]*$/.test(x) &&
          (!x.startsWith('slack:') || x.split(':').length === 3),
      ),
  'expected comma-separated person references like slack:T1:U2, teams:<tenant>:<id>, discord:<id>, web:<name>',
);

/**
 * The core's settings. Platform adapters own theirs (each adapter folder's `config.ts`); every
 * setting is read from the environment, which wins over the optional config file
 * (CSC_DRILL_CONFIG, YAML or JSON, keys named like the variables).
 */
export const ConfigSchema = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LANG: LangSchema.default('zh'),
  STORE_URL: z
    .string()
    .regex(
      /^(?:memory:\/\/|sqlite:\/\/.+|rediss?:\/\/.+|postgres(?:ql)?:\/\/.+)$/,
      'expected memory://, sqlite://<file>, redis://<host> or postgres://<host>/<db>',
    )
    .default('sqlite://./data/csc-drill.sqlite'),
  STORE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(5000)
    .describe('How long one store call may take before the trainee is told the store is not answering'),
  SWEEP_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400)
    .default(60)
    .describe('How often drills idle for IDLE_TIMEOUT_MINUTES are ended and scored (0: never)'),
  METRICS_TOKEN: z
    .string()
    .min(16)
    .optional()
    .describe('When set, /metrics answers only requests with "Authorization: Bearer <token>"'),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number()
    .min(1)
    .max(600)
    .default(30)
    .describe('How long SIGTERM waits for work in flight before exiting anyway'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional().describe('Base URL people reach the page at, for sign-in links'),
  SIGNIN_TOKEN_MINUTES: z.coerce.number().positive().max(1440).default(15),
  SESSION_HOURS: z.coerce.number().positive().max(720).default(12),
  PASS_MARK: z.coerce.number().min(0).max(100).default(70),
  IDLE_TIMEOUT_MINUTES: z.coerce.number().positive().default(30),
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(100).max(40000).default(4000),
  OPENAI_API_KEY: z.string().min(1).optional().describe('Enables the LLM customer, tagger and judge'),
  OPENAI_BASE_URL: z
    .url()
    .optional()
    .describe('Any OpenAI-compatible server: Azure, DashScope, vLLM, Ollama'),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_MODEL_CUSTOMER: z.string().min(1).optional(),
  OPENAI_MODEL_TAGGER: z.string().min(1).optional(),
  OPENAI_MODEL_JUDGE: z.string().min(1).optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(20_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  OPENAI_STRUCTURED_OUTPUT: z.enum(['auto', 'json_schema', 'json_object']).default('auto'),
  LLM_HISTORY_TURNS: z.coerce.number().int().min(1).max(40).default(6),
  LLM_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
  LLM_BREAKER_COOLDOWN_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  MANAGERS: PersonRefs.optional().describe(
    'Comma-separated people who may assign drills and read reports: slack:T1:U2, teams:<tenant>:<aad id>, discord:<id>, web:<name>; slack:T1:@S123 for a Slack user group',
  ),
  ADMINS: PersonRefs.optional().describe('Comma-separated admins (everything a manager may, on every team)'),
  CERTIFY_STREAK: z.coerce.number().int().min(1).max(20).default(3),
  CONTENT_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('Folder holding personas/ and scenarios/ (default: the ones shipped with the package)'),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Settings as read: the config file's mapping overlaid with the environment. */
export interface ConfigSource {
  values: Record<string, unknown>;
  /** Keys the file set (checked against the known settings). */
  fileKeys: string[];
  file?: string;
}

const describeExpected = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'expected a number';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'expected a whole number';
  if (issue.code === 'too_small')
    return issue.inclusive === false
      ? `expected more than ${issue.minimum}`
      : `expected at least ${issue.minimum}`;
  if (issue.code === 'too_big')
    return issue.inclusive === false
      ? `expected less than ${issue.maximum}`
      : `expected at most ${issue.maximum}`;
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'expected a URL such as https://host/v1';
  return issue.message;
};

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(
      `CSC_DRILL_CONFIG: cannot read "${path}" (${fsReason(e) ?? (e as Error).message}); expected a YAML or JSON file`,
    );
  }
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 50 });
  } catch (e) {
    throw new ConfigError(
      `CSC_DRILL_CONFIG: "${path}" is not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`CSC_DRILL_CONFIG: "${path}" must hold a mapping of VARIABLE: value`);
  }
  return data as Record<string, unknown>;
}

/** Reads the config file (if any) and overlays the environment. */
export function configSource(env: NodeJS.ProcessEnv = process.env): ConfigSource {
  const fromFile = env.CSC_DRILL_CONFIG ? readConfigFile(env.CSC_DRILL_CONFIG) : {};
  const values: Record<string, unknown> = { ...fromFile };
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value !== '') values[key] = value;
  return { values, fileKeys: Object.keys(fromFile), file: env.CSC_DRILL_CONFIG };
}

/** Parses one group of settings; every bad value is one line naming the variable, what it expects and what it got. */
export function parseSettings<S extends z.ZodObject>(schema: S, source: ConfigSource): z.output<S> {
  const input = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, source.values[k]]));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (i) => `${i.path.join('.')}: ${describeExpected(i)} (got ${JSON.stringify(input[String(i.path[0])])})`,
  );
  throw new ConfigError(lines.join('\n'));
}

/** A key in the config file that no part of the program reads is a typo until proven otherwise. */
export function checkFileKeys(source: ConfigSource, known: Iterable<string>): void {
  const names = [...new Set(known)];
  const unknown = source.fileKeys.filter((k) => !names.includes(k));
  if (!unknown.length) return;
  throw new ConfigError(
    unknown
      .map((k) => {
        const guess = closest(k, names, 3);
        return `${source.file}: unknown setting ${k}${guess ? ` (did you mean ${guess}?)` : ''}`;
      })
      .join('\n'),
  );
}

/** The core settings; `otherKeys` are the adapters' settings, so the file's typos can be told apart. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, otherKeys?: Iterable<string>): Config {
  const source = configSource(env);
  if (otherKeys)
    checkFileKeys(source, [...Object.keys(ConfigSchema.shape), 'CSC_DRILL_CONFIG', ...otherKeys]);
  return parseSettings(ConfigSchema, source);
}
