import type { WebClient } from '@slack/web-api';
import type { Capabilities, ChannelAdapter, Outbound, Sent } from '../../src/chat/model.ts';
import { decodeKey, encodeKey } from './key.ts';
import { renderMessages } from './render.ts';

/** Posts neutral messages into Slack channels and threads through the Web API (429s are retried by the client). */
export class SlackChannel implements ChannelAdapter {
  readonly platform = 'slack';
  readonly capabilities: Capabilities = {
    threads: true,
    ephemeral: true,
    buttons: true,
    images: true,
    maxTextLength: 3000,
  };

  constructor(private readonly client: WebClient) {}

  async post(key: string, message: Outbound): Promise<Sent> {
    const k = decodeKey(key);
    let threadTs = k.threadTs;
    for (const part of renderMessages(message)) {
      const r = await this.client.chat.postMessage({
        channel: k.channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        text: part.text,
        ...(part.blocks ? { blocks: part.blocks as never } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
      // Posting into a channel opens a thread: the rest of a long message, and every reply, goes there.
      threadTs ??= r.ts as string;
    }
    if (message.image && threadTs) {
      await this.client.files.uploadV2({
        channel_id: k.channel,
        thread_ts: threadTs,
        file: Buffer.from(message.image.png),
        filename: message.image.filename,
        alt_text: message.image.alt,
      });
    }
    return { key: encodeKey({ ...k, threadTs }) };
  }

  async postEphemeral(key: string, actorId: string, message: Outbound): Promise<void> {
    const k = decodeKey(key);
    const user = actorId.split(':').pop() as string;
    for (const part of renderMessages(message)) {
      await this.client.chat.postEphemeral({
        channel: k.channel,
        user,
        ...(k.threadTs ? { thread_ts: k.threadTs } : {}),
        text: part.text,
        ...(part.blocks ? { blocks: part.blocks as never } : {}),
      });
    }
  }
}
