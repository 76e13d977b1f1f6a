import { describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/chat/dispatcher.ts';
import type { ChannelAdapter, Inbound } from '../../src/chat/model.ts';
import { createLogger } from '../../src/log.ts';
import { MemoryAtomic } from '../../src/store/memory-atomic.ts';

export interface ContractSubject {
  adapter: ChannelAdapter;
  channelKey: string;
  /** The bot's own actor id on this platform. */
  selfId: string;
  decode?: (key: string) => unknown;
  encode?: (decoded: never) => string;
}

/** What every channel adapter must do, whatever the platform. */
export function channelContract(name: string, make: () => Promise<ContractSubject>) {
  describe(`${name} channel contract`, () => {
    it('posting into a channel opens a thread whose key replies stay in', async () => {
      const s = await make();
      const root = await s.adapter.post(s.channelKey, { text: 'root' });
      expect(root.key).not.toBe(s.channelKey);
      const again = await s.adapter.post(root.key, { text: 'reply' });
      expect(again.key).toBe(root.key);
    });

    it('round-trips its conversation keys', async () => {
      const s = await make();
      const { key } = await s.adapter.post(s.channelKey, { text: 'root' });
      if (s.decode && s.encode) expect(s.encode(s.decode(key) as never)).toBe(key);
      expect(key.startsWith(`${s.adapter.platform}:`)).toBe(true);
    });

    it('the dispatcher ignores the bot itself and delivers a duplicate once', async () => {
      const s = await make();
      const handled: string[] = [];
      const d = new Dispatcher({
        atomic: new MemoryAtomic(),
        selfId: () => s.selfId,
        log: createLogger('silent'),
        handle: async (e) => {
          handled.push(e.eventId);
        },
      });
      const base = { type: 'message', key: s.channelKey, text: 'hi', at: new Date().toISOString() } as const;
      const mine: Inbound = { ...base, eventId: 'e1', actor: { id: s.selfId } };
      const theirs: Inbound = { ...base, eventId: 'e2', actor: { id: `${s.adapter.platform}-user` } };
      expect(await d.accept(mine, s.adapter.platform)).toBe('ignored');
      expect(await d.accept(theirs, s.adapter.platform)).toBe('queued');
      expect(await d.accept(theirs, s.adapter.platform)).toBe('duplicate');
      await d.idle(s.channelKey);
      expect(handled).toEqual(['e2']);
    });
  });
}
