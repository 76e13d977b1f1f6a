import { defineAdapter } from '../../src/app/adapter-module.ts';
import { TeamsSettings, teamsState } from './config.ts';

/** The Microsoft Teams entry of the adapter catalogue; botbuilder loads only when Teams is switched on. */
export const teamsAdapter = defineAdapter({
  id: 'teams',
  name: 'Microsoft Teams',
  settings: TeamsSettings,
  state: teamsState,
  async create(settings, ctx) {
    const { startTeams } = await import('./transport.ts');
    return startTeams(settings, ctx.sink, ctx.log);
  },
});
