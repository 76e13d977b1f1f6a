import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfidentialClientApplication } from '@azure/msal-node';
import {
  type Activity,
  ActivityTypes,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { type AuthenticateRequestResult, MsalServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from 'pino';
import type { RunningAdapter } from '../../src/chat/contract/adapter.ts';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { botFrameworkOptions, type TeamsSettings } from './config.ts';
import { InboundActivity, parseActivity } from './parse.ts';
import { TeamsChannel } from './post.ts';

const ACK = '⏳ 好的，处理中… / Working on it…';
const MAX_BODY_BYTES = 256 * 1024;

/** CloudAdapter with its activity pipeline reachable for an already authenticated request. */
class TeamsCloudAdapter extends CloudAdapter {
  run(auth: AuthenticateRequestResult, activity: Activity, logic: (ctx: TurnContext) => Promise<void>) {
    return this.processActivity(auth, activity, logic);
  }
}

/**
 * With the Bot Framework endpoints passed through, MSAL gets the login URL as its authority as it
 * is; `ValidateAuthority=false` reaches it as a known authority (the SDK parses the setting but
 * never hands it to MSAL, which would then ask the public instance discovery about the host).
 */
function credentialsFactory(s: TeamsSettings, appId: string) {
  const login = s.ToChannelFromBotLoginUrl;
  if (!login) return undefined;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: appId,
      clientSecret: s.MICROSOFT_APP_PASSWORD,
      authority: login,
      knownAuthorities: s.ValidateAuthority === false ? [new URL(login).host] : [],
    },
  });
  // The SDK is CommonJS and types MSAL's CJS build; both builds have the same client API.
  type MsalClient = ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1];
  return new MsalServiceClientCredentialsFactory(appId, app as unknown as MsalClient);
}

class BodyError extends Error {
  constructor(readonly status: number) {
    super(`body refused (${status})`);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400);
  }
}

const end = (res: ServerResponse, status: number, body?: unknown) => {
  if (body === undefined) res.writeHead(status).end();
  else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/**
 * Teams on botbuilder's CloudAdapter at `/api/messages`. The Bot Framework's JWT validation
 * authenticates every request first; any failure is a bare 401 that never reaches the drill. An
 * authenticated activity runs through the adapter's pipeline, is handed to the sink, and only then
 * answered (an invoke with its invoke response); the drill work runs after the answer.
 */
export function startTeams(s: TeamsSettings, sink: InboundSink, log: Logger): RunningAdapter {
  const options = botFrameworkOptions(s);
  const appId = options.MicrosoftAppId;
  const botId = `28:${appId}`;
  const auth = new ConfigurationBotFrameworkAuthentication(options, credentialsFactory(s, appId));
  const adapter = new TeamsCloudAdapter(auth);
  const channel = new TeamsChannel(adapter, appId);

  const onTurn = async (ctx: TurnContext) => {
    const activity = InboundActivity.parse(ctx.activity);
    const event = parseActivity(activity, botId);
    if (event?.actor.tenant) {
      const data = activity.channelData as { team?: { id?: string }; channel?: { id?: string } } | undefined;
      channel.learn(event.actor.tenant, activity.serviceUrl, {
        aadObjectId: activity.from.aadObjectId,
        rosterId: activity.from.id,
        channel: data?.channel?.id,
        team: data?.team?.id,
      });
    }
    if (event) await sink.accept(event);
    if (activity.type === ActivityTypes.Invoke) {
      const value: InvokeResponse =
        activity.name === 'adaptiveCard/action' && event
          ? {
              status: 200,
              body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: ACK },
            }
          : { status: 200, body: {} };
      await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return end(res, 405);
    const authorization = req.headers.authorization ?? '';
    if (!authorization.trim()) {
      log.warn({ path: req.url }, 'teams request refused: no token');
      return end(res, 401);
    }
    let activity: InboundActivity;
    try {
      const parsed = InboundActivity.safeParse(await readJson(req));
      if (!parsed.success) return end(res, 400);
      activity = parsed.data;
    } catch (err) {
      return end(res, err instanceof BodyError ? err.status : 400);
    }
    let authenticated: AuthenticateRequestResult;
    try {
      authenticated = await auth.authenticateRequest(activity as unknown as Activity, authorization);
    } catch (err) {
      // Forged, expired, not yet valid, for another app or service URL: all the same to the caller.
      log.warn({ reason: (err as Error).message }, 'teams request refused: token did not validate');
      return end(res, 401);
    }
    try {
      const invoke = await adapter.run(authenticated, activity as unknown as Activity, onTurn);
      end(res, invoke?.status ?? 200, invoke?.body);
    } catch (err) {
      log.error({ err }, 'teams activity failed');
      end(res, 500);
    }
  };

  return {
    channel,
    routes: [{ prefix: '/api/messages', handle }],
    selfId: () => botId,
    describe: (baseUrl) => `listening at ${baseUrl}/api/messages (app ${appId})`,
  };
}
