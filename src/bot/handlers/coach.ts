import { personId } from '../../chat/contract/actor.ts';
import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { Outbound } from '../../chat/contract/outbound.ts';
import type { Assignment } from '../../coach/ports.ts';
import type { CoachService } from '../../coach/service.ts';
import { trendSvg } from '../../coach/trend-chart.ts';
import { closest } from '../../csc/closest.ts';
import type { Lang } from '../../csc/text.ts';
import { coachStrings } from '../coach-strings.ts';
import type { BotContext } from '../context.ts';
import type { CoachCommand } from '../manager-commands.ts';
import { assignmentMessage, assignmentsMessage, reportMessage } from '../views/coach.ts';
import { actorOf, inManagerGroup, type Person, resolveTargets } from './coach-targets.ts';

/** Manager commands: the role is checked before any target is looked at, so a refusal leaks nothing. */
export async function handleCoachCommand(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  command: Exclude<CoachCommand, { name: 'me' }>,
  lang: Lang,
): Promise<void> {
  const t = coachStrings(lang);
  const me = personId(e.actor);
  const leaderboardOnly =
    command.name === 'leaderboard' || (command.name === 'team' && command.action === 'show');
  if (!leaderboardOnly) {
    const role = await coach.roleOf(me, await inManagerGroup(bot, coach, e));
    if (role === 'trainee') return bot.tell(e, { text: t.refused });
  }
  switch (command.name) {
    case 'assign': {
      const people = await resolveTargets(bot, coach, e, command.targets);
      const assignments = await coach.assign(me, people, {
        scenarioId: command.scenarioId,
        personaId: command.personaId,
        lang: command.lang ?? lang,
        mode: command.mode,
        due: command.due,
      });
      const title =
        command.scenarioId === 'auto'
          ? 'auto'
          : (coach.library.scenarios.get(command.scenarioId)?.title[lang] ?? command.scenarioId);
      await bot.tell(e, { text: t.assigned(assignments.length, title) });
      // Delivery runs paced in the background: a manager's command never waits on 500 direct messages.
      bot.later(
        deliverAll(bot, coach, people, assignments).then(({ sent, failed }) =>
          bot.tell(e, { text: t.delivered(sent, failed) }),
        ),
      );
      return;
    }
    case 'assignments':
      return bot.tell(e, assignmentsMessage(await coach.assignmentsBy(me), coach.library, lang));
    case 'report':
      return sendReport(
        bot,
        coach,
        e,
        command.targets.length
          ? await resolveTargets(bot, coach, e, command.targets)
          : await defaultPeople(coach, me),
        command,
        lang,
      );
    case 'team':
      return teamCommand(bot, coach, e, command, lang);
    case 'leaderboard':
      return leaderboard(bot, coach, e, command.team, lang);
  }
}

/** Sends each assignment to its assignee's direct conversation, paced; counts what went out. */
export async function deliverAll(
  bot: BotContext,
  coach: CoachService,
  people: readonly Person[],
  assignments: readonly Assignment[],
) {
  let sent = 0;
  let failed = 0;
  await Promise.all(
    assignments.map((a, i) =>
      bot.deliveries.add(async () => {
        try {
          const person = people[i] as Person;
          const key = await directMessage(bot, person, assignmentMessage(a, coach.library));
          await coach.update({ ...a, directKey: key });
          sent++;
        } catch (err) {
          failed++;
          bot.o.log.warn({ err, assignment: a.id, to: a.to }, 'assignment could not be delivered');
        }
      }),
    ),
  );
  return { sent, failed };
}

/** Posts into the person's direct conversation; returns its key. */
async function directMessage(bot: BotContext, person: Person, message: Outbound): Promise<string> {
  const adapter = bot.o.adapters.get(person.actor.platform);
  if (!adapter?.openDirect) throw new Error(`no direct messages on ${person.actor.platform}`);
  const key = await adapter.openDirect(person.actor);
  await adapter.post(key, message);
  return key;
}

/** Without targets a report covers the manager's teams and everyone they assigned. */
async function defaultPeople(coach: CoachService, me: string): Promise<Person[]> {
  const known = await coach.people();
  const ids = new Set<string>();
  for (const name of await coach.teamNames()) {
    const team = await coach.team(name);
    if (team?.createdBy === me) for (const m of team.members) ids.add(m);
  }
  for (const a of await coach.assignmentsBy(me)) ids.add(a.to);
  return [...ids].map((id) => ({ id, name: known[id] ?? id, actor: actorOf(id, known[id]) }));
}

async function sendReport(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  people: readonly Person[],
  command: Extract<CoachCommand, { name: 'report' }>,
  lang: Lang,
): Promise<void> {
  const title = people.length === 1 ? (people[0] as Person).name : `${people.length}`;
  const report = await coach.report(people, title, command.since);
  const message = reportMessage(report, lang);
  if (bot.o.renderPng && report.drills)
    message.image = {
      png: bot.o.renderPng(trendSvg(report.people, bot.o.passMark ?? 70)),
      alt: message.text.split('\n')[0] ?? '',
      filename: 'trend.png',
    };
  const me = { id: personId(e.actor), name: e.actor.name ?? e.actor.user, actor: e.actor };
  // A report is private and long: the manager's direct conversation, or a private note without the chart.
  try {
    await directMessage(bot, me, message);
  } catch {
    await bot.tell(e, { text: message.text, blocks: message.blocks });
  }
}

async function teamCommand(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  c: Extract<CoachCommand, { name: 'team' }>,
  lang: Lang,
) {
  const t = coachStrings(lang);
  if (c.action === 'leaderboard') {
    const team = await coach.setLeaderboard(c.team, c.on ?? true);
    return bot.tell(e, {
      text: team
        ? t.leaderboardSet(team.name, team.leaderboard)
        : t.unknownTeam(c.team, closest(c.team, await coach.teamNames(), 3)),
    });
  }
  if (c.action === 'add') {
    const people = await resolveTargets(bot, coach, e, c.targets);
    for (const p of people) await coach.remember(p.id, p.name);
    const team = await coach.addToTeam(
      c.team,
      people.map((p) => p.id),
      personId(e.actor),
    );
    return bot.tell(e, { text: t.teamSaved(team.name, team.members.length) });
  }
  const team = await coach.team(c.team);
  if (!team) return bot.tell(e, { text: t.unknownTeam(c.team, closest(c.team, await coach.teamNames(), 3)) });
  const known = await coach.people();
  return bot.tell(e, { text: t.teamShow(team.name, team.members.map((m) => known[m] ?? m).join(', ')) });
}

async function leaderboard(
  bot: BotContext,
  coach: CoachService,
  e: InboundOf<'command'>,
  name: string,
  lang: Lang,
) {
  const t = coachStrings(lang);
  const team = await coach.team(name);
  if (!team) return bot.tell(e, { text: t.unknownTeam(name, closest(name, await coach.teamNames(), 3)) });
  if (!team.leaderboard) return bot.tell(e, { text: t.leaderboardOff(team.name) });
  const known = await coach.people();
  const report = await coach.report(
    team.members.map((id) => ({ id, name: known[id] ?? id })),
    team.name,
  );
  const ranked = report.people
    .filter((p) => p.drills)
    .map((p) => ({
      name: p.name,
      mean: Math.round(p.trend.slice(-5).reduce((a, b) => a + b, 0) / Math.max(1, p.trend.slice(-5).length)),
      drills: p.drills,
    }))
    .sort((a, b) => b.mean - a.mean || b.drills - a.drills);
  const lines = ranked.map((r, i) => `${i + 1}. ${r.name} — ${r.mean} (${r.drills})`);
  return bot.tell(e, { text: [t.leaderboard(team.name), ...lines].join('\n') });
}

/** Reminds assignees of drills due within a day, once, in the conversation the assignment went to. */
export async function remindDue(bot: BotContext, coach: CoachService): Promise<number> {
  const due = await coach.dueForReminder();
  const known = await coach.people();
  await Promise.all(
    due.map((a) =>
      bot.deliveries.add(async () => {
        const t = coachStrings(a.lang);
        const title = coach.library.scenarios.get(a.scenarioId)?.title[a.lang] ?? a.scenarioId;
        try {
          await directMessage(
            bot,
            { id: a.to, name: known[a.to] ?? a.to, actor: actorOf(a.to) },
            {
              text: t.reminder(title, a.due ?? ''),
              blocks: [
                { type: 'text', spans: [{ text: t.reminder(title, a.due ?? '') }] },
                {
                  type: 'buttons',
                  buttons: [
                    { id: 'drill_assignment', label: t.startAssignment, value: a.id, style: 'primary' },
                  ],
                },
              ],
            },
          );
        } catch (err) {
          bot.o.log.warn({ err, assignment: a.id }, 'reminder could not be delivered');
        }
      }),
    ),
  );
  return due.length;
}
