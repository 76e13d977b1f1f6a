import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import { DrillRepository } from '../../src/store/drill-repository.ts';
import { openStore } from '../../src/store/open-store.ts';
import { sqliteUrl } from './backends.ts';

const TRAINEE = { id: 'slack:T1:U1', name: 'Ana' };

/** A drill this process wrote and read back quickly, and the same store as another replica sees it. */
async function setUp(url: string) {
  const store = await openStore(url);
  const { service } = await createCore({ ...loadConfig({}), STORE_URL: url }, { store });
  const { drill } = await service.start({
    trainee: TRAINEE,
    scenarioId: 'card-frozen-after-travel',
    lang: 'en',
    seed: 3,
  });
  const here = new DrillRepository(store.kv, store.atomic);
  const other = new DrillRepository(store.kv, store.atomic);
  return { store, drill, here, other };
}

describe.each([
  ['memory', () => 'memory://'],
  ['sqlite', () => sqliteUrl('reads')],
])('reading a drill back (%s)', (_name, fresh) => {
  it('sees what another replica wrote since this one last wrote it', async () => {
    const { store, drill, here, other } = await setUp(fresh());
    await here.put(drill);
    await other.put({ ...drill, entries: drill.entries + 1 });
    expect((await here.get(drill.id))?.entries).toBe(drill.entries + 1);
    await store.close();
  });

  it('refuses a damaged record even right after writing a good one', async () => {
    const { store, drill, here } = await setUp(fresh());
    await here.put(drill);
    await store.kv.set(`drill:${drill.id}`, { ...drill, seed: 'not a number' });
    await expect(here.get(drill.id)).rejects.toThrow(/seed/);
    await store.close();
  });

  it('hands out a copy: changing what was read changes nothing stored', async () => {
    const { store, drill, here } = await setUp(fresh());
    await here.put(drill);
    const read = (await here.get(drill.id)) as typeof drill;
    read.entries = 999;
    expect((await here.get(drill.id))?.entries).toBe(drill.entries);
    await store.close();
  });
});
