import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/app/core.ts';
import { loadConfig } from '../../src/config/config.ts';
import { defaultTagger } from '../../src/csc/tagger/tagger.ts';
import { ScriptedCustomer } from '../../src/customer/scripted.ts';
import type { Customer } from '../../src/customer/types.ts';
import { Catalogue } from '../../src/drill/catalogue.ts';
import { DrillService } from '../../src/drill/service.ts';
import { DrillRepository } from '../../src/store/drill-repository.ts';
import { openStore } from '../../src/store/open-store.ts';
import { COMPETENT_CARD_FROZEN_EN, play, TRAINEE } from '../support/engine.ts';

const CHILD = fileURLToPath(new URL('../support/drill-child.ts', import.meta.url));

function runChildUntilKilled(storeUrl: string, turns: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Node itself (with tsx as a loader), so SIGKILL hits the process holding the store, not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, storeUrl, String(turns)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(out.trim());
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

describe('a drill survives a restart (SQLite)', () => {
  it('kills the process mid-drill, starts again on the same file and finishes the drill', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-restart-')), 'drills.sqlite')}`;
    const drillId = await runChildUntilKilled(url, 4);

    const { service, store } = await createCore({ ...loadConfig({}), STORE_URL: url });
    try {
      const before = await service.status(drillId);
      expect(before.drill.status).toBe('active');
      expect(before.drill.agentTurns).toBe(4);
      expect(before.transcript).toHaveLength(9);
      const results = await play(service, drillId, COMPETENT_CARD_FROZEN_EN.slice(4));
      expect(results.at(-1)?.ended?.reason).toBe('resolved');
      expect(results.at(-1)?.ended?.scorecard.passed).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('a crash between storing the reply and the customer answering loses nothing', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'csc-crash-')), 'drills.sqlite')}`;
    const config = { ...loadConfig({}), STORE_URL: url };
    const store = await openStore(url);
    const crashing: Customer = {
      open: (...args) => new ScriptedCustomer().open(...args),
      respond: () => {
        throw new Error('process died');
      },
    };
    const { service: healthy, library } = await createCore(config, { store });
    const broken = new DrillService({
      catalogue: new Catalogue(library),
      repo: new DrillRepository(store.kv, store.atomic),
      locks: store.atomic,
      tagger: defaultTagger(),
      customer: crashing,
      defaultLang: 'en',
      passMark: 70,
      idleTimeoutMs: 60 * 60_000,
      maxMessageChars: 4000,
    });
    const { drill } = await healthy.start({
      trainee: TRAINEE,
      scenarioId: 'card-frozen-after-travel',
      lang: 'en',
      seed: 1,
    });
    await expect(broken.reply(drill.id, TRAINEE.id, COMPETENT_CARD_FROZEN_EN[0] as string)).rejects.toThrow(
      'process died',
    );
    const stuck = await healthy.status(drill.id);
    expect(stuck.drill.pending).toBeDefined();
    expect(stuck.transcript.at(-1)?.text).toBe(COMPETENT_CARD_FROZEN_EN[0]);

    const r = await healthy.reply(drill.id, TRAINEE.id, COMPETENT_CARD_FROZEN_EN[1] as string);
    const { transcript } = await healthy.status(drill.id);
    expect(transcript.map((e) => e.speaker)).toEqual(['customer', 'agent', 'customer', 'agent', 'customer']);
    expect(r.customer?.text).toBe(transcript.at(-1)?.text);
    await store.close();
  });
});
