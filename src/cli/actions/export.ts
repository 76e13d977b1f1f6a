import { createCore } from '../../app/core.ts';
import { exportedDrill, resultsCsv } from '../../coach/export.ts';
import { Roles } from '../../coach/roles.ts';
import { CoachService } from '../../coach/service.ts';
import { CoachRepository } from '../../store/coach-repository.ts';
import { type CliContext, readSettings } from '../settings.ts';
import { openConfiguredStore } from '../store.ts';

export interface ExportOptions {
  team?: string;
  person?: string[];
  format: 'csv' | 'jsonl';
}

/** A team's results as CSV, or its whole drills as JSONL. */
export async function exportResults(ctx: CliContext, opts: ExportOptions): Promise<void> {
  const { config } = await readSettings(ctx);
  const core = await createCore(config, { store: await openConfiguredStore(config.STORE_URL) });
  try {
    const coach = new CoachService({
      store: new CoachRepository(core.store.kv, core.store.atomic),
      history: (id) => core.repo.coachingHistory(id),
      library: core.library,
      roles: new Roles([]),
      certifyStreak: config.CERTIFY_STREAK,
    });
    const team = opts.team ? await coach.team(opts.team) : undefined;
    if (opts.team && !team) {
      process.stderr.write(
        `--team: no team "${opts.team}" (teams: ${(await coach.teamNames()).join(', ') || 'none'})\n`,
      );
      process.exitCode = 2;
      return;
    }
    const known = await coach.people();
    const ids = [...new Set([...(team?.members ?? []), ...(opts.person ?? [])])];
    const rows = [];
    for (const id of ids)
      for (const item of await coach.historyOf(id)) rows.push({ person: id, name: known[id] ?? id, item });
    if (opts.format === 'csv') {
      process.stdout.write(resultsCsv(rows));
      return;
    }
    for (const { person, name, item } of rows) {
      const { transcript, scorecard } = await core.service.status(item.drillId);
      process.stdout.write(`${JSON.stringify(exportedDrill(person, name, item, transcript, scorecard))}\n`);
    }
  } finally {
    await core.store.close();
  }
}
