import type { Logger } from 'pino';
import type { OpenStore } from '../../store/open-store.ts';

/**
 * Watches the store's marker: a store that came back empty is said in the log once, at the moment
 * it is seen, and remembered so trainees whose drill vanished are told instead of ignored.
 */
export function watchStore(store: OpenStore, log: Logger) {
  let reset: Date | undefined;
  let checking: Promise<boolean> | undefined;
  const check = async (): Promise<boolean> => {
    const r = await store.epoch.check();
    if (r.lost) {
      reset = new Date();
      log.error(
        { store: store.describe, lostEpoch: r.previous.id, since: r.previous.since },
        `store came back empty: everything written since ${r.previous.since} is gone (drills, transcripts, links); trainees in vanished drills are told to start again`,
      );
    }
    return reset !== undefined;
  };
  return {
    /** True once the store has been seen empty since start-up; checks again now (one check at a time). */
    async wasReset(): Promise<boolean> {
      checking ??= check().finally(() => {
        checking = undefined;
      });
      return checking;
    },
    get resetAt() {
      return reset;
    },
  };
}
export type StoreWatch = ReturnType<typeof watchStore>;
