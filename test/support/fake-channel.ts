import type { Capabilities, ChannelAdapter, Outbound, Sent } from '../../src/chat/model.ts';

/** An in-memory chat platform for tests: keys `fake:<channel>` and `fake:<channel>:<thread>`. */
export class FakeChannel implements ChannelAdapter {
  readonly platform = 'fake';
  readonly capabilities: Capabilities = {
    threads: true,
    ephemeral: true,
    buttons: true,
    images: false,
    maxTextLength: 4000,
  };
  readonly posts: { key: string; message: Outbound }[] = [];
  readonly ephemeral: { key: string; user: string; message: Outbound }[] = [];
  private seq = 0;

  async post(key: string, message: Outbound): Promise<Sent> {
    this.posts.push({ key, message });
    const [, channel, thread] = key.split(':');
    return { key: thread ? key : `fake:${channel}:t${++this.seq}` };
  }

  async postEphemeral(key: string, user: string, message: Outbound): Promise<void> {
    this.ephemeral.push({ key, user, message });
  }
}
