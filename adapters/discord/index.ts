import { defineAdapter } from '../../src/app/adapter-module.ts';
import { DiscordSettings, discordState } from './config.ts';

/** The Discord entry of the adapter catalogue; discord.js loads only when Discord is switched on. */
export const discordAdapter = defineAdapter({
  id: 'discord',
  name: 'Discord',
  settings: DiscordSettings,
  state: discordState,
  async create(settings, ctx) {
    const [{ startDiscord }, { autocompleteChoices }] = await Promise.all([
      import('./transport.ts'),
      import('./commands.ts'),
    ]);
    return startDiscord(settings, {
      sink: ctx.sink,
      log: ctx.log,
      defaultLang: ctx.config.DEFAULT_LANG,
      choices: (option, typed, lang, subcommand) =>
        autocompleteChoices(ctx.service.library, option, typed, lang, subcommand),
    });
  },
});
