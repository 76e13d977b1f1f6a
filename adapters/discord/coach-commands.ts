import {
  ChannelType,
  type LocalizationMap,
  type SlashCommandSubcommandBuilder,
  type SlashCommandSubcommandsOnlyBuilder,
} from 'discord.js';

const ZH = 'zh-CN' as const;

interface Describable {
  setName(name: string): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(localizations: LocalizationMap | null): this;
}
const described = <T extends Describable>(o: T, name: string, en: string, zh: string): T =>
  o
    .setName(name)
    .setDescription(en)
    .setDescriptionLocalizations({ [ZH]: zh });

type Texts = Record<'user' | 'role' | 'channel', [en: string, zh: string]>;

const ASSIGN_TO: Texts = {
  user: ['A person to assign it to', '要布置给的成员'],
  role: ['Everyone with this role', '布置给这个身份组的所有人'],
  channel: ['Everyone who can see this channel', '布置给能看到这个频道的所有人'],
};
const REPORT_ON: Texts = {
  user: ['A person to report on', '要看谁的报告'],
  role: ['Everyone with this role', '这个身份组所有人的报告'],
  channel: ['Everyone who can see this channel', '能看到这个频道的所有人的报告'],
};

/** The people a command names: up to three users, a role, a channel (everyone who can see it), a team. */
function targets(s: SlashCommandSubcommandBuilder, t: Texts) {
  s.addUserOption((o) => described(o, 'user', ...t.user))
    .addUserOption((o) => described(o, 'user2', 'Another person', '再加一位成员'))
    .addUserOption((o) => described(o, 'user3', 'Another person', '再加一位成员'))
    .addRoleOption((o) => described(o, 'role', ...t.role))
    .addChannelOption((o) =>
      described(o, 'channel', ...t.channel).addChannelTypes(
        ChannelType.GuildText,
        ChannelType.GuildAnnouncement,
      ),
    )
    .addStringOption((o) => described(o, 'team', 'A team made with /drill team', '用 /drill team 建的团队'));
  return s;
}

/**
 * The managers' and coaching subcommands. Their option names are the ones the core reads typed
 * options by: `name` and `action` of a team, `due`, `link` and `code`; the rest in any order.
 */
export function addCoachSubcommands(
  b: SlashCommandSubcommandsOnlyBuilder,
): SlashCommandSubcommandsOnlyBuilder {
  return b
    .addSubcommand((s) =>
      targets(
        described(
          s,
          'assign',
          'Managers: assign a drill; each person gets it by direct message',
          '主管：布置练习，每人通过私信收到',
        ).addStringOption((o) =>
          described(
            o,
            'scenario',
            'The scenario, or auto: each person’s next drill from their plan',
            '场景；选 auto 则按每人的训练计划挑选',
          )
            .setRequired(true)
            .setAutocomplete(true),
        ),
        ASSIGN_TO,
      )
        .addStringOption((o) =>
          described(o, 'persona', 'Who the customer is', '扮演哪位客户').setAutocomplete(true),
        )
        .addStringOption((o) =>
          described(o, 'language', 'Language of the drill', '练习用的语言').addChoices(
            { name: '中文', value: 'zh' },
            { name: 'English', value: 'en' },
          ),
        )
        .addStringOption((o) =>
          described(
            o,
            'mode',
            'practice: tags and hints; exam: a score only',
            '练习：显示标签和提示；考试：只给评分',
          ).addChoices(
            { name: 'practice', value: 'practice', name_localizations: { [ZH]: '练习' } },
            { name: 'exam', value: 'exam', name_localizations: { [ZH]: '考试' } },
          ),
        )
        .addStringOption((o) =>
          described(o, 'due', 'Due date, e.g. 2026-12-15', '截止日期，例如 2026-12-15')
            .setMinLength(10)
            .setMaxLength(10),
        ),
    )
    .addSubcommand((s) =>
      targets(
        described(
          s,
          'report',
          'Managers: a report on your people, sent to you privately',
          '主管：成员的练习报告，私信发给你',
        ),
        REPORT_ON,
      ).addStringOption((o) =>
        described(
          o,
          'since',
          'From when: 7d, or a date like 2026-11-01',
          '从何时起：7d，或 2026-11-01 这样的日期',
        ),
      ),
    )
    .addSubcommand((s) =>
      described(
        s,
        'assignments',
        'Managers: who started, finished and passed what you assigned',
        '主管：你布置的练习谁开始了、完成了、通过了',
      ),
    )
    .addSubcommand((s) =>
      described(s, 'me', 'Your profile, your next drill and why', '你的能力画像、下一次练习及原因')
        .addBooleanOption((o) =>
          described(
            o,
            'link',
            'Get a code to link this account elsewhere',
            '获取一个代码，用来关联你在其他平台的账号',
          ),
        )
        .addStringOption((o) =>
          described(o, 'code', 'A code from your other account', '在其他平台账号上拿到的代码'),
        ),
    )
    .addSubcommand((s) =>
      described(
        s,
        'team',
        'Managers: show a team, add people, turn its leaderboard on or off',
        '主管：查看团队、加人、开关排行榜',
      )
        .addStringOption((o) => described(o, 'name', 'The team', '团队名').setRequired(true))
        .addStringOption((o) =>
          described(o, 'action', 'What to do (show when left out)', '要做什么（不选就是查看）').addChoices(
            { name: 'show', value: 'show', name_localizations: { [ZH]: '查看' } },
            { name: 'add people', value: 'add', name_localizations: { [ZH]: '加人' } },
            { name: 'leaderboard on', value: 'leaderboard on', name_localizations: { [ZH]: '开启排行榜' } },
            { name: 'leaderboard off', value: 'leaderboard off', name_localizations: { [ZH]: '关闭排行榜' } },
          ),
        )
        .addUserOption((o) => described(o, 'user', 'A person to add', '要加入的成员'))
        .addRoleOption((o) => described(o, 'role', 'Everyone with this role, to add', '要加入的身份组')),
    )
    .addSubcommand((s) =>
      described(
        s,
        'leaderboard',
        'A team’s leaderboard (when its manager turned it on)',
        '团队排行榜（主管开启后可看）',
      ).addStringOption((o) => described(o, 'team', 'The team', '团队名').setRequired(true)),
    );
}
