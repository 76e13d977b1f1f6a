import type { ServerResponse } from 'node:http';
import { exportedDrill, resultsCsv } from '../../src/coach/export.ts';
import type { CoachService } from '../../src/coach/service.ts';
import { DrillError } from '../../src/drill/errors.ts';
import type { HistoryItem } from '../../src/drill/ports.ts';
import type { DrillService } from '../../src/drill/service.ts';
import type { Member } from './coach-people.ts';

/** `team:onboarding` → `team-onboarding`: a file name every browser and OS keeps as it is. */
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'export';

function attachment(res: ServerResponse, type: string, name: string, ext: string): void {
  const file = `csc-drill-${slug(name)}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  res.writeHead(200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${file}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

async function rows(coach: CoachService, people: readonly Member[], since?: string) {
  const out: { person: string; name: string; item: HistoryItem }[] = [];
  for (const p of people)
    for (const item of await coach.historyOf(p.id))
      if (!since || item.endedAt >= since) out.push({ person: p.id, name: p.name, item });
  return out.sort((a, b) => a.item.endedAt.localeCompare(b.item.endedAt));
}

/** One row per finished drill; the BOM makes Excel and WPS read the Chinese as UTF-8. */
export async function sendCsv(
  res: ServerResponse,
  coach: CoachService,
  people: readonly Member[],
  name: string,
  since?: string,
): Promise<void> {
  const csv = resultsCsv(await rows(coach, people, since));
  attachment(res, 'text/csv; charset=utf-8', name, 'csv');
  res.end(`\uFEFF${csv}`);
}

/** One drill a line with its dialogue, tags and scorecard, written as it is read (exports can be large). */
export async function sendJsonl(
  res: ServerResponse,
  coach: CoachService,
  service: DrillService,
  people: readonly Member[],
  name: string,
  since?: string,
): Promise<void> {
  const all = await rows(coach, people, since);
  attachment(res, 'application/x-ndjson; charset=utf-8', name, 'jsonl');
  try {
    for (const { person, name: who, item } of all) {
      if (res.destroyed) return;
      // A drill whose record has expired from the store still exports its result, without dialogue.
      const status = await service.status(item.drillId).catch((e: unknown) => {
        if (e instanceof DrillError && e.code === 'not-found') return undefined;
        throw e;
      });
      const line = exportedDrill(person, who, item, status?.transcript ?? [], status?.scorecard ?? null);
      if (!res.write(`${JSON.stringify(line)}\n`))
        await new Promise((r) => {
          res.once('drain', r);
          res.once('close', r);
        });
    }
    res.end();
  } catch (e) {
    // The status line has gone out: a cut-off download is the only honest way to say it failed.
    res.destroy();
    throw e;
  }
}
