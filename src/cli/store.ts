import { ConfigError } from '../config/config.ts';
import { fsReason } from '../config/fs-reason.ts';
import { type OpenStore, openStore } from '../store/open-store.ts';

/** STORE_URL as it may be shown: a password in a Redis URL is left out. */
const shown = (url: string) => url.replace(/^((?:rediss?|postgres(?:ql)?):\/\/)[^@/]*@/, '$1…@');

/** Opens STORE_URL; a store that cannot be opened is told in one line naming the variable. */
export async function openConfiguredStore(url: string, timeoutMs?: number): Promise<OpenStore> {
  try {
    return await openStore(url, { timeoutMs });
  } catch (e) {
    if (e instanceof Error && e.name === 'StoreUrlError') throw e;
    const reason = fsReason(e) ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new ConfigError(`STORE_URL: cannot open "${shown(url)}" (${reason})`, { cause: e });
  }
}
