import type { ActorRef } from '../../chat/contract/actor.ts';
import { personId } from '../../chat/contract/actor.ts';
import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { CoachService } from '../../coach/service.ts';
import type { BotContext } from '../context.ts';
import type { TargetRef } from '../manager-commands.ts';

export interface Person {
  id: string;
  name: string;
  actor: ActorRef;
}

/** `slack:T1:U2` → the actor to message (platform, then tenant where there is one, then the user). */
export function actorOf(id: string, name?: string): ActorRef {
  const [platform = '', ...rest] = id.split(':');
  return rest.length >= 2
    ? { platform, tenant: rest[0], user: rest.slice(1).join(':'), name }
    : { platform, user: rest[0] ?? '', name };
}

/** The people a manager command names: mentions, user groups and channels (listed by the platform), teams. */
export async function resolveTargets(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  targets: readonly TargetRef[],
): Promise<Person[]> {
  const known = await coach.people();
  const out = new Map<string, Person>();
  const add = (actor: ActorRef) => {
    const id = personId(actor);
    out.set(id, { id, name: actor.name ?? known[id] ?? actor.user, actor });
  };
  for (const t of targets) {
    if (t.kind === 'person') add(actorOf(t.id, known[t.id]));
    else if (t.kind === 'team') {
      for (const id of (await coach.team(t.name))?.members ?? []) add(actorOf(id, known[id]));
    } else if (t.target.kind === 'person') add(t.target.actor);
    else {
      const adapter = bot.adapterFor(e.key);
      for (const actor of (await adapter.members?.(t.target)) ?? []) if (!actor.isBot) add(actor);
    }
  }
  return [...out.values()];
}

const GROUP_TTL_MS = 5 * 60_000;

/** Whether the person belongs to a manager user group of their platform (members cached for five minutes). */
export async function inManagerGroup(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
): Promise<boolean> {
  const me = personId(e.actor);
  for (const ref of coach.managerGroups) {
    const [platform, tenant, group] = ref.split(':');
    if (platform !== e.actor.platform || !group) continue;
    let cached = bot.groupMembers.get(ref);
    if (!cached || Date.now() - cached.at > GROUP_TTL_MS) {
      const members = await bot
        .adapterFor(e.key)
        .members?.({ kind: 'group', platform, tenant, id: group.slice(1) });
      cached = { at: Date.now(), members: new Set((members ?? []).map(personId)) };
      bot.groupMembers.set(ref, cached);
    }
    if (cached.members.has(me)) return true;
  }
  return false;
}
