import { randomBytes, randomUUID } from 'node:crypto';
import { tokenHash } from '../auth/tokens.ts';
import type { ActorRef } from '../chat/contract/actor.ts';
import type { Library } from '../content/library.ts';
import type { LocalizedText } from '../csc/text.ts';
import type { HistoryItem } from '../drill/ports.ts';
import { type Certification, certifications, nextDrill, type PlannedDrill } from './plan.ts';
import type { Assignment, CoachStore, KnownPerson, Team } from './ports.ts';
import { type CapabilityProfile, capabilityProfile } from './profile.ts';
import { type PersonReport, personReport, type TeamReport, teamReport } from './report.ts';
import type { Role, Roles } from './roles.ts';

export interface CoachOptions {
  store: CoachStore;
  history: (personId: string) => Promise<HistoryItem[]>;
  library: Library;
  roles: Roles;
  /** Passes in a row (across personas) that certify a scenario family. */
  certifyStreak: number;
  clock?: () => Date;
}

export interface AssignSpec {
  scenarioId: string | 'auto';
  personaId?: string;
  lang: 'zh' | 'en';
  mode: 'practice' | 'exam';
  due?: string;
}

const LINK_TTL_MS = 10 * 60_000;
/** No 0/O, 1/I/L: read aloud and typed by hand. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const REMIND_BEFORE_MS = 24 * 3600_000;

/** Managers and coaching: roles, teams, assignments, profiles, plans, reports — over stored scorecards. */
export class CoachService {
  private readonly clock: () => Date;

  constructor(private readonly o: CoachOptions) {
    this.clock = o.clock ?? (() => new Date());
  }

  get library(): Library {
    return this.o.library;
  }

  /** The role of the id that acts — never of the ids linked to it, so linking grants nothing. */
  roleOf(personId: string, groupMember = false): Role {
    return this.o.roles.roleOf([personId], groupMember);
  }

  /** Whom a manager may see: people in teams they created and people they assigned; admins see all. */
  async inScope(managerId: string, role: Role, personId: string): Promise<boolean> {
    if (role === 'admin') return true;
    if (role !== 'manager') return false;
    for (const a of await this.assignmentsBy(managerId)) if (a.to === personId) return true;
    for (const name of await this.teamNames()) {
      const team = await this.team(name);
      if (team?.createdBy === managerId && team.members.includes(personId)) return true;
    }
    return false;
  }

  /** A team is run by whoever created it, and by admins. */
  mayManageTeam(team: Team | undefined, managerId: string, role: Role): boolean {
    return role === 'admin' || (role === 'manager' && (!team || team.createdBy === managerId));
  }

  get managerGroups(): string[] {
    return this.o.roles.managerGroups;
  }

  /** All finished drills of a person across every platform id linked to them. */
  async historyOf(personId: string): Promise<HistoryItem[]> {
    const canonical = await this.o.store.canonical(personId);
    const ids = [...new Set([canonical, ...(await this.o.store.aliases(canonical))])];
    return (await Promise.all(ids.map((id) => this.o.history(id)))).flat();
  }

  async profile(personId: string): Promise<CapabilityProfile> {
    return capabilityProfile(personId, await this.historyOf(personId));
  }

  async plan(
    personId: string,
  ): Promise<{ plan: PlannedDrill; profile: CapabilityProfile; certified: Certification[] }> {
    const history = await this.historyOf(personId);
    const profile = capabilityProfile(personId, history);
    return {
      plan: nextDrill(this.o.library, history, profile),
      profile,
      certified: certifications(this.o.library, history, this.o.certifyStreak),
    };
  }

  async report(
    people: readonly { id: string; name: string }[],
    title: string,
    since?: string,
  ): Promise<TeamReport> {
    const reports: PersonReport[] = [];
    for (const p of people) reports.push(personReport(p.id, p.name, await this.historyOf(p.id), since));
    return teamReport(title, reports);
  }

  remember(actor: ActorRef): Promise<void> {
    return this.o.store.rememberPerson(actor);
  }

  person(personId: string): Promise<KnownPerson | undefined> {
    return this.o.store.person(personId);
  }

  people(): Promise<Record<string, string>> {
    return this.o.store.people();
  }

  canonical(personId: string): Promise<string> {
    return this.o.store.canonical(personId);
  }

  // ---- teams

  team(name: string): Promise<Team | undefined> {
    return this.o.store.getTeam(name.toLowerCase());
  }

  teamNames(): Promise<string[]> {
    return this.o.store.teamNames();
  }

  /** Adds people to a team (created on first use); the caller has checked `mayManageTeam`. */
  async addToTeam(name: string, members: readonly string[], by: string): Promise<Team> {
    const key = name.toLowerCase();
    const team = (await this.o.store.getTeam(key)) ?? {
      name: key,
      members: [],
      leaderboard: false,
      createdBy: by,
    };
    team.members = [...new Set([...team.members, ...members])];
    await this.o.store.putTeam(team);
    return team;
  }

  async setLeaderboard(name: string, on: boolean): Promise<Team | undefined> {
    const team = await this.team(name);
    if (!team) return undefined;
    team.leaderboard = on;
    await this.o.store.putTeam(team);
    return team;
  }

  // ---- assignments

  /** Creates one assignment per person; `auto` picks each person's next drill from their plan. */
  async assign(
    by: string,
    people: readonly { id: string; name?: string }[],
    spec: AssignSpec,
  ): Promise<Assignment[]> {
    const out: Assignment[] = [];
    for (const p of people) {
      let scenarioId = spec.scenarioId;
      let personaId = spec.personaId;
      let reason: LocalizedText | undefined;
      if (scenarioId === 'auto') {
        const { plan } = await this.plan(p.id);
        scenarioId = plan.scenarioId;
        personaId ??= plan.personaId;
        reason = plan.reason;
      }
      const a: Assignment = {
        id: randomUUID(),
        by,
        to: p.id,
        toName: p.name,
        scenarioId,
        personaId,
        lang: spec.lang,
        mode: spec.mode,
        due: spec.due,
        reason,
        createdAt: this.clock().toISOString(),
        status: 'assigned',
      };
      await this.o.store.putAssignment(a);
      out.push(a);
    }
    return out;
  }

  assignment(id: string): Promise<Assignment | undefined> {
    return this.o.store.getAssignment(id);
  }

  async update(a: Assignment): Promise<void> {
    await this.o.store.putAssignment(a);
  }

  async assignmentsBy(managerId: string): Promise<Assignment[]> {
    const ids = await this.o.store.assignmentIdsBy(managerId);
    return (await Promise.all(ids.map((id) => this.o.store.getAssignment(id)))).filter(
      (a): a is Assignment => !!a,
    );
  }

  /** The assignments given to a person, under any platform id linked to them, newest first. */
  async assignmentsFor(personId: string): Promise<Assignment[]> {
    const canonical = await this.o.store.canonical(personId);
    const ids = new Set<string>();
    for (const alias of new Set([personId, canonical, ...(await this.o.store.aliases(canonical))]))
      for (const id of await this.o.store.assignmentIds(alias)) ids.add(id);
    const found = await Promise.all([...ids].map((id) => this.o.store.getAssignment(id)));
    return found.filter((a): a is Assignment => !!a).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async started(assignmentId: string, drillId: string): Promise<void> {
    const a = await this.o.store.getAssignment(assignmentId);
    if (!a) return;
    await this.o.store.putAssignment({ ...a, status: 'started', drillId });
    await this.o.store.linkAssignmentDrill(drillId, assignmentId);
  }

  /** A finished drill closes the assignment it came from, if any. */
  async finished(drillId: string, overall: number, passed: boolean): Promise<Assignment | undefined> {
    const id = await this.o.store.assignmentForDrill(drillId);
    const a = id ? await this.o.store.getAssignment(id) : undefined;
    if (!a) return undefined;
    const done: Assignment = { ...a, status: 'finished', overall, passed };
    await this.o.store.putAssignment(done);
    return done;
  }

  /** Open assignments due within a day that have not been reminded yet. */
  async dueForReminder(): Promise<Assignment[]> {
    const now = this.clock().getTime();
    const due: Assignment[] = [];
    for (const id of await this.o.store.openAssignmentIds()) {
      const a = await this.o.store.getAssignment(id);
      if (!a || a.status === 'finished' || a.remindedAt || !a.due) continue;
      const dueAt = Date.parse(`${a.due}T23:59:59Z`);
      if (dueAt - now <= REMIND_BEFORE_MS && dueAt >= now) due.push(a);
    }
    return due;
  }

  /** Recorded only once the reminder went out, so a failed delivery is tried again next time. */
  async markReminded(a: Assignment): Promise<void> {
    await this.o.store.putAssignment({ ...a, remindedAt: this.clock().toISOString() });
  }

  // ---- linking one person across platforms

  /** A code to type on another platform (50 random bits, stored only as a hash, ten minutes, once). */
  async linkCode(personId: string): Promise<string> {
    const bytes = randomBytes(10);
    const code = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
    await this.o.store.putLinkCode(tokenHash(code), await this.o.store.canonical(personId), LINK_TTL_MS);
    return code;
  }

  /** Links this id to the person who issued the code; false when the code is unknown, used or expired. */
  async redeem(code: string, personId: string): Promise<boolean> {
    const canonical = await this.o.store.takeLinkCode(tokenHash(code.trim().toUpperCase()));
    if (!canonical || canonical === personId) return false;
    await this.o.store.link(personId, canonical);
    return true;
  }
}
