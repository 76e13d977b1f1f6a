import { createInterface } from 'node:readline';
import { styleText } from 'node:util';
import type { Command } from 'commander';
import { createCore } from '../../app/core.ts';
import { scorecardText } from '../../bot/render/text.ts';
import { scorecardView } from '../../bot/views/scorecard.ts';
import { strategyByCode } from '../../csc/strategies.ts';
import type { TagResult } from '../../csc/tagger/tagger.ts';
import { type Lang, LangSchema } from '../../csc/text.ts';
import { emotionLabel } from '../../customer/emotion.ts';
import { DrillError } from '../../drill/errors.ts';
import { DrillMode, type TranscriptEntry } from '../../drill/model.ts';
import type { DrillService, Ended } from '../../drill/service.ts';
import { type CliContext, readSettings } from '../settings.ts';

interface PracticeOptions {
  scenario?: string;
  persona?: string;
  lang?: string;
  mode: string;
  seed?: string;
  json?: boolean;
}

const TRAINEE = { id: 'terminal', name: 'terminal' };

export function formatTags(tags: TagResult, lang: Lang, emotion: number | undefined): string {
  const codes = tags.strategies.map((s) => `${s.code} ${strategyByCode(s.code).name[lang]}`).join(' · ');
  const stage = tags.stage ? ` | ${tags.stage}` : '';
  const mood =
    emotion === undefined ? '' : ` | ${lang === 'zh' ? '客户情绪' : 'mood'}: ${emotionLabel(emotion, lang)}`;
  return `[${codes}${stage}${mood}]`;
}

export function registerPractice(program: Command, ctx: CliContext): void {
  program
    .command('practice')
    .description(
      'Practise a drill in the terminal (reads one reply per line when stdin is not a TTY; /hint, /end)',
    )
    .option('--scenario <id>', 'scenario id (default: the one you practised least)')
    .option('--persona <id>', 'persona id (default: one the scenario suggests)')
    .option('--lang <lang>', 'zh or en (default: DEFAULT_LANG)')
    .option('--mode <mode>', 'practice (tags and hints) or exam (no tags, no hints)', 'practice')
    .option('--seed <n>', 'seed for a reproducible customer')
    .option('--json', 'print the whole drill as one JSON object at the end')
    .action(async (opts: PracticeOptions) => {
      const { config } = readSettings(ctx);
      const lang = opts.lang ? LangSchema.parse(opts.lang) : config.DEFAULT_LANG;
      const mode = DrillMode.parse(opts.mode);
      const seed = opts.seed === undefined ? undefined : Number.parseInt(opts.seed, 10);
      const { service, store } = await createCore(config);
      try {
        process.exitCode = await runPractice(service, { ...opts, lang, mode, seed });
      } finally {
        await store.close();
      }
    });
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
