import { personId } from '../../chat/contract/actor.ts';
import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { CoachService } from '../../coach/service.ts';
import type { Lang } from '../../csc/text.ts';
import type { BotContext } from '../context.ts';
import { profileMessage } from '../render/coach.ts';
import { strings } from '../strings/index.ts';
import { profileView } from '../views/coach.ts';

/** `me`: the trainee's own profile, next drill and certifications; `me link [code]`: one person across platforms. */
export async function handleMe(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  link: string | true | undefined,
  lang: Lang,
  prefix: string,
) {
  const t = strings(lang);
  const me = personId(e.actor);
  if (link === true) return bot.tell(e, { text: t.linkCode(await coach.linkCode(me), prefix) });
  if (link) return bot.tell(e, { text: (await coach.redeem(link, me)) ? t.linked : t.linkFailed });
  const { plan, profile, certified } = await coach.plan(me);
  return bot.tell(e, profileMessage(profileView(profile, plan, certified, coach.library, lang)));
}
