import { PlatformError } from '../chat/contract/errors.ts';
import type { Inbound } from '../chat/contract/inbound.ts';
import type { Assignment } from '../coach/ports.ts';
import { DrillError } from '../drill/errors.ts';
import type { Drill } from '../drill/model.ts';
import { BotContext, type DrillBotOptions } from './context.ts';
import { handleAction } from './handlers/action.ts';
import { deliverAll, remindDue } from './handlers/coach.ts';
import { handleCommand } from './handlers/command.ts';
import { postScorecard, StartFailed } from './handlers/drill-posts.ts';
import { handleMessage } from './handlers/reply.ts';
import { strings } from './strings/index.ts';

export type { DrillBotOptions, ThreadLinks } from './context.ts';

/** The platform-free chat bot: one instance serves every adapter in the registry. */
export class DrillBot {
  private readonly ctx: BotContext;

  constructor(options: DrillBotOptions) {
    this.ctx = new BotContext(options);
  }

  /** Resolves when paced deliveries (assignments, reminders) queued so far have gone out. */
  settle(): Promise<void> {
    return this.ctx.settle();
  }

  /** Sends the reminders that are due; the composition root calls it on a timer. */
  remind(): Promise<number> {
    return this.ctx.o.coach ? remindDue(this.ctx, this.ctx.o.coach) : Promise.resolve(0);
  }

  /** Delivers assignments made outside a chat (the manager page) to each assignee's direct conversation. */
  deliver(assignments: readonly Assignment[]): void {
    const coach = this.ctx.o.coach;
    if (!coach || !assignments.length) return;
    this.ctx.later(deliverAll(this.ctx, coach, assignments));
  }

  /** Tells the sender of an event the store could not record that it was not handled. */
  async tellStoreDown(e: Inbound): Promise<void> {
    await this.ctx.tell(e, { text: strings(e.lang ?? this.ctx.o.defaultLang).storeUnavailable });
  }

  /** Ends a drill nobody answered for too long, scores it and says so in its thread. */
  async endIdle(drill: Drill, idleMinutes: number): Promise<void> {
    const { drill: ended, ended: result } = await this.ctx.service.end(
      drill.id,
      drill.trainee.id,
      'idle-timeout',
    );
    const thread = (await this.ctx.o.links.threadForDrill(drill.id)) ?? drill.channelKey;
    if (thread)
      await this.ctx.adapterFor(thread).post(thread, { text: strings(drill.lang).idleEnded(idleMinutes) });
    await postScorecard(this.ctx, ended, result);
  }

  async handle(e: Inbound): Promise<void> {
    const lang = e.lang ?? this.ctx.o.defaultLang;
    try {
      if (e.type === 'command') await handleCommand(this.ctx, e, lang);
      else if (e.type === 'message') await handleMessage(this.ctx, e);
      else await handleAction(this.ctx, e, lang);
    } catch (err) {
      if (err instanceof DrillError) return this.ctx.tell(e, { text: err.userMessage[lang] });
      if (err instanceof Error && err.name === 'StoreUnavailableError') {
        // Matched by name: the store's error class is not the bot's to import.
        this.ctx.o.log.error({ err, eventId: e.eventId }, `store not answering: ${err.message}`);
        return this.ctx.tell(e, { text: strings(lang).storeUnavailable });
      }
      const platformError = err instanceof StartFailed ? err.platformError : err;
      if (!(platformError instanceof PlatformError)) throw err;
      this.ctx.o.log.error(
        { err: platformError, platform: platformError.platform, eventId: e.eventId },
        'platform call failed while handling an event',
      );
      const text =
        err instanceof StartFailed ? err.userMessage : strings(lang).platformError(platformError.reason);
      await this.ctx.tell(e, { text });
    }
  }
}
