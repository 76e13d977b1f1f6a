import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll } from 'vitest';
import { SlackChannel } from '../../adapters/slack/adapter.ts';
import { decodeKey, encodeKey } from '../../adapters/slack/key.ts';
import { channelContract } from '../support/channel-contract.ts';
import { FakeChannel } from '../support/fake-channel.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(() => slack.close());

channelContract('fake', async () => ({
  adapter: new FakeChannel(),
  channelKey: 'fake:general',
  selfId: 'bot',
}));

channelContract('Slack', async () => ({
  adapter: new SlackChannel(new WebClient('xoxb-test', { slackApiUrl: slack.url })),
  channelKey: 'slack:T1:C1',
  selfId: 'T1:UBOT',
  decode: decodeKey,
  encode: encodeKey as (k: never) => string,
}));
