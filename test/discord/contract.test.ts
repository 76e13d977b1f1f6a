import { afterAll, beforeAll } from 'vitest';
import { adapterContract } from '../kit/contract.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { discordWireHarness } from './wire-harness.ts';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord.close());

adapterContract('Discord', (sink) => discordWireHarness(discord, sink));
