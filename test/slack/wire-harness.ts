import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackKeys } from '../../adapters/slack/key.ts';
import { LIMITS } from '../../adapters/slack/render.ts';
import { startSlack } from '../../adapters/slack/transport.ts';
import { routeRequests } from '../../src/app/http.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { createLogger } from '../../src/log.ts';
import type { WireHarness } from '../kit/contract.ts';
import type { FakeSlack } from '../support/fake-slack.ts';
import { SIGNING_SECRET, signed, threadMessage } from '../support/slack-requests.ts';

const LIVE_MENTION = /<!(?:channel|everyone|here)>|<@[UW][A-Z0-9]+>|<!subteam\^/;

/** Limit checks for one recorded Web API call, as Slack would reject it. */
function violations(payload: unknown): string[] {
  const args = payload as { text?: string; blocks?: Record<string, unknown>[] };
  const out: string[] = [];
  if ((args.text ?? '').length > 40_000) out.push('text over 40,000');
  const blocks = args.blocks ?? [];
  if (blocks.length > LIMITS.blocksPerMessage) out.push(`${blocks.length} blocks`);
  for (const b of blocks) {
    const text = (b.text as { text?: string } | undefined)?.text ?? '';
    if (b.type === 'header' && text.length > LIMITS.headerText) out.push('header too long');
    if (b.type === 'section' && text.length > LIMITS.sectionText) out.push('section too long');
    const fields = (b.fields as { text: string }[] | undefined) ?? [];
    if (fields.length > LIMITS.fields) out.push('too many fields');
    if (fields.some((f) => f.text.length > LIMITS.fieldText)) out.push('field too long');
    for (const el of (b.elements as Record<string, unknown>[] | undefined) ?? []) {
      const label = (el.text as { text?: string } | undefined)?.text ?? '';
      if (el.type === 'button' && label.length > LIMITS.buttonText) out.push('button label too long');
      const options = (el.options as { text: { text: string } }[] | undefined) ?? [];
      if (options.length > LIMITS.options) out.push('too many options');
      if (options.some((o) => o.text.text.length > LIMITS.optionText)) out.push('option too long');
    }
    if (b.type === 'actions' && ((b.elements as unknown[]) ?? []).length > LIMITS.buttonsPerBlock)
      out.push('too many elements');
  }
  return out;
}

/** The real Slack transport (Bolt HTTP receiver) on a local port, talking to the fake Web API. */
export async function slackWireHarness(slack: FakeSlack, sink: InboundSink): Promise<WireHarness> {
  slack.calls.length = 0;
  const running = startSlack(
    { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url },
    sink,
    createLogger('silent'),
  );
  const server = createServer(routeRequests(running.routes ?? [], createLogger('silent')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const send = async (body: string, headers: Record<string, string>) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }))
      .status;
  const threadOf = (key: string) => slackKeys.decode(key).thread ?? '1700000000.000100';
  return {
    adapter: running.channel as NonNullable<typeof running.channel>,
    codec: slackKeys as never,
    pinned: [
      { parts: { team: 'T1', channel: 'C9' }, key: 'slack:VDE:Qzk' },
      { parts: { team: 'T1', channel: 'C9', thread: '1712.0001' }, key: 'slack:VDE:Qzk:MTcxMi4wMDAx' },
      { parts: { team: 'E1:T1', channel: 'C:9' }, key: 'slack:RTE6VDE:Qzo5' },
    ],
    conversation: slackKeys.encode({ team: 'T1', channel: 'C1' }),
    deliverMessage: (key, text, o = {}) => {
      const body = threadMessage({ text, threadTs: threadOf(key), eventId: o.eventId });
      return send(body, signed(body, { retryNum: o.retry ? 1 : undefined }));
    },
    deliverOwnMessage: (key) => {
      const body = threadMessage({ text: 'mine', threadTs: threadOf(key), botId: 'BBOT' });
      return send(body, signed(body));
    },
    deliverForged: (key) => {
      const body = threadMessage({ text: 'forged', threadTs: threadOf(key) });
      return send(body, signed(body, { secret: 'not-the-secret' }));
    },
    deliverStale: (key) => {
      const body = threadMessage({ text: 'stale', threadTs: threadOf(key) });
      return send(body, signed(body, { ts: Math.floor(Date.now() / 1000) - 600 }));
    },
    sent: () =>
      slack.calls
        .filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral')
        .map((c) => ({
          visibility: c.method === 'chat.postEphemeral' ? 'private' : 'shared',
          payload: c.args,
        })),
    violations,
    pings: (payload) => LIVE_MENTION.test(JSON.stringify(payload)),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
