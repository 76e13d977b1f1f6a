/** Chat platforms and the variables that switch each on; an adapter starts only when its credentials are set. */
export const PLATFORMS = [
  { id: 'slack', name: 'Slack', env: ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'] }, // or SLACK_APP_TOKEN for Socket Mode
  { id: 'teams', name: 'Microsoft Teams', env: ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD'] },
  { id: 'discord', name: 'Discord', env: ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] },
] as const;

export function platformStatus(env: NodeJS.ProcessEnv = process.env) {
  return PLATFORMS.map((p) => {
    const socketMode = p.id === 'slack' && Boolean(env.SLACK_APP_TOKEN);
    const missing = p.env.filter((k) => !env[k] && !(socketMode && k === 'SLACK_SIGNING_SECRET'));
    return {
      ...p,
      configured: missing.length === 0,
      partial: missing.length > 0 && missing.length < p.env.length,
      missing,
    };
  });
}
