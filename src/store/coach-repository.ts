import type Keyv from 'keyv';
import type { Assignment, CoachStore, Team } from '../coach/ports.ts';

/** Teams, assignments, identity links and the people directory over keyv, with small index keys. */
export class CoachRepository implements CoachStore {
  constructor(private readonly kv: Keyv) {}

  private async list(key: string): Promise<string[]> {
    return ((await this.kv.get(key)) as string[] | undefined) ?? [];
  }

  private async addTo(key: string, value: string): Promise<void> {
    const items = await this.list(key);
    if (!items.includes(value)) await this.kv.set(key, [...items, value]);
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
    const open = await this.list('assignments:open');
    const isOpen = a.status !== 'finished';
    if (isOpen && !open.includes(a.id)) await this.kv.set('assignments:open', [...open, a.id]);
    if (!isOpen && open.includes(a.id))
      await this.kv.set(
        'assignments:open',
        open.filter((x) => x !== a.id),
      );
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

  async canonical(personId: string): Promise<string> {
    return ((await this.kv.get(`person:${personId}`)) as string | undefined) ?? personId;
  }

  aliases(canonicalId: string): Promise<string[]> {
    return this.list(`aliases:${canonicalId}`);
  }

  async link(alias: string, canonicalId: string): Promise<void> {
    await this.kv.set(`person:${alias}`, canonicalId);
    await this.addTo(`aliases:${canonicalId}`, alias);
  }

  async putLinkCode(code: string, personId: string, ttlMs: number): Promise<void> {
    await this.kv.set(`link-code:${code}`, personId, ttlMs);
  }

  async takeLinkCode(code: string): Promise<string | undefined> {
    const personId = (await this.kv.get(`link-code:${code}`)) as string | undefined;
    if (personId) await this.kv.delete(`link-code:${code}`);
    return personId;
  }

  async rememberPerson(personId: string, name: string | undefined): Promise<void> {
    const people = await this.people();
    if (people[personId] === (name ?? personId)) return;
    await this.kv.set('people', { ...people, [personId]: name ?? people[personId] ?? personId });
  }

  async people(): Promise<Record<string, string>> {
    return ((await this.kv.get('people')) as Record<string, string> | undefined) ?? {};
  }
}
