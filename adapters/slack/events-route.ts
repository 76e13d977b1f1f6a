import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions as http } from '@slack/bolt';
import type { Logger } from 'pino';
import type { InboundSink } from '../../src/chat/contract/inbound.ts';
import { type MessageEventPayload, parseMessageEvent } from './parse.ts';

interface EventEnvelope {
  type?: string;
  challenge?: string;
  event_id?: string;
  team_id?: string;
  event?: { type?: string };
}

/**
 * Events API deliveries (JSON bodies), acknowledged without Bolt's middleware chain: the same
 * verification (Bolt's own signature check and body limit), then the message is recorded and
 * Slack answered. Every delivery pays for the chain's context, listeners and timers, and a burst
 * of deliveries waits for each other's; slash commands and clicks still go through Bolt.
 */
export function eventsRoute(signingSecret: string, sink: InboundSink, log: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let raw: Buffer;
    try {
      raw = (await http.bufferIncomingMessage(req, http.defaultBodyLimit)).rawBody;
    } catch (err) {
      if (http.isRawBodyError(err) && (err.type === 'entity.too.large' || err.statusCode === 413)) {
        log.warn({ limit: err.limit }, 'slack request refused: body too large');
        http.buildNoBodyResponse(res, 413);
        return;
      }
      log.warn({ reason: (err as Error).message }, 'slack request refused: body not readable');
      http.buildNoBodyResponse(res, 400);
      return;
    }
    const refused = unsigned(signingSecret, req, raw);
    if (refused) {
      log.warn({ reason: refused }, 'slack request refused: signature not verified');
      http.buildNoBodyResponse(res, 401);
      return;
    }
    let body: EventEnvelope;
    try {
      body = JSON.parse(raw.toString()) as EventEnvelope;
    } catch {
      log.warn('slack request refused: malformed JSON body');
      http.buildNoBodyResponse(res, 400);
      return;
    }
    if (body.type === 'url_verification') {
      http.buildUrlVerificationResponse(res, body);
      return;
    }
    try {
      if (body.type === 'event_callback' && body.event?.type === 'message') {
        const e = parseMessageEvent(
          body.event as unknown as MessageEventPayload,
          String(body.event_id),
          String(body.team_id),
        );
        if (e) await sink.accept(e);
      }
    } catch (err) {
      // Not acknowledged: Slack delivers the event again.
      log.error({ err }, 'slack handler failed');
      http.buildNoBodyResponse(res, 500);
      return;
    }
    http.buildNoBodyResponse(res, 200);
  };
}

/** How far a request's timestamp may be from now, either way (Slack's own five minutes). */
export const SIGNATURE_WINDOW_S = 300;

/**
 * Why a request does not carry Slack's v0 signature of this body at a fresh timestamp, or
 * undefined when it does. Compared in constant time with Node's own primitive.
 */
export function unsigned(
  secret: string,
  req: IncomingMessage,
  body: Buffer,
  nowMs = Date.now(),
): string | undefined {
  const ts = req.headers['x-slack-request-timestamp'];
  const signature = req.headers['x-slack-signature'];
  if (!secret) return 'no signing secret configured';
  if (typeof ts !== 'string' || !/^\d{1,12}$/.test(ts))
    return 'missing or malformed x-slack-request-timestamp';
  if (Math.abs(nowMs / 1000 - Number(ts)) > SIGNATURE_WINDOW_S) return 'stale x-slack-request-timestamp';
  if (typeof signature !== 'string' || !signature.startsWith('v0='))
    return 'missing or unknown x-slack-signature version';
  const expected = createHmac('sha256', secret).update(`v0:${ts}:`).update(body).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? undefined
    : 'signature mismatch';
}
