import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/transport.ts';
import { createLogger } from '../../src/log.ts';
import { RecordingSink } from '../kit/recording-sink.ts';
import { APP_ID, TOKEN } from '../support/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord.close());

const start = (token: string) =>
  startDiscord(
    {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.url,
      DISCORD_THREAD_VISIBILITY: 'public',
    },
    { sink: new RecordingSink(), log: createLogger('silent'), defaultLang: 'en' },
  ).start?.();

describe('Discord: logging in', () => {
  it('a token Discord refuses stops start-up with a line that says which setting to fix', async () => {
    await expect(start('not-a-real-token')).rejects.toThrow(/^DISCORD_TOKEN: Discord refused the token/);
  });

  it('the Message Content intent switched off in the portal is named, not a bare close code', async () => {
    discord.gateway.messageContentAllowed = false;
    try {
      await expect(start(TOKEN)).rejects.toThrow(/switch on "Message Content Intent"/);
    } finally {
      discord.gateway.messageContentAllowed = true;
    }
  });
});
