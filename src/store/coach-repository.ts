import type Keyv from 'keyv';
import type { ActorRef } from '../chat/contract/actor.ts';
import { personId } from '../chat/contract/actor.ts';
import type { Assignment, CoachStore, KnownPerson, Team } from '../coach/ports.ts';
import type { Atomic } from './atomic.ts';

/**
 * Teams, assignments, identity links and the people directory over keyv. Index lists are
 * read-modify-write, so every change to one runs under the store's lock for that list.
 */
export class CoachRepository implements CoachStore {
  constructor(
    private readonly kv: Keyv,
    private readonly atomic: Atomic,
  ) {}

  private async list(key: string): Promise<string[]> {
    return ((await this.kv.get(key)) as string[] | undefined) ?? [];
  }

  private change(key: string, fn: (items: string[]) => string[]): Promise<void> {
    return this.atomic.withLock(`coach:${key}`, async () => {
      const before = await this.list(key);
      const after = fn(before);
      if (after !== before) await this.kv.set(key, after);
    });
  }

  private addTo(key: string, value: string): Promise<void> {
    return this.change(key, (items) => (items.includes(value) ? items : [...items, value]));
  }

  async getTeam(name: string): Promise<Team | undefined> {
    return (await this.kv.get(`team:${name}`)) as Team | undefined;
  }

  async putTeam(team: Team): Promise<void> {
    await this.kv.set(`team:${team.name}`, team);
    await this.addTo('teams', team.name);
  }

  teamNames(): Promise<string[]> {
    return this.list('teams');
  }

  async getAssignment(id: string): Promise<Assignment | undefined> {
    return (await this.kv.get(`assignment:${id}`)) as Assignment | undefined;
  }

  async putAssignment(a: Assignment): Promise<void> {
    await this.kv.set(`assignment:${a.id}`, a);
    await this.addTo(`assignments:${a.to}`, a.id);
    await this.addTo(`assigned-by:${a.by}`, a.id);
    const open = a.status !== 'finished';
    await this.change('assignments:open', (items) => {
      if (open === items.includes(a.id)) return items;
      return open ? [...items, a.id] : items.filter((x) => x !== a.id);
    });
  }

  assignmentIds(personId: string): Promise<string[]> {
    return this.list(`assignments:${personId}`);
  }

  assignmentIdsBy(managerId: string): Promise<string[]> {
    return this.list(`assigned-by:${managerId}`);
  }

  openAssignmentIds(): Promise<string[]> {
    return this.list('assignments:open');
  }

  async assignmentForDrill(drillId: string): Promise<string | undefined> {
    return (await this.kv.get(`assignment-drill:${drillId}`)) as string | undefined;
  }

  async linkAssignmentDrill(drillId: string, assignmentId: string): Promise<void> {
    await this.kv.set(`assignment-drill:${drillId}`, assignmentId);
  }

  async canonical(id: string): Promise<string> {
    return ((await this.kv.get(`person:${id}`)) as string | undefined) ?? id;
  }

  aliases(canonicalId: string): Promise<string[]> {
    return this.list(`aliases:${canonicalId}`);
  }

  async link(alias: string, canonicalId: string): Promise<void> {
    await this.kv.set(`person:${alias}`, canonicalId);
    await this.addTo(`aliases:${canonicalId}`, alias);
  }

  async putLinkCode(codeHash: string, id: string, ttlMs: number): Promise<void> {
    await this.kv.set(`link-code:${codeHash}`, id, ttlMs);
  }

  async takeLinkCode(codeHash: string): Promise<string | undefined> {
    const id = (await this.kv.get(`link-code:${codeHash}`)) as string | undefined;
    if (!id || !(await this.atomic.setIfAbsent(`link-code-used:${codeHash}`, 3600_000))) return undefined;
    await this.kv.delete(`link-code:${codeHash}`);
    return id;
  }

  /** One read when nothing changed (the common case: every command remembers its author). */
  async rememberPerson(actor: ActorRef): Promise<void> {
    const id = personId(actor);
    const name = actor.name ?? actor.user;
    const known = await this.person(id);
    if (known && known.name === name) return;
    const { isBot: _bot, ...plainActor } = actor;
    await this.kv.set(`person-info:${id}`, { name, actor: plainActor } satisfies KnownPerson);
    await this.atomic.withLock('coach:people', async () => {
      const people = await this.people();
      await this.kv.set('people', { ...people, [id]: name });
    });
  }

  async person(id: string): Promise<KnownPerson | undefined> {
    return (await this.kv.get(`person-info:${id}`)) as KnownPerson | undefined;
  }

  async people(): Promise<Record<string, string>> {
    return ((await this.kv.get('people')) as Record<string, string> | undefined) ?? {};
  }
}
