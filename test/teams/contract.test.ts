import { afterAll, beforeAll } from 'vitest';
import { adapterContract } from '../kit/contract.ts';
import { type FakeBotFramework, startFakeBotFramework } from './fake-bot-framework.ts';
import { teamsWireHarness } from './wire-harness.ts';

let fake: FakeBotFramework;
beforeAll(async () => {
  fake = await startFakeBotFramework({ trustInProcess: true });
});
afterAll(() => fake.close());

adapterContract('Teams', (sink) => teamsWireHarness(fake, sink));
