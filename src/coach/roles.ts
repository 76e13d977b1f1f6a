export type Role = 'trainee' | 'manager' | 'admin';

/**
 * Roles from configuration: MANAGERS and ADMINS list person references (`slack:T1:U2`,
 * `teams:<tenant>:<aad id>`, `discord:<id>`, `web:<name>`); a group reference (Slack: `slack:T1:@S123`)
 * makes its members managers, resolved by the platform.
 */
export class Roles {
  private readonly managers: Set<string>;
  private readonly admins: Set<string>;

  constructor(managers: readonly string[], admins: readonly string[] = []) {
    this.managers = new Set(managers);
    this.admins = new Set(admins);
  }

  /** Group references among the managers (resolved to members by the adapter that owns them). */
  get managerGroups(): string[] {
    return [...this.managers].filter((m) => m.split(':').at(-1)?.startsWith('@'));
  }

  roleOf(personIds: readonly string[], groupMember = false): Role {
    if (personIds.some((id) => this.admins.has(id))) return 'admin';
    if (groupMember || personIds.some((id) => this.managers.has(id))) return 'manager';
    return 'trainee';
  }
}

/** "a, b ,c" → ["a", "b", "c"]. */
export const listSetting = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
