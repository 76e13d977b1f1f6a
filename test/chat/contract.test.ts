import { afterAll, beforeAll } from 'vitest';
import { adapterContract } from '../kit/contract.ts';
import { fakeWireHarness } from '../kit/fake-harness.ts';
import { slackWireHarness } from '../slack/wire-harness.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(() => slack.close());

adapterContract('fake', fakeWireHarness, { inMemory: true });
adapterContract('Slack', (sink) => slackWireHarness(slack, sink));
