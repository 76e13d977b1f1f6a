import type { CommandInput, MentionTarget } from '../chat/contract/inbound.ts';
import type { Library } from '../content/library.ts';
import { closest } from '../csc/closest.ts';
import type { LocalizedText } from '../csc/text.ts';

/** Who a manager command names: platform mentions, team names, or person references typed out. */
export type TargetRef =
  | { kind: 'mention'; target: MentionTarget }
  | { kind: 'team'; name: string }
  | { kind: 'person'; id: string };

export type CoachCommand =
  | {
      name: 'assign';
      targets: TargetRef[];
      scenarioId: string | 'auto';
      personaId?: string;
      lang?: 'zh' | 'en';
      mode: 'practice' | 'exam';
      due?: string;
    }
  | { name: 'report'; targets: TargetRef[]; since?: string }
  | { name: 'assignments' }
  | { name: 'me'; link?: string | true }
  | { name: 'team'; team: string; action: 'show' | 'add' | 'leaderboard'; targets: TargetRef[]; on?: boolean }
  | { name: 'leaderboard'; team: string };

export const COACH_SUBCOMMANDS = ['assign', 'report', 'assignments', 'me', 'team', 'leaderboard'] as const;

type Parsed = { ok: true; command: CoachCommand } | { ok: false; error: LocalizedText };

const PERSON_REF = /^(?:slack|teams|discord|web|webhook|wechat):\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AGO = /^(\d{1,3})d$/;

/**
 * Typed options (Discord) as the words the text command would have: the team and its action
 * first, `due` before its date, `link` before a link code (or alone when asked for one).
 */
function optionWords(subcommand: string, options: Readonly<Record<string, string | undefined>>): string {
  const { name, action, due, link, code, ...rest } = options;
  const wantsLink = link === 'true' || Boolean(code);
  return [subcommand, name, action, ...Object.values(rest), due && `due ${due}`, wantsLink && 'link', code]
    .filter(Boolean)
    .join(' ');
}

/** Words of the command with each mention kept whole (a Slack mention's display name may hold spaces). */
function tokens(input: CommandInput): { words: string[]; mention: Map<string, MentionTarget> } {
  const mention = new Map<string, MentionTarget>();
  let text = input.style === 'text' ? input.text : optionWords(input.subcommand, input.options);
  (input.mentions ?? []).forEach((m, i) => {
    const placeholder = `\u0001${i}\u0001`;
    mention.set(placeholder, m.target);
    text = text.split(m.token).join(` ${placeholder} `);
  });
  return { words: text.split(/\s+/).filter(Boolean), mention };
}

/** The date a `since` or `due` word names, as YYYY-MM-DD; `7d` means seven days ago. */
function dateOf(word: string, now: Date): string | undefined {
  // V8 reads 2026-02-31 as a valid date: the calendar day must come back unchanged.
  if (
    DATE.test(word) &&
    !Number.isNaN(Date.parse(word)) &&
    new Date(word).toISOString().slice(0, 10) === word
  )
    return word;
  const ago = AGO.exec(word);
  if (ago) return new Date(now.getTime() - Number(ago[1]) * 86_400_000).toISOString().slice(0, 10);
  return undefined;
}

const fail = (zh: string, en: string): Parsed => ({ ok: false, error: { zh, en } });

/** The coaching subcommand a command starts with, if any (before anything else is parsed). */
export function coachSubcommand(input: CommandInput): (typeof COACH_SUBCOMMANDS)[number] | undefined {
  const first = (
    input.style === 'text' ? input.text.trim().split(/\s+/)[0] : input.subcommand
  )?.toLowerCase();
  return (COACH_SUBCOMMANDS as readonly string[]).includes(first ?? '')
    ? (first as (typeof COACH_SUBCOMMANDS)[number])
    : undefined;
}

/** Manager and coaching commands: assign, report, assignments, me, team, leaderboard. */
export function parseCoachCommand(
  input: CommandInput,
  library: Library,
  teams: readonly string[],
  now: Date,
  prefix = '/drill ',
): Parsed | undefined {
  const { words, mention } = tokens(input);
  const [first, ...rest] = words;
  const name = first?.toLowerCase();
  if (!name || !(COACH_SUBCOMMANDS as readonly string[]).includes(name)) return undefined;
  const targetOf = (w: string): TargetRef | undefined => {
    const m = mention.get(w);
    if (m) return { kind: 'mention', target: m };
    if (teams.includes(w.toLowerCase())) return { kind: 'team', name: w.toLowerCase() };
    if (PERSON_REF.test(w)) return { kind: 'person', id: w };
    return undefined;
  };
  switch (name) {
    case 'assignments':
      return { ok: true, command: { name: 'assignments' } };
    case 'me': {
      if (rest[0]?.toLowerCase() !== 'link') return { ok: true, command: { name: 'me' } };
      return { ok: true, command: { name: 'me', link: rest[1] ?? true } };
    }
    case 'leaderboard':
      if (!rest[0]) return fail(`用法：${prefix}leaderboard <团队>`, `Usage: ${prefix}leaderboard <team>`);
      return { ok: true, command: { name: 'leaderboard', team: rest[0].toLowerCase() } };
    case 'team': {
      const [team, action = 'show', ...more] = rest;
      if (!team)
        return fail(
          `用法：${prefix}team <团队> [add @成员…|leaderboard on|off]`,
          `Usage: ${prefix}team <team> [add @people…|leaderboard on|off]`,
        );
      if (action === 'leaderboard')
        return {
          ok: true,
          command: {
            name: 'team',
            team: team.toLowerCase(),
            action: 'leaderboard',
            targets: [],
            on: more[0] !== 'off',
          },
        };
      const targets = more.map(targetOf);
      if (action !== 'add' && action !== 'show')
        return fail(
          `不认识“${action}”，可以用 add 或 leaderboard。`,
          `"${action}" is not a team action: use add or leaderboard.`,
        );
      if (targets.some((t) => !t))
        return fail(
          '有的成员没认出来：请用 @提及 选人。',
          'Some people were not recognised: pick them with an @mention.',
        );
      return {
        ok: true,
        command: { name: 'team', team: team.toLowerCase(), action, targets: targets as TargetRef[] },
      };
    }
    case 'report': {
      const targets: TargetRef[] = [];
      let since: string | undefined;
      for (const w of rest) {
        const t = targetOf(w);
        if (t) targets.push(t);
        else if (dateOf(w, now)) since = dateOf(w, now);
        else
          return fail(
            `不认识“${w}”：请用 @提及、团队名，或 7d、2026-11-01 这样的起始日期。`,
            `"${w}" is not a person, team or start date (try an @mention, a team name, 7d or 2026-11-01).`,
          );
      }
      return { ok: true, command: { name: 'report', targets, since } };
    }
  }
  // assign
  const targets: TargetRef[] = [];
  const out: Extract<CoachCommand, { name: 'assign' }> = {
    name: 'assign',
    targets,
    scenarioId: '',
    mode: 'practice',
  };
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i] as string;
    const lower = w.toLowerCase();
    const t = targetOf(w);
    if (t) targets.push(t);
    else if (lower === 'zh' || lower === 'en') out.lang = lower;
    else if (lower === 'exam' || lower === 'practice') out.mode = lower;
    else if (lower === 'due') {
      const date = rest[i + 1] ? dateOf(rest[i + 1] as string, now) : undefined;
      if (!date || !DATE.test(rest[i + 1] as string))
        return fail('截止日期要写成 due 2026-12-15。', 'Write the due date as due 2026-12-15.');
      if (date < now.toISOString().slice(0, 10))
        return fail(`截止日期 ${date} 已经过去了。`, `The due date ${date} is in the past.`);
      out.due = date;
      i++;
    } else if (lower === 'auto' || library.scenarios.has(lower)) {
      if (out.scenarioId) return fail('一次只能布置一个场景。', 'Assign one scenario at a time.');
      out.scenarioId = lower;
    } else if (library.personas.has(lower)) out.personaId = lower;
    else {
      const guess = closest(lower, [...library.scenarios.keys(), ...library.personas.keys(), 'auto']);
      return fail(
        `不认识“${w}”${guess ? `，最接近的是 ${guess}` : ''}。`,
        `"${w}" is not a person, scenario or persona${guess ? ` — closest: ${guess}` : ''}.`,
      );
    }
  }
  if (!targets.length)
    return fail(
      `要布置给谁？用法：${prefix}assign @成员|@用户组|#频道 <场景|auto> [客户] [zh|en] [exam] [due 2026-12-15]`,
      `Assign to whom? Usage: ${prefix}assign @user|@group|#channel <scenario|auto> [persona] [zh|en] [exam] [due 2026-12-15]`,
    );
  if (!out.scenarioId)
    return fail(
      '请写上场景编号，或者 auto 让系统按各人的短板来选。',
      'Name a scenario, or auto to pick one per person from their plan.',
    );
  return { ok: true, command: out };
}
