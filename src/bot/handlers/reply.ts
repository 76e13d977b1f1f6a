import type { Inbound, InboundOf } from '../../chat/contract/inbound.ts';
import type { BotContext } from '../context.ts';
import { customerLineMessage } from '../render/blocks.ts';
import { strings } from '../strings/index.ts';
import { customerLineView } from '../views/customer-line.ts';
import { postScorecard } from './drill-posts.ts';

const NOTE_TTL_MS = 24 * 3600_000;

/** A message in a conversation: the trainee's reply in their drill's thread; a private note for anyone else. */
export async function handleMessage(bot: BotContext, e: InboundOf<'message'>): Promise<void> {
  const drillId = await bot.o.links.drillForThread(e.key);
  const trainee = bot.trainee(e);
  if (!drillId) {
    // A thread the store no longer knows, after the store came back empty: said once, never ignored.
    const ownConversation = e.where === 'thread' || bot.adapterFor(e.key).capabilities.threads === 'none';
    if (
      ownConversation &&
      (await bot.o.storeReset?.()) &&
      (await bot.o.claims.setIfAbsent(`vanished:${e.key}`, NOTE_TTL_MS))
    )
      return bot.tell(e, { text: strings(e.lang ?? bot.o.defaultLang).drillVanished });
    return pointToThread(bot, e, trainee.id);
  }
  const drill = await bot.service.drill(drillId);
  if (drill.trainee.id !== trainee.id) {
    // Observers are told once per drill, privately; their messages never count.
    if (await bot.o.claims.setIfAbsent(`observer:${drillId}:${trainee.id}`, NOTE_TTL_MS))
      await bot.tell(e, { text: strings(drill.lang).observer(bot.prefix(e)) });
    return;
  }
  const adapter = bot.adapterFor(e.key);
  // The customer "types" while their reply is worked out; the indicator is best effort.
  const typing = adapter
    .typing?.(e.key)
    .catch((err: unknown) => bot.o.log.debug({ err }, 'typing indicator failed'));
  // The platform's event id makes the turn idempotent: a redelivered or replayed event plays it once.
  const r = await bot.service.reply(drillId, trainee.id, e.text, { eventId: eventKey(e) });
  await typing;
  if (r.customer)
    await adapter.post(
      e.key,
      customerLineMessage(
        customerLineView(r.drill.lang, r.customer.text, r.tags, r.customer.emotion, r.notices),
      ),
    );
  if (r.ended) await postScorecard(bot, r.drill, r.ended);
}

/** A trainee who answers in the channel instead of the drill's thread gets a private pointer, once per drill. */
async function pointToThread(bot: BotContext, e: InboundOf<'message'>, traineeId: string): Promise<void> {
  if (e.where !== 'conversation') return;
  const active = await bot.service.activeDrill(traineeId);
  if (!active || active.channelKey !== e.key) return;
  if (await bot.o.claims.setIfAbsent(`pointer:${active.id}`, NOTE_TTL_MS))
    await bot.tell(e, { text: strings(active.lang).replyInThread });
}

/** One id per platform event, the same the dispatcher queues it under. */
export const eventKey = (e: Inbound): string => `${e.actor.platform}:${e.eventId}`;
