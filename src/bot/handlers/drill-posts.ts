import { PlatformError } from '../../chat/contract/errors.ts';
import type { ConversationKey } from '../../chat/contract/key.ts';
import type { Drill } from '../../drill/model.ts';
import type { Ended, StartRequest } from '../../drill/service.ts';
import { radarSvg } from '../../evaluate/radar.ts';
import type { BotContext } from '../context.ts';
import { cardMessage, customerLineMessage, scorecardMessage } from '../render/blocks.ts';
import { strings } from '../strings/index.ts';
import { cardView } from '../views/card.ts';
import { customerLineView } from '../views/customer-line.ts';
import { scorecardView } from '../views/scorecard.ts';

/**
 * Starts a drill in a conversation: the scenario card opens a thread (or reply chain) and the
 * customer's first line goes into it. A card the platform refused leaves no drill behind.
 */
export async function startInConversation(bot: BotContext, channelKey: ConversationKey, req: StartRequest) {
  const adapter = bot.adapterFor(channelKey);
  const started = await bot.service.start({ ...req, channelKey });
  if (started.abandoned) await postScorecard(bot, started.abandoned.drill, started.abandoned.ended);
  const { drill, scenario, persona, opening } = started;
  let root: Awaited<ReturnType<typeof adapter.post>>;
  try {
    root = await adapter.post(
      channelKey,
      cardMessage(cardView(drill, scenario, persona, adapter.capabilities.threads !== 'none')),
      { openThread: true },
    );
  } catch (err) {
    await bot.service.cancel(drill);
    if (err instanceof PlatformError) throw new StartFailed(err, strings(drill.lang).startFailed);
    throw err;
  }
  await bot.o.links.linkThread(drill.id, root.key);
  await adapter.post(
    root.key,
    customerLineMessage(customerLineView(drill.lang, opening.text, undefined, undefined, started.notices)),
  );
  return started;
}

/** The scorecard in the drill's thread, with the radar chart where the platform shows images. */
export async function postScorecard(bot: BotContext, drill: Drill, ended: Ended): Promise<void> {
  await bot.o.coach?.finished(drill.id, ended.scorecard.overall, ended.scorecard.passed);
  const thread = (await bot.o.links.threadForDrill(drill.id)) ?? drill.channelKey;
  if (!thread) return;
  const adapter = bot.adapterFor(thread);
  const scenario = bot.service.scenario(drill.scenarioId);
  const message = scorecardMessage(
    scorecardView(ended.scorecard, drill.lang, scenario, ended.reason, drill.id),
  );
  if (bot.o.renderPng && adapter.capabilities.images !== 'none') {
    try {
      message.image = {
        png: bot.o.renderPng(radarSvg(ended.scorecard, drill.lang)),
        alt: message.text.split('\n')[0] ?? '',
        filename: 'scorecard.png',
      };
    } catch (err) {
      bot.o.log.warn({ err }, 'radar chart could not be rendered; posting the scorecard without it');
    }
  }
  await adapter.post(thread, message);
}

/** A platform refused the scenario card: the drill was withdrawn; this says so to the trainee. */
export class StartFailed extends Error {
  override name = 'StartFailed';
  constructor(
    readonly platformError: PlatformError,
    readonly userMessage: string,
  ) {
    super(userMessage, { cause: platformError });
  }
}
