/** Who did something: a user of one platform, in one workspace or tenant where the platform has them. */
export interface ActorRef {
  platform: string;
  /** Workspace (Slack team), tenant (Teams), or absent (Discord, web). */
  tenant?: string;
  user: string;
  name?: string;
  isBot?: boolean;
}

/**
 * The one id a person has in the core: `slack:T1:U1`, `teams:<tenant>:<aad id>`, `discord:<id>`,
 * `web:<name>`. Platforms never collide because the platform comes first.
 */
export const personId = (a: Pick<ActorRef, 'platform' | 'tenant' | 'user'>): string =>
  [a.platform, a.tenant, a.user].filter(Boolean).join(':');

/**
 * The actor a person id was written from, as far as the id tells (platform, tenant, user): for
 * people the bot has never seen act. An actor the bot saw is always better (it may carry more).
 */
export function actorOfPersonId(id: string, name?: string): ActorRef {
  const [platform = '', ...rest] = id.split(':');
  return rest.length >= 2
    ? { platform, tenant: rest[0], user: rest.slice(1).join(':'), name }
    : { platform, user: rest[0] ?? '', name };
}
