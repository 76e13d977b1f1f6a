import { createInterface } from 'node:readline';
import { styleText } from 'node:util';
import { createCore } from '../../app/core.ts';
import { scorecardText } from '../../bot/render/text.ts';
import { scorecardView } from '../../bot/views/scorecard.ts';
import { contentDirs } from '../../content/dirs.ts';
import { closest } from '../../csc/closest.ts';
import { strategyByCode } from '../../csc/strategies.ts';
import type { TagResult } from '../../csc/tagger/tagger.ts';
import type { Lang } from '../../csc/text.ts';
import { emotionLabel } from '../../customer/emotion.ts';
import { DrillError } from '../../drill/errors.ts';
import type { DrillMode, TranscriptEntry } from '../../drill/model.ts';
import type { DrillService, Ended } from '../../drill/service.ts';
import type { PracticeOptions } from '../commands/practice.ts';
import { UsageError } from '../errors.ts';
import { type CliContext, readSettings } from '../settings.ts';
import { openConfiguredStore } from '../store.ts';

const TRAINEE = { id: 'terminal', name: 'terminal' };

export function formatTags(tags: TagResult, lang: Lang, emotion: number | undefined): string {
  const codes = tags.strategies.map((s) => `${s.code} ${strategyByCode(s.code).name[lang]}`).join(' · ');
  const stage = tags.stage ? ` | ${tags.stage}` : '';
  const mood =
    emotion === undefined ? '' : ` | ${lang === 'zh' ? '客户情绪' : 'mood'}: ${emotionLabel(emotion, lang)}`;
  return `[${codes}${stage}${mood}]`;
}

/** An id named by a flag must exist; told before the drill starts, so nothing is stored. */
function checkId(flag: string, kind: string, id: string | undefined, known: readonly string[], dir: string) {
  if (id === undefined || known.includes(id)) return;
  const guess = closest(id, known, 6);
  throw new UsageError(
    `option '${flag} <id>' argument '${id}' is invalid. No such ${kind}; ${guess ? `did you mean ${guess}?` : `the ids are the file names in ${dir}`}`,
  );
}

export async function practice(ctx: CliContext, opts: PracticeOptions): Promise<void> {
  const { config } = await readSettings(ctx);
  const store = await openConfiguredStore(config.STORE_URL);
  try {
    const { service, library } = await createCore(config, { store });
    const [personaDir, scenarioDir] = contentDirs(config);
    checkId('--scenario', 'scenario', opts.scenario, [...library.scenarios.keys()], `${scenarioDir}/`);
    checkId('--persona', 'persona', opts.persona, [...library.personas.keys()], `${personaDir}/`);
    process.exitCode = await runPractice(service, { ...opts, lang: opts.lang ?? config.DEFAULT_LANG });
  } finally {
    await store.close();
  }
}

async function runPractice(
  service: DrillService,
  o: { scenario?: string; persona?: string; lang: Lang; mode: DrillMode; seed?: number; json?: boolean },
): Promise<number> {
  const tty = Boolean(process.stdin.isTTY) && !o.json;
  const color = (style: Parameters<typeof styleText>[0], text: string) =>
    process.stdout.isTTY ? styleText(style, text) : text;
  const out = (line: string) => {
    if (!o.json) process.stdout.write(`${line}\n`);
  };
  const started = await service.start({
    trainee: TRAINEE,
    scenarioId: o.scenario,
    personaId: o.persona,
    lang: o.lang,
    mode: o.mode,
    seed: o.seed,
  });
  const { drill, scenario, persona } = started;
  const lang = drill.lang;
  const who = persona.name[lang];
  out(color('bold', `${scenario.title[lang]}  (${drill.mode}, seed ${drill.seed})`));
  out(color('dim', scenario.briefing[lang]));
  out(
    color(
      'dim',
      lang === 'zh'
        ? '输入回复；/hint 提示，/end 结束。'
        : 'Type your reply; /hint for a hint, /end to finish.',
    ),
  );
  out(`\n${color('cyan', `${who}:`)} ${started.opening.text}`);

  const rl = createInterface({
    input: process.stdin,
    output: tty ? process.stdout : undefined,
    terminal: tty,
  });
  if (tty) rl.setPrompt(color('green', lang === 'zh' ? '你 › ' : 'you › '));
  let ended: Ended | undefined;
  const finish = (e: Ended | undefined) => {
    if (!e) return;
    ended = e;
    out(`\n${scorecardText(scorecardView(e.scorecard, lang, scenario, e.reason))}`);
  };
  if (tty) rl.prompt();
  for await (const raw of rl) {
    if (ended) continue;
    const line = raw.trim();
    try {
      if (!line) {
        if (tty) rl.prompt();
        continue;
      }
      if (line === '/end') finish((await service.end(drill.id, TRAINEE.id)).ended);
      else if (line === '/hint') {
        const hint = await service.hint(drill.id, TRAINEE.id);
        out(color('yellow', `💡 ${hint.strategy} ${hint.name}: ${hint.reason}`));
        out(color('yellow', `   ${lang === 'zh' ? '试着说' : 'Try saying'}: “${hint.trySaying}”`));
        if (hint.knowledge) out(color('dim', `   ${hint.knowledge.text}`));
      } else {
        const r = await service.reply(drill.id, TRAINEE.id, line);
        if (r.tags) out(color('dim', formatTags(r.tags, lang, r.customer?.emotion)));
        if (r.customer) out(`${color('cyan', `${who}:`)} ${r.customer.text}`);
        finish(r.ended);
      }
    } catch (e) {
      if (!(e instanceof DrillError)) throw e;
      out(color('red', e.userMessage[lang]));
    }
    if (tty && !ended) rl.prompt();
    if (ended && tty) rl.close();
  }
  if (!ended) finish((await service.end(drill.id, TRAINEE.id, 'abandoned')).ended);

  if (o.json) {
    const { drill: final, transcript } = await service.status(drill.id);
    process.stdout.write(
      `${JSON.stringify({
        drillId: final.id,
        scenario: final.scenarioId,
        persona: final.personaId,
        lang: final.lang,
        mode: final.mode,
        seed: final.seed,
        transcript: transcript.map(publicEntry),
        endReason: final.endReason,
        scorecard: ended?.scorecard,
      })}\n`,
    );
  }
  return 0;
}

const publicEntry = (e: TranscriptEntry) => ({
  speaker: e.speaker,
  text: e.text,
  at: e.at,
  ...(e.strategies ? { strategies: e.strategies } : {}),
  ...(e.emotion !== undefined ? { emotion: e.emotion } : {}),
  ...(e.revealed ? { revealed: e.revealed } : {}),
});
