import type { Command } from 'commander';
import { createCore } from '../../app/core.ts';
import { exportedDrill, resultsCsv } from '../../coach/export.ts';
import { Roles } from '../../coach/roles.ts';
import { CoachService } from '../../coach/service.ts';
import { CoachRepository } from '../../store/coach-repository.ts';
import { type CliContext, readSettings } from '../settings.ts';

/** `csc-drill export`: a team's results as CSV, or full drills as JSONL, for its own QA. */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('Export results (CSV) or whole drills with tags and scorecards (JSONL) for a team or people')
    .option('--team <name>', 'a team (see /drill team)')
    .option('--person <id...>', 'person references, e.g. slack:T1:U2 web:ada')
    .option('--format <format>', 'csv or jsonl', 'csv')
    .action(async (opts: { team?: string; person?: string[]; format: string }) => {
      if (opts.format !== 'csv' && opts.format !== 'jsonl') {
        process.stderr.write(`--format: expected csv or jsonl (got "${opts.format}")\n`);
        process.exitCode = 2;
        return;
      }
      const { config } = readSettings(ctx);
      const core = await createCore(config);
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
          for (const item of await coach.historyOf(id))
            rows.push({ person: id, name: known[id] ?? id, item });
        if (opts.format === 'csv') {
          process.stdout.write(resultsCsv(rows));
          return;
        }
        for (const { person, name, item } of rows) {
          const { transcript, scorecard } = await core.service.status(item.drillId);
          process.stdout.write(
            `${JSON.stringify(exportedDrill(person, name, item, transcript, scorecard))}\n`,
          );
        }
      } finally {
        await core.store.close();
      }
    });
}
