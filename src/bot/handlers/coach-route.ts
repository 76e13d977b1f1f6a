import { personId } from '../../chat/contract/actor.ts';
import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { CoachService } from '../../coach/service.ts';
import type { Lang } from '../../csc/text.ts';
import type { BotContext } from '../context.ts';
import { type COACH_SUBCOMMANDS, parseCoachCommand } from '../manager-commands.ts';
import { strings } from '../strings/index.ts';
import { handleCoachCommand } from './coach.ts';
import { inManagerGroup } from './coach-targets.ts';
import { handleMe } from './me.ts';

/**
 * Coaching commands. The role is settled before a single argument is read, so a trainee's
 * refusal is the same whatever they named — nothing tells them whether a team or person exists.
 */
export async function routeCoach(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  sub: (typeof COACH_SUBCOMMANDS)[number],
  lang: Lang,
  prefix: string,
): Promise<void> {
  const t = strings(lang);
  const me = personId(e.actor);
  await coach.remember(e.actor);
  let role = coach.roleOf(me);
  if (role === 'trainee' && sub !== 'me' && (await inManagerGroup(bot, coach, e))) role = 'manager';
  if (role === 'trainee' && sub !== 'me' && sub !== 'leaderboard') return bot.tell(e, { text: t.refused });
  const teams = role === 'trainee' ? [] : await coach.teamNames();
  const parsed = parseCoachCommand(e.input, coach.library, teams, new Date(), prefix);
  if (!parsed) return;
  if (!parsed.ok)
    return bot.tell(e, { text: role === 'trainee' && sub !== 'me' ? t.refused : parsed.error[lang] });
  const { command } = parsed;
  if (command.name === 'me') return handleMe(bot, coach, e, command.link, lang, prefix);
  return handleCoachCommand({ bot, coach, e, me, role, lang, prefix }, command);
}
