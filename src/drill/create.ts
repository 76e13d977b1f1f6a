import type { Config } from '../config/config.ts';
import { contentDirs } from '../content/dirs.ts';
import { formatContentError } from '../content/errors.ts';
import { type Library, loadLibrary } from '../content/library.ts';
import { defaultTagger } from '../csc/tagger/tagger.ts';
import { ScriptedCustomer } from '../customer/scripted.ts';
import { DrillRepository } from '../store/drill-repository.ts';
import { type OpenStore, openStore } from '../store/open-store.ts';
import { DrillService } from './service.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Loads the content library and refuses to start on any invalid file, listing every error. */
export function loadValidLibrary(config: Config): Library {
  const { library, errors } = loadLibrary(contentDirs(config));
  if (errors.length) {
    throw new ContentError(
      `Content has ${errors.length} error(s):\n${errors.map(formatContentError).join('\n')}`,
    );
  }
  return library;
}

/** Wires the offline drill engine from configuration: content, store, tagger, scripted customer. */
export async function createDrillService(
  config: Config,
  options: { store?: OpenStore; clock?: () => Date } = {},
) {
  const library = loadValidLibrary(config);
  const store = options.store ?? (await openStore(config.STORE_URL));
  const service = new DrillService({
    library,
    repo: new DrillRepository(store.kv, store.atomic),
    tagger: defaultTagger(),
    customer: new ScriptedCustomer(),
    defaultLang: config.DEFAULT_LANG,
    passMark: config.PASS_MARK,
    idleTimeoutMs: config.IDLE_TIMEOUT_MINUTES * 60_000,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    clock: options.clock,
  });
  return { service, store, library };
}
