import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AdapterModule } from '../../src/app/adapter-module.ts';
import { composeApp } from '../../src/app/compose.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { ConfigSchema, configSource, parseSettings } from '../../src/config/config.ts';
import { createLogger } from '../../src/log.ts';
import type { OpenStore } from '../../src/store/open-store.ts';
import { FakeAdapter, fakeKeys } from '../kit/fake-adapter.ts';

export const SCENARIO = 'card-frozen-after-travel';
export const GREETING = 'Hello, thank you for contacting Huaxin Bank, how can I help you today?';

/** Every log line the app wrote, parsed. */
export type LogLine = Record<string, unknown> & { msg: string; level: number };

let seq = 0;
/** Event ids unique across runs: a store that outlives the test (Postgres, Redis) remembers claimed ids. */
const RUN = randomUUID().slice(0, 8);

/** The composed app over the in-memory fake platform, with a clock the test moves and its logs kept. */
export async function opsApp(env: Record<string, string> = {}, options: { store?: OpenStore } = {}) {
  const adapter: FakeAdapter & { typing?: (key: string) => Promise<void> } = new FakeAdapter();
  let sink: InboundSink | undefined;
  const module: AdapterModule = {
    id: 'fake',
    name: 'Fake',
    settings: z.object({}),
    state: () => ({ on: true }),
    create: async (_settings, ctx) => {
      sink = ctx.sink;
      return { channel: adapter, describe: () => 'fake' };
    },
  };
  const source = configSource({ STORE_URL: 'memory://', DEFAULT_LANG: 'en', ...env });
  const config = parseSettings(ConfigSchema, source);
  const logs: LogLine[] = [];
  const log = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line)) });
  let now = Date.now();
  const app = await composeApp({
    config,
    source,
    modules: [module],
    log,
    clock: () => new Date(now),
    ...options,
  });
  await app.start();
  const conversation = fakeKeys.encode({ channel: 'training' });
  const deliver = async (event: Record<string, unknown>) => {
    const status = await (sink as InboundSink).accept({
      eventId: `ops-${RUN}-${++seq}`,
      actor: { platform: 'fake', user: 'U1' },
      key: conversation,
      ...event,
    } as never);
    await app.settle();
    return status;
  };
  return {
    app,
    adapter,
    logs,
    advance: (ms: number) => {
      now += ms;
    },
    /** Starts a drill; resolves to its thread's key. */
    async start(scenario = SCENARIO) {
      const before = adapter.posts.length;
      await deliver({ type: 'command', input: { style: 'text', text: `start ${scenario} en` } });
      const thread = adapter.posts.slice(before).find((p) => fakeKeys.decode(p.key).thread)?.key;
      if (!thread)
        throw new Error(
          `no drill thread opened: ${JSON.stringify({ notes: adapter.notes.slice(-2), logs: logs.slice(-3) })}`,
        );
      return thread;
    },
    /** The trainee's reply in a thread; resolves once handled, to what was posted and noted meanwhile. */
    async reply(thread: string, text: string, eventId?: string) {
      const posts = adapter.posts.length;
      const notes = adapter.notes.length;
      const status = await deliver({
        type: 'message',
        key: thread,
        text,
        at: new Date(now).toISOString(),
        where: 'thread',
        ...(eventId ? { eventId } : {}),
      });
      return {
        status,
        posts: adapter.posts.slice(posts).map((p) => p.message.text),
        notes: adapter.notes.slice(notes).map((n) => n.message.text),
      };
    },
    close: () => app.stop(),
  };
}
export type OpsApp = Awaited<ReturnType<typeof opsApp>>;

/** Prometheus text format as a map from `name{labels}` to value. */
export function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    out.set(m[1] as string, Number(m[2]));
  }
  return out;
}
