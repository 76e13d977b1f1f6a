import { z } from 'zod';
import { requireAll } from '../../src/app/adapter-module.ts';

const snowflake = (what: string) => z.string().regex(/^\d{17,20}$/, `a Discord ${what} id (17-20 digits)`);

/** The Discord adapter's settings: a bot token and its application, plus optional dev guild, REST base and HTTP interactions. */
export const DiscordSettings = z.object({
  DISCORD_TOKEN: z.string().min(1).optional().describe('Bot token (developer portal → Bot → Reset Token)'),
  DISCORD_APPLICATION_ID: snowflake('application').optional(),
  DISCORD_GUILD_ID: snowflake('guild')
    .optional()
    .describe('Development: commands registered to this one guild (instant) instead of globally'),
  DISCORD_API_URL: z
    .url()
    .refine((u) => !/\/$|\/v\d+$/.test(u), 'a REST base ending in /api, with no trailing slash or version')
    .optional()
    .describe('REST base override (proxies, tests), e.g. https://discord.com/api'),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'the application public key: 64 hex characters')
    .optional()
    .describe('Switches on the HTTP interactions endpoint /discord/interactions (Ed25519-verified)'),
  DISCORD_THREAD_VISIBILITY: z
    .enum(['public', 'private'])
    .default('public')
    .describe(
      'public: the scenario card opens a thread everyone can read; private: only the trainee (and moderators)',
    ),
});
export type DiscordSettings = z.infer<typeof DiscordSettings>;

export const discordState = (s: DiscordSettings) =>
  requireAll(s, ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID']);
