import type { Logger } from 'pino';
import type { Lang } from '../csc/text.ts';
import { DrillError } from '../drill/errors.ts';
import type { Drill } from '../drill/model.ts';
import type { DrillService, Ended, StartRequest } from '../drill/service.ts';
import { radarSvg } from '../evaluate/radar.ts';
import type { Atomic } from '../store/atomic.ts';
import type { DrillRepository } from '../store/drill-repository.ts';
import { parseDrillCommand } from './commands.ts';
import type { ChannelAdapter, Inbound, Outbound } from './model.ts';
import {
  customerLine,
  HELP,
  hintMessage,
  pickerMessage,
  say,
  scenarioCard,
  scorecardMessage,
  statusMessage,
} from './views.ts';

export interface DrillBotOptions {
  service: DrillService;
  repo: DrillRepository;
  atomic: Atomic;
  adapter: ChannelAdapter;
  defaultLang: Lang;
  log: Logger;
  /** Turns the radar SVG into a PNG for platforms that show images. */
  renderPng?: (svg: string) => Uint8Array;
}

const OBSERVER_NOTE = {
  zh: '这是别人的练习，只有开始练习的学员的回复才会计入。想自己练习请用 /drill start。',
  en: "This is someone else's drill: only the trainee's replies count. Start your own with /drill start.",
};

/** The platform-free chat bot: commands, drill threads and buttons, whatever the platform. */
export class DrillBot {
  constructor(private readonly o: DrillBotOptions) {}

  private traineeOf(e: Inbound) {
    return { id: `${this.o.adapter.platform}:${e.actor.id}`, name: e.actor.name };
  }

  async handle(e: Inbound): Promise<void> {
    const lang = e.lang ?? this.o.defaultLang;
    try {
      if (e.type === 'command') await this.command(e, lang);
      else if (e.type === 'message') await this.message(e);
      else await this.action(e, lang);
    } catch (err) {
      if (!(err instanceof DrillError)) throw err;
      await this.tell(e, say(err.userMessage, lang));
    }
  }

  /** Errors and private notes go to the person who caused them: ephemeral where the platform allows. */
  private async tell(e: Inbound, message: Outbound): Promise<void> {
    if (this.o.adapter.postEphemeral) await this.o.adapter.postEphemeral(e.key, e.actor.id, message);
    else await this.o.adapter.post(e.key, message);
  }

  private async command(e: Extract<Inbound, { type: 'command' }>, lang: Lang): Promise<void> {
    const parsed = parseDrillCommand(e.args, this.o.service.library);
    if (!parsed.ok) return this.tell(e, say(parsed.error, lang));
    const trainee = this.traineeOf(e);
    switch (parsed.name) {
      case 'help':
        return this.tell(e, say(HELP, lang));
      case 'list': {
        const scenarios = [...this.o.service.library.scenarios.values()];
        const text = scenarios.map((s) => `• \`${s.id}\` ${s.title[lang]} (${s.difficulty})`).join('\n');
        return this.tell(e, { text });
      }
      case 'status': {
        const { active, history } = await this.o.service.list(trainee.id);
        return this.tell(
          e,
          statusMessage(
            active,
            history,
            active?.lang ?? lang,
            (id) => this.o.service.library.scenarios.get(id)?.title[lang] ?? id,
          ),
        );
      }
      case 'hint':
      case 'end': {
        const active = await this.o.service.activeDrill(trainee.id);
        if (!active) {
          throw new DrillError('no-active-drill', {
            zh: '你现在没有进行中的练习，用 /drill start 开始一个。',
            en: 'You have no drill in progress — use /drill start.',
          });
        }
        if (parsed.name === 'hint')
          return this.tell(e, hintMessage(await this.o.service.hint(active.id, trainee.id), active.lang));
        const { drill, ended } = await this.o.service.end(active.id, trainee.id);
        return this.postScorecard(drill, ended);
      }
      case 'start': {
        const { scenarioId, personaId, mode } = parsed;
        if (!scenarioId && !personaId && !mode && !parsed.lang) {
          const history = (await this.o.service.list(trainee.id)).history;
          const practised = new Set(history.map((h) => h.scenarioId));
          const scenarios = [...this.o.service.library.scenarios.values()];
          const recommended =
            scenarios.find((s) => !practised.has(s.id)) ?? (scenarios[0] as (typeof scenarios)[number]);
          return this.tell(e, pickerMessage(scenarios, recommended, lang));
        }
        return this.start(e.key, { trainee, scenarioId, personaId, mode, lang: parsed.lang ?? lang });
      }
    }
  }

  /** Posts the scenario card in the channel, opens its thread with the customer's first line. */
  private async start(channelKey: string, req: StartRequest): Promise<void> {
    const started = await this.o.service.start({ ...req, channelKey });
    if (started.abandoned) await this.postScorecard(started.abandoned.drill, started.abandoned.ended);
    const { drill, scenario, persona, opening } = started;
    const root = await this.o.adapter.post(channelKey, scenarioCard(drill, scenario, persona));
    await this.o.repo.linkThread(drill.id, root.key);
    await this.o.adapter.post(
      root.key,
      customerLine(drill, opening.text, undefined, undefined, started.notices),
    );
  }

  private async message(e: Extract<Inbound, { type: 'message' }>): Promise<void> {
    const drillId = await this.o.repo.drillForThread(e.key);
    if (!drillId) return;
    const trainee = this.traineeOf(e);
    const { drill } = await this.o.service.status(drillId);
    if (drill.trainee.id !== trainee.id) {
      if (await this.o.atomic.setIfAbsent(`observer:${drillId}:${trainee.id}`, 24 * 3600_000)) {
        await this.tell(e, { text: OBSERVER_NOTE[drill.lang] });
      }
      return;
    }
    const r = await this.o.service.reply(drillId, trainee.id, e.text);
    if (r.customer)
      await this.o.adapter.post(
        e.key,
        customerLine(r.drill, r.customer.text, r.tags, r.customer.emotion, r.notices),
      );
    if (r.ended) await this.postScorecard(r.drill, r.ended);
  }

  private async action(e: Extract<Inbound, { type: 'action' }>, lang: Lang): Promise<void> {
    const trainee = this.traineeOf(e);
    if (e.actionId === 'drill_pick' || e.actionId === 'drill_start') {
      return this.start(e.key, { trainee, scenarioId: e.value, lang });
    }
    const [drillId, extra] = e.value.split(':');
    const { drill } = await this.o.service.status(drillId as string);
    const channelKey = drill.channelKey ?? e.key;
    if (e.actionId === 'drill_retry') {
      return this.start(channelKey, {
        trainee,
        scenarioId: drill.scenarioId,
        personaId: drill.personaId,
        lang: drill.lang,
        mode: drill.mode,
        seed: drill.seed,
      });
    }
    if (e.actionId === 'drill_new')
      return this.start(channelKey, { trainee, lang: drill.lang, mode: drill.mode });
    if (e.actionId.startsWith('drill_rate_')) {
      await this.o.service.rate(drill.id, trainee.id, Number(extra));
      return this.tell(e, {
        text:
          drill.lang === 'zh'
            ? `谢谢评分：${'★'.repeat(Number(extra))}`
            : `Thanks for rating: ${'★'.repeat(Number(extra))}`,
      });
    }
    this.o.log.warn({ actionId: e.actionId }, 'unknown action');
  }

  private async postScorecard(drill: Drill, ended: Ended): Promise<void> {
    const thread = (await this.o.repo.threadForDrill(drill.id)) ?? drill.channelKey;
    if (!thread) return;
    const scenario = this.o.service.scenario(drill.scenarioId);
    const message = scorecardMessage(drill, scenario, ended.scorecard, ended.reason);
    if (this.o.renderPng && this.o.adapter.capabilities.images) {
      try {
        message.image = {
          png: this.o.renderPng(radarSvg(ended.scorecard, drill.lang)),
          alt: message.text,
          filename: 'scorecard.png',
        };
      } catch (err) {
        this.o.log.warn({ err }, 'radar chart could not be rendered; posting the scorecard without it');
      }
    }
    await this.o.adapter.post(thread, message);
  }
}
