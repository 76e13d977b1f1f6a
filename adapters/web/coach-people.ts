import type { Session } from '../../src/auth/identity.ts';
import type { Role } from '../../src/coach/roles.ts';
import type { CoachService } from '../../src/coach/service.ts';
import { HttpError } from './http-utils.ts';

export interface Member {
  id: string;
  name: string;
}

export interface Group {
  id: string;
  kind: 'everyone' | 'assigned' | 'team';
  name?: string;
  leaderboard?: boolean;
  members: Member[];
}

/**
 * The manager check comes before anything is looked up, so a trainee learns nothing about which
 * teams or people exist: every manager route answers them the same 403.
 */
export async function requireManager(coach: CoachService, session: Session): Promise<Role> {
  const role = await coach.roleOf(session.person.id);
  if (role === 'trainee') throw new HttpError(403, 'not-a-manager', 'only training managers can open this');
  return role;
}

/** Route parameters arrive percent-encoded (`web%3Aada`, `team%3Aonboarding`). */
export function param(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    throw new HttpError(400, 'invalid-request', 'malformed path');
  }
}

const members = (ids: Iterable<string>, names: Record<string, string>): Member[] =>
  [...new Set(ids)].map((id) => ({ id, name: names[id] ?? id }));

/**
 * The groups a manager can open, which are all they may see: the people they assigned and the
 * teams they created; an admin also gets everyone the bot has seen and every team.
 */
export async function groups(coach: CoachService, me: string, role: Role): Promise<Group[]> {
  const admin = role === 'admin';
  const names = await coach.people();
  const assigned = (await coach.assignmentsBy(me)).map((a) => a.to);
  const teams: Group[] = [];
  for (const name of await coach.teamNames()) {
    const team = await coach.team(name);
    if (team && (admin || team.createdBy === me))
      teams.push({
        id: `team:${team.name}`,
        kind: 'team',
        name: team.name,
        leaderboard: team.leaderboard,
        members: members(team.members, names),
      });
  }
  const everyone: Group = { id: 'everyone', kind: 'everyone', members: members(Object.keys(names), names) };
  return [
    ...(admin ? [everyone] : []),
    { id: 'assigned', kind: 'assigned', members: members(assigned, names) },
    ...teams,
  ];
}

/** A group outside the manager's scope is as unknown as a missing one. */
export async function group(coach: CoachService, me: string, role: Role, id: string): Promise<Group> {
  const found = (await groups(coach, me, role)).find((g) => g.id === id);
  if (!found) throw new HttpError(404, 'no-such-team', `no team "${id}"`);
  return found;
}

/** A person a manager may open: one of their assignees or a member of a team they created (admins: anyone known). */
export async function member(coach: CoachService, me: string, role: Role, id: string): Promise<Member> {
  for (const g of await groups(coach, me, role)) {
    const m = g.members.find((x) => x.id === id);
    if (m) return m;
  }
  throw new HttpError(404, 'no-such-person', `no person "${id}"`);
}
