import type { ActorRef } from '../../chat/contract/actor.ts';
import { actorOfPersonId, personId } from '../../chat/contract/actor.ts';
import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { CoachService } from '../../coach/service.ts';
import type { BotContext } from '../context.ts';
import type { TargetRef } from '../manager-commands.ts';

export interface Person {
  id: string;
  name: string;
  actor: ActorRef;
}

/** The actor to message a person as: the one the bot saw them act as, else read from a typed reference. */
export async function personOf(coach: CoachService, id: string): Promise<Person> {
  const known = await coach.person(id);
  if (known) return { id, name: known.name, actor: known.actor };
  const actor = actorOfPersonId(id);
  return { id, name: actor.user, actor };
}

/** The people a manager command names: mentions, user groups and channels (listed by the platform), teams. */
export async function resolveTargets(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  targets: readonly TargetRef[],
): Promise<{ people: Person[]; unknown: string[] }> {
  const out = new Map<string, Person>();
  const unknown: string[] = [];
  const add = (p: Person) => out.set(p.id, p);
  const addActor = (actor: ActorRef) => add({ id: personId(actor), name: actor.name ?? actor.user, actor });
  for (const t of targets) {
    if (t.kind === 'person') {
      if (await coach.person(t.id)) add(await personOf(coach, t.id));
      else unknown.push(t.id);
    } else if (t.kind === 'team') {
      for (const id of (await coach.team(t.name))?.members ?? []) add(await personOf(coach, id));
    } else if (t.target.kind === 'person') {
      const adapter = bot.adapterFor(e.key);
      const actor = adapter.identify ? await adapter.identify(t.target.actor, e.key) : t.target.actor;
      if (!actor) unknown.push(t.target.actor.name ?? t.target.actor.user);
      else if (!actor.isBot) addActor(actor);
    } else
      for (const actor of (await bot.adapterFor(e.key).members?.(t.target)) ?? [])
        if (!actor.isBot) addActor(actor);
  }
  return { people: [...out.values()], unknown };
}

const GROUP_TTL_MS = 5 * 60_000;

/**
 * Whether the person belongs to a manager user group of their platform (members cached for five
 * minutes). A failed lookup counts as "no" and is logged: it must never block configured managers.
 */
export async function inManagerGroup(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
): Promise<boolean> {
  const me = personId(e.actor);
  for (const ref of coach.managerGroups) {
    const [platform, tenant, group] = ref.split(':');
    if (platform !== e.actor.platform || tenant !== e.actor.tenant || !group) continue;
    let cached = bot.groupMembers.get(ref);
    if (!cached || Date.now() - cached.at > GROUP_TTL_MS) {
      try {
        const members = await bot
          .adapterFor(e.key)
          .members?.({ kind: 'group', platform, tenant, id: group.slice(1) });
        cached = { at: Date.now(), members: new Set((members ?? []).map(personId)) };
        bot.groupMembers.set(ref, cached);
      } catch (err) {
        bot.o.log.warn({ err, group: ref }, 'manager group could not be listed');
        continue;
      }
    }
    if (cached.members.has(me)) return true;
  }
  return false;
}
