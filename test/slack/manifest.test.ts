import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../../manifest/slack.yaml', import.meta.url), 'utf8'));

describe('Slack app manifest', () => {
  it('declares the /drill command, Socket Mode, interactivity and the events the bot listens to', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({ command: '/drill', should_escape: true }),
    ]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['message.channels', 'message.groups', 'message.im']),
    );
  });

  it('asks for exactly the scopes the adapter uses', () => {
    // chat.postMessage/postEphemeral, files.uploadV2, the slash command, thread replies in channels and
    // direct messages, conversations.open (assignments), conversations.members and usergroups.users.list.
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'groups:read',
      'im:history',
      'im:write',
      'usergroups:read',
    ]);
  });
});
