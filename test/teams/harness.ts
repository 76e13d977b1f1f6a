import { type RunningApp, startApp } from '../support/app-harness.ts';
import type { FakeBotFramework } from './fake-bot-framework.ts';

export interface TeamsBot extends RunningApp {
  /** Posts an activity to /api/messages as the Bot Framework does, signed unless a token is given. */
  send(
    activity: Record<string, unknown>,
    o?: { token?: string | null },
  ): Promise<{ status: number; text: string }>;
}

/** The composed app with the Teams adapter on a local port, authenticating against and posting to the fakes. */
export async function startTeamsBot(fake: FakeBotFramework, storeUrl = 'memory://'): Promise<TeamsBot> {
  const running = await startApp({ ...fake.env, STORE_URL: storeUrl });
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
