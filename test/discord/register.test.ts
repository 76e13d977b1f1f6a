import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, INVITE_PERMISSIONS } from '../../adapters/discord/commands.ts';
import { DiscordSettings } from '../../adapters/discord/config.ts';
import { MANIFEST, manifestText, registerCommands } from '../../adapters/discord/register.ts';
import { COACH_SUBCOMMANDS } from '../../src/bot/manager-commands.ts';
import { configSource, parseSettings } from '../../src/config/config.ts';
import { APP_ID, GUILD_ID, TOKEN } from '../support/discord-payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await startFakeDiscord();
});
afterAll(() => discord.close());
beforeEach(() => {
  discord.calls.length = 0;
});

const settings = (env: Record<string, string>) =>
  parseSettings(
    DiscordSettings,
    configSource({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.url,
      ...env,
    }),
  );
const puts = () => discord.calls.filter((c) => c.method === 'PUT');

describe('npm run discord:register', () => {
  it('registers /drill in the dev guild through DISCORD_API_URL, and a second run changes nothing', async () => {
    const s = settings({ DISCORD_GUILD_ID: GUILD_ID });
    expect(await registerCommands(s)).toBe(
      `Discord: registered /drill in guild ${GUILD_ID} (usable at once).`,
    );
    expect(puts()).toEqual([
      expect.objectContaining({
        route: `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
        body: COMMANDS(),
      }),
    ]);
    expect(await registerCommands(s)).toContain('already registered');
    expect(puts()).toHaveLength(1);
  });

  it('registers globally without a guild', async () => {
    expect(await registerCommands(settings({}))).toBe('Discord: registered /drill globally.');
    expect(puts()[0]?.route).toBe(`/applications/${APP_ID}/commands`);
  });

  it('says what is missing instead of calling Discord', async () => {
    await expect(registerCommands(parseSettings(DiscordSettings, configSource({})))).rejects.toThrow(
      'DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands',
    );
    expect(discord.calls).toHaveLength(0);
  });
});

describe('Discord settings', () => {
  it('refuses a REST base with a trailing slash or a version, naming the variable', () => {
    for (const bad of ['https://discord.com/api/', 'https://discord.com/api/v10'])
      expect(() => settings({ DISCORD_API_URL: bad })).toThrow(
        /^DISCORD_API_URL: a REST base ending in \/api/,
      );
    expect(() => settings({ DISCORD_APPLICATION_ID: 'my-app' })).toThrow(
      /^DISCORD_APPLICATION_ID: a Discord application id/,
    );
    expect(() => settings({ DISCORD_THREAD_VISIBILITY: 'secret' })).toThrow(
      /^DISCORD_THREAD_VISIBILITY: expected one of "public", "private"/,
    );
    expect(settings({}).DISCORD_THREAD_VISIBILITY).toBe('public');
  });
});

describe('manifest/discord/commands.json', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));

  it('is what the registration sends (regenerate with npm run discord:manifest)', () => {
    expect(manifest).toEqual(JSON.parse(manifestText()));
  });

  it('declares /drill start with typed options, end, hint, status, list, help and the coaching commands, in guilds and the bot’s DMs, described in both languages', () => {
    const [drill] = manifest;
    expect(drill.name).toBe('drill');
    expect(drill.contexts).toEqual([0, 1]);
    expect(drill.options.map((o: { name: string }) => o.name)).toEqual([
      'start',
      'end',
      'hint',
      'status',
      'list',
      'help',
      ...COACH_SUBCOMMANDS,
    ]);
    const start = drill.options[0];
    expect(
      start.options.map((o: { name: string; autocomplete?: boolean; choices?: { value: string }[] }) => [
        o.name,
        Boolean(o.autocomplete),
        o.choices?.map((c) => c.value),
      ]),
    ).toEqual([
      ['scenario', true, undefined],
      ['persona', true, undefined],
      ['language', false, ['zh', 'en']],
      ['mode', false, ['practice', 'exam']],
    ]);
    const assign = drill.options.find((o: { name: string }) => o.name === 'assign');
    // Discord's option types: 3 string, 5 boolean, 6 user, 7 channel, 8 role.
    expect(assign.options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([
      ['scenario', 3],
      ['user', 6],
      ['user2', 6],
      ['user3', 6],
      ['role', 8],
      ['channel', 7],
      ['team', 3],
      ['persona', 3],
      ['language', 3],
      ['mode', 3],
      ['due', 3],
    ]);
    expect(assign.options[0]).toMatchObject({ required: true, autocomplete: true });
    const me = drill.options.find((o: { name: string }) => o.name === 'me');
    expect(me.options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([
      ['link', 5],
      ['code', 3],
    ]);
    const described = JSON.stringify(manifest).match(/"description":/g)?.length;
    expect(JSON.stringify(manifest).match(/"zh-CN":/g)?.length).toBeGreaterThanOrEqual(described as number);
  });
});

describe('README: Discord setup', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('invites the bot with both scopes and exactly the permissions it uses', () => {
    expect(readme).toContain(`scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}`);
    expect(readme).toContain('Message Content Intent');
  });
});
