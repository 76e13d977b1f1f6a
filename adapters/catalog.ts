import type { AdapterModule } from '../src/app/adapter-module.ts';
import { discordAdapter } from './discord/index.ts';
import { slackAdapter } from './slack/index.ts';
import { teamsAdapter } from './teams/index.ts';
import { webAdapter } from './web/index.ts';
import { webhookAdapter } from './webhook/index.ts';
import { wechatAdapter } from './wechat/index.ts';

/** Every adapter this build ships; each switches itself on from its own settings. */
export const ADAPTERS: readonly AdapterModule[] = [
  slackAdapter,
  teamsAdapter,
  discordAdapter,
  webhookAdapter,
  wechatAdapter,
  webAdapter,
];
