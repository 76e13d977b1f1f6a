import { personId } from '../../chat/contract/actor.ts';
import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { CoachService } from '../../coach/service.ts';
import type { Lang } from '../../csc/text.ts';
import { coachStrings } from '../coach-strings.ts';
import type { BotContext } from '../context.ts';
import { profileMessage } from '../views/coach.ts';

/** `me`: the trainee's own profile, next drill and certifications; `me link [code]`: one person across platforms. */
export async function handleMe(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  link: string | true | undefined,
  lang: Lang,
) {
  const t = coachStrings(lang);
  const me = personId(e.actor);
  if (link === true) return bot.tell(e, { text: t.linkCode(await coach.linkCode(me)) });
  if (link) return bot.tell(e, { text: (await coach.redeem(link, me)) ? t.linked : t.linkFailed });
  const { plan, profile, certified } = await coach.plan(me);
  return bot.tell(e, profileMessage(profile, plan, certified, coach.library, lang));
}
