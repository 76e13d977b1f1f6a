import { describe, expect, it } from 'vitest';
import type { ChannelAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import type { KeyCodec } from '../../src/chat/contract/key.ts';
import type { Outbound } from '../../src/chat/contract/outbound.ts';
import { Dispatcher } from '../../src/chat/runtime/dispatcher.ts';
import { createLogger } from '../../src/log.ts';
import { MemoryAtomic } from '../../src/store/memory-atomic.ts';
import { RecordingSink } from './recording-sink.ts';

/** One thing the adapter sent to its platform, as the platform's fake recorded it. */
export interface WireMessage {
  /** `shared`: visible in the conversation; `private`: to one person only. */
  visibility: 'shared' | 'private';
  payload: unknown;
}

/** An adapter running its real transport against a local fake of its platform, for the contract suite. */
export interface WireHarness {
  adapter: ChannelAdapter;
  codec: KeyCodec<unknown>;
  /** Keys whose exact strings are pinned (stored keys must keep working across releases), incl. ids with ':'. */
  pinned: { parts: unknown; key: string }[];
  /** A conversation the bot may post into. */
  conversation: string;
  /** Delivers, as the platform does, a person's message into `key`; resolves to the HTTP status (or 200 for sockets). */
  deliverMessage(key: string, text: string, o?: { eventId?: string; retry?: boolean }): Promise<number>;
  /** Delivers the bot's own message into `key`, as the platform echoes it. */
  deliverOwnMessage(key: string): Promise<number>;
  /** HTTP transports: a request whose signature or token is wrong, and one that is stale. */
  deliverForged?(key: string): Promise<number>;
  deliverStale?(key: string): Promise<number>;
  sent(): WireMessage[];
  /** Limit violations of one recorded payload (empty when within the platform's limits). */
  violations(payload: unknown): string[];
  /** Whether a recorded payload would ping someone (`@everyone`, a user or role mention). */
  pings(payload: unknown): boolean;
  close(): Promise<void>;
}

export type HarnessFactory = (sink: InboundSink) => Promise<WireHarness>;

const HUGE: Outbound = {
  text: `long ${'word '.repeat(3000)}`,
  blocks: [
    { type: 'heading', text: 'H'.repeat(400) },
    ...Array.from({ length: 70 }, (_, i) => ({
      type: 'text' as const,
      spans: [{ text: `${i} ${'lorem '.repeat(700)}` }],
    })),
    {
      type: 'fields',
      fields: Array.from({ length: 40 }, (_, i) => ({ label: `L${i}`, value: 'v'.repeat(1500) })),
    },
    {
      type: 'buttons',
      buttons: Array.from({ length: 40 }, (_, i) => ({
        id: `b${i}`,
        label: 'B'.repeat(120),
        value: String(i),
      })),
    },
    {
      type: 'select',
      id: 's',
      placeholder: 'P'.repeat(200),
      options: Array.from({ length: 150 }, (_, i) => ({ label: 'O'.repeat(120), value: String(i) })),
    },
  ],
};

const MENTIONS = 'hey @everyone @here @channel <!channel> <!everyone> <@U123> <@&987> <at>Boss</at> <@!42>';

/** What every channel adapter must do, whatever the platform; each adapter runs it with its own wire fixtures. */
/** `inMemory`: a platform with no wire (the fake), so there is no request to forge. */
export function adapterContract(name: string, make: HarnessFactory, options: { inMemory?: boolean } = {}) {
  describe(`${name} adapter contract`, () => {
    const withHarness = async (sink: InboundSink, fn: (h: WireHarness) => Promise<void>) => {
      const h = await make(sink);
      try {
        await fn(h);
      } finally {
        await h.close();
      }
    };

    it('round-trips its conversation keys, pinned strings included', async () => {
      await withHarness(new RecordingSink(), async (h) => {
        expect(h.pinned.length).toBeGreaterThan(0);
        for (const { parts, key } of h.pinned) {
          expect(h.codec.encode(parts)).toBe(key);
          expect(h.codec.decode(key)).toEqual(parts);
          expect(key.startsWith(`${h.adapter.platform}:`)).toBe(true);
        }
        expect(() => h.codec.decode('other:abc')).toThrow();
      });
    });

    it('a reply in the thread a post opened arrives with the key the post returned', async () => {
      const sink = new RecordingSink();
      await withHarness(sink, async (h) => {
        const sent = await h.adapter.post(h.conversation, { text: 'root' }, { openThread: true });
        expect(sent.messageId).not.toBe('');
        const again = await h.adapter.post(sent.key, { text: 'in the thread' });
        expect(again.key).toBe(sent.key);
        expect(await h.deliverMessage(sent.key, 'a reply')).toBe(200);
        await sink.waitFor(1);
        expect(sink.events.at(-1)).toMatchObject({ type: 'message', key: sent.key, text: 'a reply' });
      });
    });

    it("the bot's own messages never reach the dispatcher's handler", async () => {
      const handled: string[] = [];
      const dispatcher = new Dispatcher({
        claims: new MemoryAtomic(),
        log: createLogger('silent'),
        handle: async (e) => {
          handled.push(e.eventId);
        },
      });
      await withHarness(dispatcher, async (h) => {
        const sent = await h.adapter.post(h.conversation, { text: 'root' }, { openThread: true });
        await h.deliverOwnMessage(sent.key);
        await h.deliverMessage(sent.key, 'from a person');
        await dispatcher.settle();
        expect(handled).toHaveLength(1);
      });
    });

    it('a retried delivery keeps its event id, so it is handled once', async () => {
      const sink = new RecordingSink();
      await withHarness(sink, async (h) => {
        const sent = await h.adapter.post(h.conversation, { text: 'root' }, { openThread: true });
        await h.deliverMessage(sent.key, 'once', { eventId: 'evt-1' });
        await h.deliverMessage(sent.key, 'once', { eventId: 'evt-1', retry: true });
        await sink.waitFor(2);
        const [first, second] = sink.events;
        expect(second?.eventId).toBe(first?.eventId);
      });
    });

    it('answers within the ack deadline even when handling never finishes', async () => {
      const dispatcher = new Dispatcher({
        claims: new MemoryAtomic(),
        log: createLogger('silent'),
        handle: () => new Promise<void>(() => {}),
      });
      await withHarness(dispatcher, async (h) => {
        const sent = await h.adapter.post(h.conversation, { text: 'root' }, { openThread: true });
        const started = performance.now();
        // Any 2xx accepts the delivery: a webhook whose bot is not done in time answers 202 and calls back.
        const status = await h.deliverMessage(sent.key, 'hello?');
        expect(status >= 200 && status < 300, `HTTP ${status}`).toBe(true);
        expect(performance.now() - started).toBeLessThan(h.adapter.capabilities.ackDeadlineMs);
      });
    });

    it.skipIf(options.inMemory)(
      'refuses forged and stale requests with 401, and they never reach the sink',
      async () => {
        const sink = new RecordingSink();
        await withHarness(sink, async (h) => {
          if (!h.deliverForged || !h.deliverStale)
            throw new Error(`${name}: the wire harness must forge and replay requests`);
          expect(await h.deliverForged(h.conversation)).toBe(401);
          expect(await h.deliverStale(h.conversation)).toBe(401);
          expect(sink.events).toHaveLength(0);
        });
      },
    );

    it('keeps every rendered message within the platform limits', async () => {
      await withHarness(new RecordingSink(), async (h) => {
        await h.adapter.post(h.conversation, HUGE, { openThread: true });
        const sent = h.sent();
        expect(sent.length).toBeGreaterThan(0);
        for (const m of sent) expect(h.violations(m.payload)).toEqual([]);
      });
    });

    it('never turns text into a live mention', async () => {
      await withHarness(new RecordingSink(), async (h) => {
        await h.adapter.post(h.conversation, {
          text: MENTIONS,
          blocks: [{ type: 'text', spans: [{ text: MENTIONS }] }],
        });
        for (const m of h.sent()) expect(h.pings(m.payload)).toBe(false);
      });
    });

    it('private notes never land in the shared conversation', async () => {
      await withHarness(new RecordingSink(), async (h) => {
        const sent = await h.adapter.post(h.conversation, { text: 'root' }, { openThread: true });
        const before = h.sent().filter((m) => m.visibility === 'shared').length;
        const actor = { platform: h.adapter.platform, tenant: 'T1', user: 'U-private' };
        const delivered = await h.adapter.notify({ actor, key: sent.key }, { text: 'only for you' });
        const after = h.sent();
        expect(after.filter((m) => m.visibility === 'shared')).toHaveLength(before);
        if (delivered) expect(after.some((m) => m.visibility === 'private')).toBe(true);
      });
    });
  });
}
