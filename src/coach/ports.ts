import type { ActorRef } from '../chat/contract/actor.ts';

export interface KnownPerson {
  name: string;
  actor: ActorRef;
}

/** A named group of people a manager follows (leaderboard only when the team opts in). */
export interface Team {
  name: string;
  members: string[];
  leaderboard: boolean;
  createdBy: string;
}

export type AssignmentStatus = 'assigned' | 'started' | 'finished';

/** A drill a manager gave someone: delivered privately, followed until it is passed or failed. */
export interface Assignment {
  id: string;
  by: string;
  to: string;
  toName?: string;
  scenarioId: string;
  personaId?: string;
  lang: 'zh' | 'en';
  mode: 'practice' | 'exam';
  due?: string;
  /** One line on why this drill ("auto" picks explain themselves). */
  reason?: { zh: string; en: string };
  createdAt: string;
  status: AssignmentStatus;
  drillId?: string;
  overall?: number;
  passed?: boolean;
  remindedAt?: string;
  /** Where the assignee was told, so reminders go to the same place. */
  directKey?: string;
}

/** What coaching keeps in the store; `src/store` implements it over keyv. */
export interface CoachStore {
  getTeam(name: string): Promise<Team | undefined>;
  putTeam(team: Team): Promise<void>;
  teamNames(): Promise<string[]>;
  getAssignment(id: string): Promise<Assignment | undefined>;
  putAssignment(a: Assignment): Promise<void>;
  assignmentIds(personId: string): Promise<string[]>;
  assignmentIdsBy(managerId: string): Promise<string[]>;
  openAssignmentIds(): Promise<string[]>;
  assignmentForDrill(drillId: string): Promise<string | undefined>;
  linkAssignmentDrill(drillId: string, assignmentId: string): Promise<void>;
  /** The person an id belongs to (itself unless linked to another platform's id). */
  canonical(personId: string): Promise<string>;
  aliases(canonicalId: string): Promise<string[]>;
  link(alias: string, canonicalId: string): Promise<void>;
  /** Link codes are stored by hash; taking one succeeds once, however many try at the same time. */
  putLinkCode(codeHash: string, personId: string, ttlMs: number): Promise<void>;
  takeLinkCode(codeHash: string): Promise<string | undefined>;
  /** Everyone the bot has seen: the actor to message them as, and the name it last saw. */
  rememberPerson(actor: ActorRef): Promise<void>;
  person(personId: string): Promise<KnownPerson | undefined>;
  people(): Promise<Record<string, string>>;
}
