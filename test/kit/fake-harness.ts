import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import type { WireHarness } from './contract.ts';
import { FakeAdapter, fakeKeys } from './fake-adapter.ts';

let seq = 0;

/** The in-memory fake platform under the same contract (no wire, so no signatures to forge). */
export async function fakeWireHarness(sink: InboundSink): Promise<WireHarness> {
  const adapter = new FakeAdapter();
  const deliver = async (key: string, text: string, user: string, eventId = `e${++seq}`, isBot = false) => {
    await sink.accept({
      type: 'message',
      eventId,
      key,
      actor: { platform: 'fake', user, isBot },
      text,
      at: new Date().toISOString(),
      where: fakeKeys.decode(key).thread ? 'thread' : 'conversation',
    });
    return 200;
  };
  return {
    adapter,
    codec: fakeKeys as never,
    pinned: [
      { parts: { channel: 'general' }, key: 'fake:Z2VuZXJhbA' },
      { parts: { channel: 'a:b', thread: 'm1' }, key: 'fake:YTpi:bTE' },
    ],
    conversation: fakeKeys.encode({ channel: 'general' }),
    deliverMessage: (key, text, o = {}) => deliver(key, text, 'U1', o.eventId),
    deliverOwnMessage: (key) => deliver(key, 'mine', 'bot', undefined, true),
    sent: () => [
      ...adapter.posts.map((p) => ({ visibility: 'shared' as const, payload: p.message })),
      ...adapter.notes.map((n) => ({ visibility: 'private' as const, payload: n.message })),
    ],
    violations: () => [],
    pings: () => false,
    close: async () => {},
  };
}
