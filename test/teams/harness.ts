import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type RunningApp, startApp } from '../support/app-harness.ts';
import { CHANNEL } from './activities.ts';
import { type ConnectorCall, type FakeBotFramework, startFakeBotFramework } from './fake-bot-framework.ts';

export interface TeamsBot extends RunningApp {
  /** Posts an activity to /api/messages as the Bot Framework does, signed unless a token is given. */
  send(
    activity: Record<string, unknown>,
    o?: { token?: string | null },
  ): Promise<{ status: number; text: string }>;
}

/** The composed app with the Teams adapter on a local port, authenticating against and posting to the fakes. */
export async function startTeamsBot(
  fake: FakeBotFramework,
  storeUrl = 'memory://',
  env: Record<string, string> = {},
): Promise<TeamsBot> {
  const running = await startApp({ ...fake.env, STORE_URL: storeUrl, ...env });
  return {
    ...running,
    send: async (activity, o = {}) => {
      const token = o.token === undefined ? fake.token({ serviceurl: String(activity.serviceUrl) }) : o.token;
      const r = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(activity),
      });
      return { status: r.status, text: await r.text() };
    },
  };
}

/** One fake Bot Framework for the file and a fresh bot for each test (with `env` on top of the fake's). */
export function teamsBotPerTest(env: Record<string, string> = {}) {
  const ctx = {} as { fake: FakeBotFramework; bot: TeamsBot };
  beforeAll(async () => {
    ctx.fake = await startFakeBotFramework({ trustInProcess: true });
  });
  afterAll(() => ctx.fake.close());
  beforeEach(async () => {
    ctx.fake.calls.length = 0;
    ctx.fake.roster.length = 0;
    ctx.bot = await startTeamsBot(ctx.fake, 'memory://', env);
  });
  afterEach(() => ctx.bot.close());
  return ctx;
}

/** The activity a connector call carried (a new conversation's first post included). */
export const payload = (c?: ConnectorCall) =>
  JSON.stringify((c?.op === 'createConversation' ? c.body.activity : c?.body) ?? {});
export const inChain = (root: string) => (c: ConnectorCall) =>
  c.op === 'sendToConversation' && c.conversation === `${CHANNEL};messageid=${root}`;
export const directTo = (user: { id: string }) => (c: ConnectorCall) =>
  c.op === 'sendToConversation' && c.conversation === `a:direct-${user.id}`;
/** The submit data of a card's button, by action id. */
export const submitData = (c: ConnectorCall | undefined, id: string) =>
  JSON.parse(payload(c).match(new RegExp(`"data":(\\{"csc":"${id}"[^}]*\\})`))?.[1] ?? '{}');
