import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { WebhookSettings } from '../../adapters/webhook/config.ts';
import { webhookKeys } from '../../adapters/webhook/key.ts';
import { LIMITS } from '../../adapters/webhook/render.ts';
import type { WebhookMessage } from '../../adapters/webhook/schemas.ts';
import { startWebhook } from '../../adapters/webhook/transport.ts';
import { routeRequests } from '../../src/app/http.ts';
import type { ChannelAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { WireHarness } from '../kit/contract.ts';
import { CLIENT, post, SECRET, startReceiver } from './requests.ts';

type Limited = { text: string; blocks?: Record<string, unknown>[] };

/** Limit checks for one delivered webhook message. */
function violations(payload: unknown): string[] {
  const m = payload as Limited;
  const out: string[] = [];
  if (m.text.length > LIMITS.text) out.push('text too long');
  const blocks = m.blocks ?? [];
  if (blocks.length > LIMITS.blocksPerMessage) out.push(`${blocks.length} blocks`);
  for (const b of blocks) {
    if (b.type === 'heading' && String(b.text).length > LIMITS.headingText) out.push('heading too long');
    const spans = (b.spans as { text: string }[] | undefined) ?? [];
    if (spans.reduce((n, s) => n + s.text.length, 0) > LIMITS.blockText) out.push(`${b.type} too long`);
    const fields = (b.fields as { label: string; value: string }[] | undefined) ?? [];
    if (fields.length > LIMITS.fields) out.push('too many fields');
    if (fields.some((f) => f.value.length > LIMITS.fieldText)) out.push('field too long');
    const buttons = (b.buttons as { label: string }[] | undefined) ?? [];
    if (buttons.length > LIMITS.buttonsPerBlock) out.push('too many buttons');
    if (buttons.some((x) => x.label.length > LIMITS.buttonLabel)) out.push('button label too long');
    const options = (b.options as { label: string }[] | undefined) ?? [];
    if (options.length > LIMITS.options) out.push('too many options');
    if (options.some((o) => o.label.length > LIMITS.optionLabel)) out.push('option too long');
  }
  return out;
}

/**
 * The real webhook transport on a local port, with a local callback receiver as the client's
 * side. Messages posted outside a request travel to the receiver asynchronously, so this
 * harness's `post` and `notify` return once the receiver has the delivery (nothing sleeps).
 */
export async function webhookWireHarness(
  sink: InboundSink,
  o: { log?: Logger; replyWithinMs?: number } = {},
): Promise<WireHarness & { url: string }> {
  const store = await openStore('memory://');
  const receiver = await startReceiver();
  const settings = WebhookSettings.parse({
    WEBHOOK_CLIENTS: [{ id: CLIENT, secret: SECRET, callbackUrl: receiver.url }],
    WEBHOOK_REPLY_WITHIN_MS: o.replyWithinMs ?? 1000,
  });
  const running = startWebhook(settings, { sink, log: o.log ?? createLogger('silent'), store });
  const server = createServer(routeRequests(running.routes ?? [], createLogger('silent')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/v1/events`;
  const real = running.channel as ChannelAdapter;
  const delivered = async <T>(send: () => Promise<T>): Promise<T> => {
    const before = receiver.calls.length;
    const result = await send();
    await receiver.waitFor(before + 1);
    return result;
  };
  const adapter: ChannelAdapter = {
    platform: real.platform,
    capabilities: real.capabilities,
    keys: real.keys,
    post: (key, message, options) => delivered(() => real.post(key, message, options)),
    notify: (to, message) => delivered(() => real.notify(to, message)),
  };
  let seq = 0;
  const event = (key: string, text: string, eventId?: string, bot = false) => ({
    type: 'message',
    eventId: eventId ?? `wire-${++seq}`,
    user: { id: bot ? 'some-bot' : 'U1', ...(bot ? { bot: true } : {}) },
    conversationId: webhookKeys.decode(key).conversation,
    text,
  });
  return {
    url,
    adapter,
    codec: webhookKeys as never,
    pinned: [
      { parts: { client: 'miniapp', conversation: 'c1' }, key: 'webhook:bWluaWFwcA:YzE' },
      { parts: { client: 'a.b', conversation: 'room:42' }, key: 'webhook:YS5i:cm9vbTo0Mg' },
      {
        parts: { client: 'acme', conversation: 'https://chat.example/t/9?x=1' },
        key: 'webhook:YWNtZQ:aHR0cHM6Ly9jaGF0LmV4YW1wbGUvdC85P3g9MQ',
      },
    ],
    conversation: webhookKeys.encode({ client: CLIENT, conversation: 'room-1' }),
    deliverMessage: async (key, text, opts = {}) => (await post(url, event(key, text, opts.eventId))).status,
    deliverOwnMessage: async (key) => (await post(url, event(key, 'mine', undefined, true))).status,
    deliverForged: async (key) =>
      (await post(url, event(key, 'forged'), { secret: 'not-the-secret-at-all' })).status,
    deliverStale: async (key) =>
      (await post(url, event(key, 'stale'), { ts: Math.floor(Date.now() / 1000) - 600 })).status,
    sent: () =>
      receiver.calls.flatMap((c) =>
        (JSON.parse(c.body).messages as WebhookMessage[]).map((m) => ({
          visibility: m.visibility === 'private' ? ('private' as const) : ('shared' as const),
          payload: m,
        })),
      ),
    violations,
    // Text is plain data in this protocol; a ping would need a mention entity, which must never appear.
    pings: (payload) => /"(?:mention|mentions|at)"\s*:|"type"\s*:\s*"mention"/.test(JSON.stringify(payload)),
    close: async () => {
      await running.stop?.();
      server.closeAllConnections();
      await new Promise((r) => server.close(() => r(undefined)));
      await receiver.close();
      await store.close();
    },
  };
}
