import type { ChannelAdapter, PrivateTarget } from '../../src/chat/contract/adapter.ts';
import type { Capabilities } from '../../src/chat/contract/capabilities.ts';
import { fieldCodec } from '../../src/chat/contract/key.ts';
import type { Outbound, Sent } from '../../src/chat/contract/outbound.ts';

export const fakeKeys = fieldCodec('fake', ['channel'], ['thread']);

const CAPABILITIES: Capabilities = {
  threads: 'native',
  privateNotes: 'ephemeral',
  commands: 'slash',
  buttons: { perMessage: 5, labelMax: 40 },
  select: { maxOptions: 25, labelMax: 40 },
  images: 'none',
  maxText: 4000,
  ackDeadlineMs: 3000,
};

/** An in-memory chat platform: everything posted is recorded as shared or private. */
export class FakeAdapter implements ChannelAdapter {
  readonly platform = 'fake';
  readonly keys = fakeKeys;
  readonly posts: { key: string; message: Outbound }[] = [];
  readonly notes: { to: PrivateTarget; message: Outbound }[] = [];
  private seq = 0;

  constructor(readonly capabilities: Capabilities = CAPABILITIES) {}

  async post(key: string, message: Outbound, options: { openThread?: boolean } = {}): Promise<Sent> {
    this.posts.push({ key, message });
    const k = fakeKeys.decode(key);
    const messageId = `m${++this.seq}`;
    if (k.thread || !options.openThread || this.capabilities.threads === 'none') return { key, messageId };
    return { key: fakeKeys.encode({ ...k, thread: messageId }), messageId };
  }

  async notify(to: PrivateTarget, message: Outbound): Promise<boolean> {
    if (this.capabilities.privateNotes === 'none') return false;
    this.notes.push({ to, message });
    return true;
  }
}
