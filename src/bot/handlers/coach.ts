import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { Outbound } from '../../chat/contract/outbound.ts';
import type { Assignment } from '../../coach/ports.ts';
import type { Role } from '../../coach/roles.ts';
import type { CoachService } from '../../coach/service.ts';
import { trendSvg } from '../../coach/trend-chart.ts';
import { closest } from '../../csc/closest.ts';
import type { Lang } from '../../csc/text.ts';
import type { BotContext } from '../context.ts';
import type { CoachCommand } from '../manager-commands.ts';
import { assignmentMessage, linesMessage, reportMessage } from '../render/coach.ts';
import { strings } from '../strings/index.ts';
import { assignmentsView, assignmentView, reportView } from '../views/coach.ts';
import { type Person, personOf, resolveTargets } from './coach-targets.ts';

export interface CoachCall {
  bot: BotContext;
  coach: CoachService;
  e: InboundOf<'command'>;
  me: string;
  role: Role;
  lang: Lang;
  prefix: string;
}

/** Manager commands, once the caller is known to be a manager (or, for a leaderboard, a team member). */
export async function handleCoachCommand(
  c: CoachCall,
  command: Exclude<CoachCommand, { name: 'me' }>,
): Promise<void> {
  const t = strings(c.lang);
  switch (command.name) {
    case 'assign':
      return assign(c, command);
    case 'assignments':
      return c.bot.tell(
        c.e,
        linesMessage(assignmentsView(await c.coach.assignmentsBy(c.me), c.coach.library, c.lang)),
      );
    case 'report': {
      const { people, unknown } = command.targets.length
        ? await resolveTargets(c.bot, c.coach, c.e, command.targets)
        : { people: await defaultPeople(c.coach, c.me), unknown: [] };
      if (unknown.length) return c.bot.tell(c.e, { text: await unknownText(c, unknown) });
      const outside: Person[] = [];
      for (const p of people) if (!(await c.coach.inScope(c.me, c.role, p.id))) outside.push(p);
      if (outside.length)
        return c.bot.tell(c.e, { text: t.outOfScope(outside.map((p) => p.name).join(', '), c.prefix) });
      return sendReport(c, people, command.since);
    }
    case 'team':
      return teamCommand(c, command);
    case 'leaderboard':
      return leaderboard(c, command.team);
  }
}

async function unknownText(c: CoachCall, refs: readonly string[]): Promise<string> {
  const known = Object.keys(await c.coach.people());
  return refs.map((r) => strings(c.lang).unknownPerson(r, closest(r, known, 8))).join('\n');
}

async function assign(c: CoachCall, command: Extract<CoachCommand, { name: 'assign' }>): Promise<void> {
  const t = strings(c.lang);
  const { people, unknown } = await resolveTargets(c.bot, c.coach, c.e, command.targets);
  if (unknown.length) return c.bot.tell(c.e, { text: await unknownText(c, unknown) });
  for (const p of people) await c.coach.remember(p.actor);
  const assignments = await c.coach.assign(c.me, people, {
    scenarioId: command.scenarioId,
    personaId: command.personaId,
    lang: command.lang ?? c.lang,
    mode: command.mode,
    due: command.due,
  });
  const title =
    command.scenarioId === 'auto'
      ? t.autoPick
      : (c.coach.library.scenarios.get(command.scenarioId)?.title[c.lang] ?? command.scenarioId);
  await c.bot.tell(c.e, { text: t.assigned(assignments.length, title) });
  // Delivery runs paced in the background: a manager's command never waits on 500 direct messages.
  c.bot.later(
    deliverAll(c.bot, c.coach, assignments).then((failed) =>
      c.bot.tell(c.e, { text: t.delivered(assignments.length - failed.length, failed) }),
    ),
  );
}

/** Sends each assignment to its person's direct conversation, paced; resolves to the names not reached. */
export async function deliverAll(
  bot: BotContext,
  coach: CoachService,
  assignments: readonly Assignment[],
): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    assignments.map(async (a) => {
      const person = await personOf(coach, a.to);
      await bot.deliveries(person.actor.platform).add(async () => {
        try {
          const key = await directMessage(
            bot,
            person,
            assignmentMessage(assignmentView(a, coach.library)),
            a.directKey,
          );
          await coach.update({ ...a, directKey: key });
        } catch (err) {
          failed.push(a.toName ?? person.name);
          bot.o.log.warn({ err, assignment: a.id, to: a.to }, 'assignment could not be delivered');
        }
      });
    }),
  );
  return failed;
}

/** Posts into the person's direct conversation (the one already known, or a new one); returns its key. */
async function directMessage(
  bot: BotContext,
  person: Person,
  message: Outbound,
  known?: string,
): Promise<string> {
  const adapter = bot.o.adapters.get(person.actor.platform);
  if (!adapter?.openDirect) throw new Error(`no direct messages on ${person.actor.platform}`);
  const key = known ?? (await adapter.openDirect(person.actor));
  await adapter.post(key, message);
  return key;
}

/** Without targets a report covers the manager's teams and everyone they assigned. */
async function defaultPeople(coach: CoachService, me: string): Promise<Person[]> {
  const ids = new Set<string>();
  for (const name of await coach.teamNames()) {
    const team = await coach.team(name);
    if (team?.createdBy === me) for (const m of team.members) ids.add(m);
  }
  for (const a of await coach.assignmentsBy(me)) ids.add(a.to);
  return Promise.all([...ids].map((id) => personOf(coach, id)));
}

async function sendReport(c: CoachCall, people: readonly Person[], since?: string): Promise<void> {
  const t = strings(c.lang);
  const title = people.length === 1 ? (people[0] as Person).name : t.several(people.length);
  const report = await c.coach.report(people, title, since);
  const message = reportMessage(reportView(report, c.lang));
  if (c.bot.o.renderPng && report.drills)
    message.image = {
      png: c.bot.o.renderPng(trendSvg(report.people, c.bot.o.passMark ?? 70)),
      alt: message.text.split('\n')[0] ?? '',
      filename: 'trend.png',
    };
  const me = { id: c.me, name: c.e.actor.name ?? c.e.actor.user, actor: c.e.actor };
  // A report is private and long: the manager's direct conversation, or a private note without the chart.
  try {
    await directMessage(c.bot, me, message);
  } catch (err) {
    c.bot.o.log.warn({ err }, 'report could not go by direct message; sending it as a private note');
    await c.bot.tell(c.e, { text: message.text, blocks: message.blocks });
  }
}

async function teamCommand(c: CoachCall, command: Extract<CoachCommand, { name: 'team' }>): Promise<void> {
  const t = strings(c.lang);
  const team = await c.coach.team(command.team);
  if (command.action === 'show') {
    if (!team)
      return c.bot.tell(c.e, {
        text: t.unknownTeam(command.team, closest(command.team, await c.coach.teamNames(), 3)),
      });
    const names = await Promise.all(team.members.map(async (m) => (await personOf(c.coach, m)).name));
    return c.bot.tell(c.e, { text: t.teamShow(team.name, names.join(', ')) });
  }
  if (!c.coach.mayManageTeam(team, c.me, c.role))
    return c.bot.tell(c.e, { text: t.teamNotYours(command.team) });
  if (command.action === 'leaderboard') {
    if (!team)
      return c.bot.tell(c.e, {
        text: t.unknownTeam(command.team, closest(command.team, await c.coach.teamNames(), 3)),
      });
    const updated = await c.coach.setLeaderboard(command.team, command.on ?? true);
    return c.bot.tell(c.e, { text: t.leaderboardSet(command.team, Boolean(updated?.leaderboard)) });
  }
  if (!team && isReservedTeamName(c.coach, command.team))
    return c.bot.tell(c.e, { text: t.reservedTeam(command.team) });
  const { people, unknown } = await resolveTargets(c.bot, c.coach, c.e, command.targets);
  if (unknown.length) return c.bot.tell(c.e, { text: await unknownText(c, unknown) });
  for (const p of people) await c.coach.remember(p.actor);
  const saved = await c.coach.addToTeam(
    command.team,
    people.map((p) => p.id),
    c.me,
  );
  return c.bot.tell(c.e, { text: t.teamSaved(saved.name, saved.members.length) });
}

const COMMAND_WORDS = ['zh', 'en', 'exam', 'practice', 'due', 'auto', 'add', 'show', 'leaderboard', 'link'];

/** A team may not be called like a word of the commands that name it, or `assign` would read it wrongly. */
function isReservedTeamName(coach: CoachService, name: string): boolean {
  const n = name.toLowerCase();
  return (
    COMMAND_WORDS.includes(n) ||
    coach.library.scenarios.has(n) ||
    coach.library.personas.has(n) ||
    /^\d+d$/.test(n)
  );
}

/** A leaderboard shows to the team's members and to managers; others hear the same refusal whether or not it exists. */
async function leaderboard(c: CoachCall, name: string): Promise<void> {
  const t = strings(c.lang);
  const team = await c.coach.team(name);
  const member = team?.members.includes(c.me);
  if (c.role === 'trainee' && !member) return c.bot.tell(c.e, { text: t.refused });
  if (!team)
    return c.bot.tell(c.e, { text: t.unknownTeam(name, closest(name, await c.coach.teamNames(), 3)) });
  if (!team.leaderboard) return c.bot.tell(c.e, { text: t.leaderboardOff(team.name, c.prefix) });
  const people = await Promise.all(team.members.map((id) => personOf(c.coach, id)));
  const report = await c.coach.report(people, team.name);
  const recentMean = (trend: readonly number[]) => {
    const last = trend.slice(-5);
    return Math.round(last.reduce((a, b) => a + b, 0) / Math.max(1, last.length));
  };
  const lines = report.people
    .filter((p) => p.drills)
    .map((p) => ({ name: p.name, mean: recentMean(p.trend), drills: p.drills }))
    .sort((a, b) => b.mean - a.mean || b.drills - a.drills)
    .map((r, i) => `${i + 1}. ${r.name} — ${r.mean} (${r.drills})`);
  return c.bot.tell(c.e, linesMessage([t.leaderboard(team.name), ...lines]));
}

/** Reminds assignees of drills due within a day, once, where the assignment went; marked only when sent. */
export async function remindDue(bot: BotContext, coach: CoachService): Promise<number> {
  const due = await coach.dueForReminder();
  let sent = 0;
  await Promise.all(
    due.map(async (a) => {
      const person = await personOf(coach, a.to);
      await bot.deliveries(person.actor.platform).add(async () => {
        try {
          await directMessage(
            bot,
            person,
            assignmentMessage(assignmentView(a, coach.library, true)),
            a.directKey,
          );
          await coach.markReminded(a);
          sent++;
        } catch (err) {
          bot.o.log.warn(
            { err, assignment: a.id },
            'reminder could not be delivered; it will be tried again',
          );
        }
      });
    }),
  );
  return sent;
}
