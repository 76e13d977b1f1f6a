/** Slack conversation keys: `slack:<team>:<channel>` for a channel, plus `:<thread_ts>` for a thread. */
export interface SlackKey {
  team: string;
  channel: string;
  threadTs?: string;
}

export function encodeKey(k: SlackKey): string {
  return ['slack', k.team, k.channel, ...(k.threadTs ? [k.threadTs] : [])].join(':');
}

export function decodeKey(key: string): SlackKey {
  const [platform, team, channel, threadTs] = key.split(':');
  if (platform !== 'slack' || !team || !channel) throw new Error(`not a Slack conversation key: ${key}`);
  return { team, channel, threadTs };
}
