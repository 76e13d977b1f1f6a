import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { HistoryItem } from '../drill/ports.ts';

const COLUMNS = [
  'person',
  'name',
  'drillId',
  'scenarioId',
  'personaId',
  'lang',
  'mode',
  'endReason',
  'overall',
  'passed',
  'fatal',
  'endedAt',
] as const;

/** A leading = + - @ (or tab, carriage return) makes spreadsheets run a cell as a formula: defuse it. */
const safe = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};

/** One row per finished drill, for a team's own spreadsheets. */
export function resultsCsv(rows: readonly { person: string; name: string; item: HistoryItem }[]): string {
  return stringify(
    rows.map(({ person, name, item }) => {
      const record: Record<string, unknown> = { ...item, person, name };
      return COLUMNS.map((c) => safe(record[c]));
    }),
    { header: true, columns: [...COLUMNS], record_delimiter: 'windows' },
  );
}

// `bom`: the page's download starts with one, so Excel and WPS read the Chinese as UTF-8.
export const parseResultsCsv = (text: string): Record<string, string>[] =>
  parse(text, { columns: true, bom: true });

/** One drill in the RoleCS-like export: the dialogue with the trainee's strategies, and the scorecard. */
export interface ExportedDrill {
  id: string;
  person: string;
  name: string;
  scenario: string;
  persona: string;
  lang?: string;
  mode: string;
  endReason: string;
  endedAt: string;
  dialogue: {
    role: 'customer' | 'supporter';
    content: string;
    strategy?: string;
    strategies?: string[];
    emotion?: number;
  }[];
  scorecard: unknown;
}

interface TranscriptLine {
  speaker: 'customer' | 'agent';
  text: string;
  strategies?: { code: string }[];
  emotion?: number;
}

export function exportedDrill(
  person: string,
  name: string,
  item: HistoryItem,
  transcript: readonly TranscriptLine[],
  scorecard: unknown,
): ExportedDrill {
  return {
    id: item.drillId,
    person,
    name,
    scenario: item.scenarioId,
    persona: item.personaId,
    lang: item.lang,
    mode: item.mode,
    endReason: item.endReason,
    endedAt: item.endedAt,
    dialogue: transcript.map((e) =>
      e.speaker === 'agent'
        ? {
            role: 'supporter',
            content: e.text,
            strategy: e.strategies?.[0]?.code,
            strategies: e.strategies?.map((s) => s.code),
          }
        : { role: 'customer', content: e.text, ...(e.emotion !== undefined ? { emotion: e.emotion } : {}) },
    ),
    scorecard,
  };
}
