import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { teamsPackage } from '../../scripts/teams-package.ts';
import { SUBCOMMANDS } from '../../src/bot/commands.ts';
import { COACH_SUBCOMMANDS } from '../../src/bot/manager-commands.ts';
import { APP_ID } from './fake-bot-framework.ts';

const files = unzipSync(teamsPackage({ MICROSOFT_APP_ID: APP_ID }));
const json = (name: string) => JSON.parse(Buffer.from(files[name] as Uint8Array).toString('utf8'));
const manifest = json('manifest.json');
const bot = manifest.bots[0];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data: Uint8Array) {
  const b = Buffer.from(data);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colorType: b[25] };
}

describe('Teams app package', () => {
  it('holds the manifest, its Chinese localization and the two icons, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png', 'zh-cn.json']);
    expect(pngSize(files['color.png'] as Uint8Array)).toMatchObject({ width: 192, height: 192 });
    // The outline icon: 32×32 with an alpha channel, drawn in white only.
    expect(pngSize(files['outline.png'] as Uint8Array)).toEqual({ width: 32, height: 32, colorType: 6 });
    const colours = readFileSync(new URL('../../manifest/teams/outline.svg', import.meta.url), 'utf8').match(
      /#[0-9a-f]{3,8}/gi,
    );
    expect(new Set(colours?.map((c) => c.toUpperCase()))).toEqual(new Set(['#FFFFFF']));
  });

  it('names the bot by the app id from the environment, in team, personal and group chat scopes', () => {
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(APP_ID);
    expect(bot.botId).toBe(APP_ID);
    expect(manifest.webApplicationInfo.id).toBe(APP_ID);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const url of Object.values(manifest.developer).slice(1)) expect(url).toMatch(/^https:\/\//);
  });

  it('offers the bot’s subcommands and the coaching commands that fit in Teams’ ten, within its lengths', () => {
    const [list] = bot.commandLists;
    expect(list.commands.map((c: { title: string }) => c.title)).toEqual([
      ...SUBCOMMANDS,
      'me',
      'assign',
      'report',
      'assignments',
    ]);
    expect(list.commands.length).toBeLessThanOrEqual(10);
    for (const c of list.commands.slice(SUBCOMMANDS.length)) expect(COACH_SUBCOMMANDS).toContain(c.title);
    for (const c of list.commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('asks to read channel and chat messages without a mention (resource-specific consent)', () => {
    expect(
      manifest.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name).sort(),
    ).toEqual(['ChannelMessage.Read.Group', 'ChatMessage.Read.Chat']);
  });

  it('translates every user-facing string into Chinese, within the same lengths', () => {
    const zh = json('zh-cn.json');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'zh-cn', file: 'zh-cn.json' },
    ]);
    expect(zh['description.short']).toMatch(/[\u4e00-\u9fff]/);
    expect(zh['description.short'].length).toBeLessThanOrEqual(80);
    bot.commandLists[0].commands.forEach((c: { title: string }, i: number) => {
      expect(zh[`bots[0].commandLists[0].commands[${i}].title`]).toBe(c.title);
      expect(zh[`bots[0].commandLists[0].commands[${i}].description`]).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  it('refuses to build without a valid app id, naming the variable', () => {
    expect(() => teamsPackage({})).toThrow(/MICROSOFT_APP_ID: .*GUID/);
    expect(() => teamsPackage({ MICROSOFT_APP_ID: 'csc-drill' })).toThrow(/MICROSOFT_APP_ID/);
  });
});
