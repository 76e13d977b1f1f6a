import type { Lang } from '../csc/text.ts';

/** The managers' and coaching features' wording, in both languages. */
const STRINGS = {
  zh: {
    refused: '抱歉，这个命令只有培训主管可以用。如需权限，请联系管理员。',
    drillsDone: (n: number) => `完成 ${n} 次练习`,
    passRate: '通过率',
    trend: '分数走势',
    stages: '各阶段',
    strategies: '常用策略（每次平均）',
    breaches: (n: number) => `违规 ${n} 次`,
    missedIn: (what: string, n: number, of: number) => `${of} 次练习中有 ${n} 次${what}`,
    reportTitle: (t: string) => `练习报告：${t}`,
    nobody: '这里还没有人。',
    noDrillsYet: '还没有完成的练习。',
    basedOn: (n: number) => `（根据最近 ${n} 次练习，越近的权重越高）`,
    next: '下一个练习',
    certified: '已认证',
    streak: (n: number) => `连续通过 ${n} 次`,
    yourProfile: '你的能力画像',
    startNext: '开始这个练习',
    assignedTo: (title: string, mode: string) =>
      `你被布置了一个${mode === 'exam' ? '考试' : '练习'}：${title}`,
    dueBy: (d: string) => `截止 ${d}`,
    newAssignment: '新的练习任务',
    startAssignment: '开始练习',
    passed: '通过',
    failed: '未通过',
    status: { assigned: '未开始', started: '进行中', finished: '已完成' },
    noAssignments: '你还没有布置过练习。',
    assigned: (n: number, title: string) => `已给 ${n} 人布置：${title}，正在逐个发送私信。`,
    delivered: (n: number, failed: number) =>
      `私信已送达 ${n} 人${failed ? `，${failed} 人没发出去（见日志）` : ''}。`,
    reminder: (title: string, due: string) => `提醒：练习“${title}”的截止日期是 ${due}，别忘了完成。`,
    unknownTeam: (name: string, guess?: string) =>
      `没有叫“${name}”的团队${guess ? `，你是不是想找 ${guess}？` : '。'}`,
    teamSaved: (name: string, n: number) => `团队 ${name} 现在有 ${n} 人。`,
    teamShow: (name: string, members: string) => `团队 ${name}：${members || '（空）'}`,
    leaderboardOff: (name: string) =>
      `团队 ${name} 没有开启排行榜（主管可以用 team ${name} leaderboard on 开启）。`,
    leaderboardSet: (name: string, on: boolean) => `团队 ${name} 的排行榜已${on ? '开启' : '关闭'}。`,
    leaderboard: (name: string) => `排行榜：${name}`,
    linkCode: (code: string) =>
      `你的关联码是 ${code}（10 分钟内有效）。在另一个平台上发送“me link ${code}”，两边的练习记录就会合并。`,
    linked: '关联成功：两个账号的练习记录已合并。',
    linkFailed: '关联码无效或已过期，请重新生成。',
    notYourAssignment: '这个练习任务不是布置给你的。',
  },
  en: {
    refused: 'Sorry — only training managers can use that command. Ask an admin if you need access.',
    drillsDone: (n: number) => `${n} drill${n === 1 ? '' : 's'}`,
    passRate: 'pass rate',
    trend: 'scores',
    stages: 'stages',
    strategies: 'strategies per drill',
    breaches: (n: number) => `${n} conduct breach${n === 1 ? '' : 'es'}`,
    missedIn: (what: string, n: number, of: number) => `${what} in ${n} of ${of} drills`,
    reportTitle: (t: string) => `Drill report: ${t}`,
    nobody: 'Nobody here yet.',
    noDrillsYet: 'No finished drills yet.',
    basedOn: (n: number) => `(from your last ${n} drills, recent ones weigh more)`,
    next: 'Next drill',
    certified: 'certified',
    streak: (n: number) => `${n} passed in a row`,
    yourProfile: 'Your capability profile',
    startNext: 'Start this drill',
    assignedTo: (title: string, mode: string) =>
      `You have been assigned a${mode === 'exam' ? 'n exam' : ' drill'}: ${title}`,
    dueBy: (d: string) => `due ${d}`,
    newAssignment: 'New drill assignment',
    startAssignment: 'Start the drill',
    passed: 'PASS',
    failed: 'FAIL',
    status: { assigned: 'not started', started: 'in progress', finished: 'finished' },
    noAssignments: 'You have not assigned any drills yet.',
    assigned: (n: number, title: string) =>
      `Assigned ${title} to ${n} ${n === 1 ? 'person' : 'people'}; sending the direct messages now.`,
    delivered: (n: number, failed: number) =>
      `Delivered to ${n}${failed ? `; ${failed} could not be reached (see the log)` : ''}.`,
    reminder: (title: string, due: string) => `Reminder: your drill "${title}" is due ${due}.`,
    unknownTeam: (name: string, guess?: string) =>
      `There is no team "${name}".${guess ? ` Did you mean ${guess}?` : ''}`,
    teamSaved: (name: string, n: number) => `Team ${name} now has ${n} ${n === 1 ? 'person' : 'people'}.`,
    teamShow: (name: string, members: string) => `Team ${name}: ${members || '(empty)'}`,
    leaderboardOff: (name: string) =>
      `Team ${name} has no leaderboard (a manager can turn it on with team ${name} leaderboard on).`,
    leaderboardSet: (name: string, on: boolean) =>
      `Leaderboard for team ${name} is now ${on ? 'on' : 'off'}.`,
    leaderboard: (name: string) => `Leaderboard: ${name}`,
    linkCode: (code: string) =>
      `Your link code is ${code} (valid for 10 minutes). Send "me link ${code}" on the other platform to merge your drill history.`,
    linked: 'Linked: both accounts now share one drill history.',
    linkFailed: 'That link code is unknown or expired — make a new one.',
    notYourAssignment: 'That assignment is not yours.',
  },
} as const;

export const coachStrings = (lang: Lang) => STRINGS[lang];
