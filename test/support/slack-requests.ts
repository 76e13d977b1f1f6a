import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

/** Headers exactly as Slack signs a request: v0=HMAC-SHA256(secret, "v0:<ts>:<body>"). */
export function signed(body: string, options: { ts?: number; secret?: string; retryNum?: number } = {}) {
  const ts = options.ts ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${ts}:${body}`)
    .digest('hex')}`;
  return {
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signature,
    ...(options.retryNum
      ? { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' }
      : {}),
  };
}

let counter = 0;
const next = () => `${Date.now()}${++counter}`;

/** A slash command as Slack posts it (application/x-www-form-urlencoded). */
export function slashCommand(text: string, user = 'U1', channel = 'C1'): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: channel,
    channel_name: 'support-training',
    user_id: user,
    user_name: user === 'U1' ? 'ada' : 'bob',
    command: '/drill',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T1/1/x',
    trigger_id: `${next()}.1.abc`,
  }).toString();
}

/** An event_callback with a message event in a thread. */
export function threadMessage(opts: {
  text: string;
  threadTs: string;
  user?: string;
  botId?: string;
  eventId?: string;
  channel?: string;
}) {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(++counter).padStart(6, '0')}`;
  const event: Record<string, unknown> = {
    type: 'message',
    channel: opts.channel ?? 'C1',
    text: opts.text,
    ts,
    thread_ts: opts.threadTs,
    team: 'T1',
    event_ts: ts,
    channel_type: 'channel',
  };
  if (opts.botId) Object.assign(event, { bot_id: opts.botId, subtype: 'bot_message', username: 'csc-drill' });
  else event.user = opts.user ?? 'U1';
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${next()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${next()}`,
  });
}

/** A block_actions interaction as Slack posts it (form field `payload`). */
export function blockAction(opts: {
  actionId: string;
  value: string;
  messageTs: string;
  threadTs?: string;
  user?: string;
  channel?: string;
}): string {
  const payload = {
    type: 'block_actions',
    user: { id: opts.user ?? 'U1', username: 'ada', name: 'ada', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: opts.messageTs,
      channel_id: opts.channel ?? 'C1',
      is_ephemeral: false,
      thread_ts: opts.threadTs,
    },
    trigger_id: `${next()}.1.def`,
    team: { id: 'T1', domain: 'acme' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: opts.channel ?? 'C1', name: 'support-training' },
    message: {
      type: 'message',
      ts: opts.messageTs,
      thread_ts: opts.threadTs,
      text: 'scorecard',
      user: 'UBOT',
      bot_id: 'BBOT',
    },
    response_url: 'https://hooks.slack.com/actions/T1/1/x',
    actions: [
      {
        action_id: opts.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: opts.value,
        type: 'button',
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
