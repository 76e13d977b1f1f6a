import { z } from 'zod';
import type { AdapterState } from '../../src/app/adapter-module.ts';
import { requireAll } from '../../src/app/adapter-module.ts';

const guid = (what: string) => z.guid(`${what} (a GUID)`);

/**
 * The Bot Framework's own configuration keys, read under their own names. When any is set the SDK
 * takes all of them as given and applies no public-cloud default to the rest, so they come as a set.
 */
export const BOT_FRAMEWORK_ENDPOINTS = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
] as const;

/** Login hosts MSAL knows without being told (public cloud, US Government, China). */
const MICROSOFT_LOGIN_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
];

/** The Teams adapter's settings: the Azure Bot's credentials, plus the endpoints of a sovereign or test cloud. */
export const TeamsSettings = z
  .object({
    MICROSOFT_APP_ID: guid('the Azure Bot registration’s app id').optional(),
    MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
    MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant']).default('MultiTenant'),
    MICROSOFT_APP_TENANT_ID: guid('the Entra tenant id of the app registration').optional(),
    ToBotFromChannelOpenIdMetadataUrl: z.url().optional(),
    ToBotFromChannelTokenIssuer: z.string().min(1).optional(),
    ToChannelFromBotLoginUrl: z.url({ protocol: /^https$/, error: 'an https URL' }).optional(),
    ToChannelFromBotOAuthScope: z.string().min(1).optional(),
    ValidateAuthority: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .superRefine((s, ctx) => {
    const given = BOT_FRAMEWORK_ENDPOINTS.filter((k) => s[k] !== undefined);
    if (given.length && given.length < BOT_FRAMEWORK_ENDPOINTS.length) {
      for (const k of BOT_FRAMEWORK_ENDPOINTS.filter((k) => s[k] === undefined))
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: `required with ${given.join(', ')} (the Bot Framework takes its endpoints as a set)`,
        });
    }
    const login = s.ToChannelFromBotLoginUrl;
    if (login && s.ValidateAuthority !== false && !MICROSOFT_LOGIN_HOSTS.includes(new URL(login).hostname))
      ctx.addIssue({
        code: 'custom',
        path: ['ValidateAuthority'],
        message: `must be false for the login host ${new URL(login).host}, which MSAL cannot validate`,
      });
  });
export type TeamsSettings = z.output<typeof TeamsSettings>;

/** On with an app id and password (and the tenant for a single-tenant app); never with an empty app id. */
export const teamsState = (s: TeamsSettings): AdapterState =>
  requireAll(
    s,
    s.MICROSOFT_APP_TYPE === 'SingleTenant'
      ? ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID']
      : ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD'],
  );

/**
 * The settings under the names `ConfigurationBotFrameworkAuthentication` reads. Mapped one by one:
 * handing it the environment as is would leave `MicrosoftAppId` empty, which silently switches
 * authentication off.
 */
export function botFrameworkOptions(s: TeamsSettings) {
  const appId = s.MICROSOFT_APP_ID;
  if (!appId || !s.MICROSOFT_APP_PASSWORD)
    throw new Error('Teams: MICROSOFT_APP_ID and _PASSWORD are required');
  return {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: s.MICROSOFT_APP_PASSWORD,
    MicrosoftAppType: s.MICROSOFT_APP_TYPE,
    ...(s.MICROSOFT_APP_TENANT_ID ? { MicrosoftAppTenantId: s.MICROSOFT_APP_TENANT_ID } : {}),
    ...(s.ToChannelFromBotLoginUrl
      ? {
          ToBotFromChannelOpenIdMetadataUrl: s.ToBotFromChannelOpenIdMetadataUrl,
          ToBotFromChannelTokenIssuer: s.ToBotFromChannelTokenIssuer,
          ToChannelFromBotLoginUrl: s.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: s.ToChannelFromBotOAuthScope,
          ValidateAuthority: s.ValidateAuthority ?? true,
        }
      : {}),
  };
}
export type BotFrameworkOptions = ReturnType<typeof botFrameworkOptions>;
