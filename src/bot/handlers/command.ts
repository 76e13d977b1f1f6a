import type { InboundOf } from '../../chat/contract/inbound.ts';
import type { Lang } from '../../csc/text.ts';
import { noActiveDrill } from '../../drill/messages.ts';
import { parseDrillCommand } from '../commands.ts';
import type { BotContext } from '../context.ts';
import { coachSubcommand } from '../manager-commands.ts';
import {
  helpMessage,
  hintMessage,
  pickerMessage,
  scenarioListMessage,
  statusMessage,
} from '../render/blocks.ts';
import { strings } from '../strings/index.ts';
import { helpView } from '../views/help.ts';
import { hintView } from '../views/hint.ts';
import { pickerView, scenarioListView } from '../views/picker.ts';
import { statusView } from '../views/status.ts';
import { routeCoach } from './coach-route.ts';
import { postScorecard, startInConversation } from './drill-posts.ts';
import { eventKey } from './reply.ts';

/** `start`, `end`, `hint`, `status`, `list`, `help`: answers go privately to the person, drills into the conversation. */
export async function handleCommand(bot: BotContext, e: InboundOf<'command'>, lang: Lang): Promise<void> {
  const { service } = bot;
  const prefix = bot.prefix(e);
  const coach = bot.o.coach;
  const sub = coach ? coachSubcommand(e.input) : undefined;
  if (coach && sub) return routeCoach(bot, coach, e, sub, lang, prefix);
  const parsed = parseDrillCommand(e.input, service.library, prefix);
  if (!parsed.ok) return bot.tell(e, { text: parsed.error[lang] });
  const trainee = bot.trainee(e);
  const scenarios = [...service.library.scenarios.values()];
  switch (parsed.name) {
    case 'help': {
      // Coaching lines when coaching runs; the manager commands only for managers.
      const t = strings(lang);
      const manager = coach && coach.roleOf(trainee.id) !== 'trainee';
      const extra = coach ? [...t.help, ...(manager ? t.managerHelp : [])] : [];
      return bot.tell(e, helpMessage(helpView(lang, prefix, extra)));
    }
    case 'list':
      return bot.tell(e, scenarioListMessage(scenarioListView(scenarios, lang)));
    case 'status': {
      const { active, history } = await service.list(trainee.id);
      const shown = active?.lang ?? lang;
      return bot.tell(
        e,
        statusMessage(
          statusView(active, history, shown, (id) => service.library.scenarios.get(id)?.title[shown] ?? id),
        ),
      );
    }
    case 'hint':
    case 'end': {
      const active = await service.activeDrill(trainee.id);
      if (!active) throw noActiveDrill();
      if (parsed.name === 'hint')
        return bot.tell(e, hintMessage(hintView(await service.hint(active.id, trainee.id), active.lang)));
      const { drill, ended } = await service.end(active.id, trainee.id);
      return postScorecard(bot, drill, ended);
    }
    case 'start': {
      const { scenarioId, personaId, mode } = parsed;
      if (!scenarioId && !personaId && !mode && !parsed.lang) {
        const practised = new Set((await service.list(trainee.id)).history.map((h) => h.scenarioId));
        const recommended =
          scenarios.find((s) => !practised.has(s.id)) ?? (scenarios[0] as (typeof scenarios)[number]);
        return bot.tell(e, pickerMessage(pickerView(scenarios, recommended, lang)));
      }
      await startInConversation(bot, e.key, {
        trainee,
        scenarioId,
        personaId,
        mode,
        lang: parsed.lang ?? lang,
        eventId: eventKey(e),
      });
      return;
    }
  }
}
