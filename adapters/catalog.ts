import type { AdapterModule } from '../src/app/adapter-module.ts';
import { discordAdapter } from './discord/index.ts';
import { slackAdapter } from './slack/index.ts';
import { webAdapter } from './web/index.ts';

/** Every adapter this build ships; each switches itself on from its own settings. */
export const ADAPTERS: readonly AdapterModule[] = [slackAdapter, discordAdapter, webAdapter];
