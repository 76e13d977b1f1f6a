import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type { Library } from '../../src/content/library.ts';
import type { Lang } from '../../src/csc/text.ts';
import { addCoachSubcommands } from './coach-commands.ts';

const ZH = 'zh-CN' as const;

const text = (o: SlashCommandStringOption, name: string, en: string, zh: string) =>
  o
    .setName(name)
    .setDescription(en)
    .setDescriptionLocalizations({ [ZH]: zh });

/**
 * The `/drill` command as Discord registers it: the one source for `npm run discord:register`
 * and `manifest/discord/commands.json`. Builders check Discord's naming and length rules.
 */
export function drillCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const drill = new SlashCommandBuilder()
    .setName('drill')
    .setDescription('Customer-support practice with a simulated customer')
    .setDescriptionLocalizations({ [ZH]: '与模拟客户进行客服练习' })
    // In the bot's DMs too: an assigned drill runs there, and `/drill me` is private anyway.
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  return addCoachSubcommands(
    drill
      .addSubcommand((s) =>
        s
          .setName('start')
          .setDescription('Start a drill (no options: pick a scenario)')
          .setDescriptionLocalizations({ [ZH]: '开始一次练习（不填选项就让你挑场景）' })
          .addStringOption((o) =>
            text(o, 'scenario', 'The situation to practise', '要练习的场景').setAutocomplete(true),
          )
          .addStringOption((o) =>
            text(o, 'persona', 'Who the customer is', '扮演哪位客户').setAutocomplete(true),
          )
          .addStringOption((o) =>
            text(o, 'language', 'Language of the drill', '练习用的语言').addChoices(
              { name: '中文', value: 'zh' },
              { name: 'English', value: 'en' },
            ),
          )
          .addStringOption((o) =>
            text(
              o,
              'mode',
              'practice: tags and hints; exam: a score only',
              '练习：显示标签和提示；考试：只给评分',
            ).addChoices(
              { name: 'practice', value: 'practice', name_localizations: { [ZH]: '练习' } },
              { name: 'exam', value: 'exam', name_localizations: { [ZH]: '考试' } },
            ),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('end')
          .setDescription('End your drill and get the scorecard')
          .setDescriptionLocalizations({ [ZH]: '结束练习并查看评分' }),
      )
      .addSubcommand((s) =>
        s
          .setName('hint')
          .setDescription('A hint for your next reply (practice mode)')
          .setDescriptionLocalizations({ [ZH]: '提示下一句怎么回（仅练习模式）' }),
      )
      .addSubcommand((s) =>
        s
          .setName('status')
          .setDescription('Your current drill and recent scores')
          .setDescriptionLocalizations({ [ZH]: '当前练习和最近的成绩' }),
      )
      .addSubcommand((s) =>
        s
          .setName('list')
          .setDescription('The scenarios')
          .setDescriptionLocalizations({ [ZH]: '列出全部场景' }),
      )
      .addSubcommand((s) =>
        s
          .setName('help')
          .setDescription('How the drill commands work')
          .setDescriptionLocalizations({ [ZH]: '练习命令的用法' }),
      ),
  ).toJSON();
}

/** Every command the bot registers (bulk overwrite replaces the application's list with exactly these). */
export const COMMANDS = (): RESTPostAPIChatInputApplicationCommandsJSONBody[] => [drillCommand()];

const MAX_CHOICES = 25;
const clip = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);

const AUTO = {
  id: 'auto',
  label: { zh: 'auto：按每人的训练计划挑选', en: 'auto: each person’s next drill from their plan' },
};

/**
 * Autocomplete for `scenario` and `persona`: ids whose id or title contains what was typed, in
 * the user's language; `/drill assign` offers `auto` among the scenarios.
 */
export function autocompleteChoices(
  library: Library,
  option: string,
  typed: string,
  lang: Lang,
  subcommand = 'start',
): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase();
  const auto =
    subcommand === 'assign'
      ? [{ id: AUTO.id, label: AUTO.label[lang], search: [AUTO.id, AUTO.label[lang]] }]
      : [];
  const items =
    option === 'scenario'
      ? [
          ...auto,
          ...[...library.scenarios.values()].map((s) => ({
            id: s.id,
            label: `${s.title[lang]} (${s.difficulty})`,
            search: [s.id, s.title.zh, s.title.en],
          })),
        ]
      : option === 'persona'
        ? [...library.personas.values()].map((p) => ({
            id: p.id,
            label: `${p.name[lang]} (${p.age})`,
            search: [p.id, p.name.zh, p.name.en],
          }))
        : [];
  const rank = (i: (typeof items)[number]) => {
    if (!q) return 1;
    const hay = i.search.map((s) => s.toLowerCase());
    if (hay.some((s) => s.startsWith(q))) return 0;
    return hay.some((s) => s.includes(q)) ? 1 : -1;
  };
  return items
    .map((i) => ({ i, r: rank(i) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r)
    .slice(0, MAX_CHOICES)
    .map(({ i }) => ({ name: clip(i.label), value: i.id }));
}

/** What the bot needs in a channel, for the invite URL (README): read, post, embed, attach, open threads. */
export const INVITE_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.CreatePrivateThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.AttachFiles,
  PermissionFlagsBits.ReadMessageHistory,
].reduce((all, p) => all | p, 0n);
