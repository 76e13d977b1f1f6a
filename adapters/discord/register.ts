// `npm run discord:register`: registers /drill (guild-scoped with DISCORD_GUILD_ID, global
// otherwise) through DISCORD_API_URL; `-- --manifest` writes manifest/discord/commands.json instead.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from 'discord.js';
import { ConfigError, configSource, parseSettings } from '../../src/config/config.ts';
import { COMMANDS } from './commands.ts';
import { DiscordSettings } from './config.ts';

export const MANIFEST = new URL('../../manifest/discord/commands.json', import.meta.url);
export const manifestText = () => `${JSON.stringify(COMMANDS(), null, 2)}\n`;

/** Whether Discord's copy says what ours says (Discord adds ids and versions and leaves defaults out). */
function same(ours: unknown, theirs: unknown): boolean {
  const isDefault = (v: unknown) =>
    v === undefined || v === null || v === false || (Array.isArray(v) && v.length === 0);
  if (isDefault(ours)) return isDefault(theirs);
  if (Array.isArray(ours))
    return Array.isArray(theirs) && ours.length === theirs.length && ours.every((v, i) => same(v, theirs[i]));
  if (typeof ours === 'object') {
    if (typeof theirs !== 'object' || theirs === null) return false;
    return Object.entries(ours as Record<string, unknown>).every(([k, v]) =>
      same(v, (theirs as Record<string, unknown>)[k]),
    );
  }
  return ours === theirs;
}

export const upToDate = (ours: RESTPostAPIChatInputApplicationCommandsJSONBody[], theirs: unknown[]) =>
  ours.length === theirs.length &&
  ours.every((c) => theirs.some((t) => (t as { name?: string }).name === c.name && same(c, t)));

/** Bulk-overwrites the application's commands unless Discord already has exactly these; says which. */
export async function registerCommands(s: DiscordSettings): Promise<string> {
  if (!s.DISCORD_TOKEN || !s.DISCORD_APPLICATION_ID)
    throw new ConfigError('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands');
  const rest = new REST(s.DISCORD_API_URL ? { api: s.DISCORD_API_URL } : {}).setToken(s.DISCORD_TOKEN);
  const route = s.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(s.DISCORD_APPLICATION_ID, s.DISCORD_GUILD_ID)
    : Routes.applicationCommands(s.DISCORD_APPLICATION_ID);
  const where = s.DISCORD_GUILD_ID ? `in guild ${s.DISCORD_GUILD_ID}` : 'globally';
  const ours = COMMANDS();
  const theirs = (await rest.get(route)) as unknown[];
  if (upToDate(ours, theirs)) return `Discord: /drill is already registered ${where}; nothing changed.`;
  await rest.put(route, { body: ours });
  return `Discord: registered /drill ${where}${s.DISCORD_GUILD_ID ? ' (usable at once)' : ''}.`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--manifest')) {
    writeFileSync(MANIFEST, manifestText());
    process.stdout.write(`wrote ${MANIFEST.pathname}\n`);
    return 0;
  }
  try {
    const settings = parseSettings(DiscordSettings, configSource(process.env));
    process.stdout.write(`${await registerCommands(settings)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(
      `${e instanceof ConfigError ? e.message : `Discord refused: ${(e as Error).message}`}\n`,
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
