import type { CommandInput } from '../chat/contract/inbound.ts';
import type { Library } from '../content/library.ts';
import { closest } from '../csc/closest.ts';
import type { Lang, LocalizedText } from '../csc/text.ts';
import type { DrillMode } from '../drill/model.ts';

export const SUBCOMMANDS = ['start', 'end', 'hint', 'status', 'list', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

export type ParsedCommand =
  | { ok: true; name: 'start'; scenarioId?: string; personaId?: string; lang?: Lang; mode?: DrillMode }
  | { ok: true; name: Exclude<Subcommand, 'start'> }
  | { ok: false; error: LocalizedText };

/** Words of a text command: `start card-frozen en`, after any mention or slash was stripped by the adapter. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * `start [scenario] [persona] [zh|en] [practice|exam]` (any order after start), `end`, `hint`,
 * `status`, `list`, `help` — typed as text or given as typed options. `prefix` is how the platform
 * spells the command (`/drill `, `@CSC Drill `, nothing) for usage lines.
 */
export function parseDrillCommand(input: CommandInput, library: Library, prefix = '/drill '): ParsedCommand {
  const args =
    input.style === 'text'
      ? words(input.text)
      : [input.subcommand, ...Object.values(input.options).filter((v): v is string => Boolean(v))];
  const [first, ...rest] = args;
  const name = (first ?? 'start').toLowerCase();
  if (!(SUBCOMMANDS as readonly string[]).includes(name)) {
    const guess = closest(name, SUBCOMMANDS);
    return {
      ok: false,
      error: {
        zh: `没有“${name}”这个子命令${guess ? `，你是不是想用 ${prefix}${guess}？` : '。'}用法：${prefix}start|end|hint|status|list|help`,
        en: `Unknown subcommand "${name}".${guess ? ` Did you mean ${prefix}${guess}?` : ''} Usage: ${prefix}start|end|hint|status|list|help`,
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
          zh: `不认识“${raw}”${guess ? `，最接近的是 ${guess}` : ''}。用法：${prefix}start [场景] [客户] [zh|en] [practice|exam]`,
          en: `"${raw}" is not a scenario, persona, language or mode${guess ? ` — closest: ${guess}` : ''}. Usage: ${prefix}start [scenario] [persona] [zh|en] [practice|exam]`,
        },
      };
    }
  }
  return out;
}

export const commandPrefix = (style: 'slash' | 'mention' | 'text', botName = 'CSC Drill'): string =>
  style === 'slash' ? '/drill ' : style === 'mention' ? `@${botName} ` : '';
