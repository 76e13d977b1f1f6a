import type { Logger } from 'pino';
import type { DrillBot } from '../../bot/drill-bot.ts';
import type { DrillService } from '../../drill/service.ts';
import { withLogFields } from '../../log.ts';
import type { OpenStore } from '../../store/open-store.ts';
import type { Metrics } from './metrics.ts';

export interface SweeperDeps {
  store: OpenStore;
  service: DrillService;
  bot: DrillBot;
  log: Logger;
  metrics: Metrics;
  idleMinutes: number;
  clock?: () => Date;
}

/**
 * Ends and scores drills nobody has answered for the idle timeout, telling the trainee in the
 * thread; a drill a reply reaches first is left alone (the turn ends it itself).
 */
export function createSweeper(d: SweeperDeps) {
  const clock = d.clock ?? (() => new Date());
  let running: Promise<number> | undefined;
  const sweep = async (): Promise<number> => {
    let ended = 0;
    for (const key of await d.store.listKeys('active:')) {
      const drillId = (await d.store.kv.get(key)) as string | undefined;
      if (!drillId) continue;
      const drill = await d.service.drill(drillId).catch(() => undefined);
      if (drill?.status !== 'active') continue;
      const idleMs = clock().getTime() - Date.parse(drill.updatedAt);
      if (idleMs <= d.idleMinutes * 60_000) continue;
      await withLogFields({ drillId }, async () => {
        try {
          await d.bot.endIdle(drill, d.idleMinutes);
          ended++;
          d.metrics.idleSwept.inc();
          d.log.info({ idleMinutes: Math.round(idleMs / 60_000) }, 'idle drill ended and scored');
        } catch (err) {
          // Ended by its own turn meanwhile (a DrillError: not active any more) is no news; anything else is retried next sweep.
          if (err instanceof Error && err.name === 'DrillError')
            d.log.debug({ err }, 'idle drill ended meanwhile');
          else d.log.warn({ err }, 'idle drill could not be ended; the next sweep tries again');
        }
      });
    }
    return ended;
  };
  return {
    /** One pass; concurrent calls share it. Resolves to how many drills it ended. */
    sweep(): Promise<number> {
      running ??= sweep().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}
