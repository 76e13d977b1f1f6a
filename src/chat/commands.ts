import type { Library } from '../content/library.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import { closest } from '../drill/choose.ts';
import type { DrillMode } from '../drill/model.ts';

export const SUBCOMMANDS = ['start', 'end', 'hint', 'status', 'list', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export type ParsedCommand =
  | { ok: true; name: 'start'; scenarioId?: string; personaId?: string; lang?: Lang; mode?: DrillMode }
  | { ok: true; name: Exclude<Subcommand, 'start'> }
  | { ok: false; error: LocalizedText };

/** `/drill start [scenario] [persona] [zh|en] [practice|exam]`, `end`, `hint`, `status`, `list`, `help`; any order after start. */
export function parseDrillCommand(args: readonly string[], library: Library): ParsedCommand {
  const [first, ...rest] = args.map((a) => a.trim()).filter(Boolean);
  const name = (first ?? 'start').toLowerCase();
  if (!(SUBCOMMANDS as readonly string[]).includes(name)) {
    const guess = closest(name, SUBCOMMANDS);
    return {
      ok: false,
      error: {
        zh: `没有“${name}”这个子命令${guess ? `，你是不是想用 /drill ${guess}？` : '。'}用法：/drill start|end|hint|status|list|help`,
        en: `Unknown subcommand "${name}".${guess ? ` Did you mean /drill ${guess}?` : ''} Usage: /drill start|end|hint|status|list|help`,
      },
    };
  }
  if (name !== 'start') return { ok: true, name: name as Exclude<Subcommand, 'start'> };
  const out: Extract<ParsedCommand, { name: 'start' }> = { ok: true, name: 'start' };
  for (const raw of rest) {
    const arg = raw.toLowerCase();
    if (arg === 'zh' || arg === 'en') out.lang = arg;
    else if (arg === 'practice' || arg === 'exam') out.mode = arg;
    else if (library.scenarios.has(arg)) out.scenarioId = arg;
    else if (library.personas.has(arg)) out.personaId = arg;
    else {
      const guess = closest(arg, [
        ...library.scenarios.keys(),
        ...library.personas.keys(),
        'zh',
        'en',
        'practice',
        'exam',
      ]);
      return {
        ok: false,
        error: {
          zh: `不认识“${raw}”${guess ? `，最接近的是 ${guess}` : ''}。用法：/drill start [场景] [客户] [zh|en] [practice|exam]`,
          en: `"${raw}" is not a scenario, persona, language or mode${guess ? ` — closest: ${guess}` : ''}. Usage: /drill start [scenario] [persona] [zh|en] [practice|exam]`,
        },
      };
    }
  }
  return out;
}
