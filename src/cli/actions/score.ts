import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadValidLibrary } from '../../app/core.ts';
import { scorecardText } from '../../bot/render/text.ts';
import { scorecardView } from '../../bot/views/scorecard.ts';
import { defaultTagger } from '../../csc/tagger/tagger.ts';
import { LangSchema } from '../../csc/text.ts';
import { generalScenario } from '../../evaluate/general-rubric.ts';
import { buildScorecard } from '../../evaluate/scorecard.ts';
import { unreadableArgument } from '../errors.ts';
import { type CliContext, readSettings } from '../settings.ts';

/** A conversation to score; the same transcript shape `practice --json` prints. */
export const ScoreInput = z.object({
  scenario: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Scenario id; without it the general rubric applies (QA of a real chat: scenario checks are n/a)',
    ),
  lang: LangSchema,
  endReason: z.string().optional(),
  transcript: z
    .array(
      z.looseObject({
        speaker: z.enum(['customer', 'agent']),
        text: z.string(),
        at: z.iso.datetime({ offset: true }).optional(),
        emotion: z.number().min(0).max(4).optional(),
        revealed: z
          .array(z.string())
          .optional()
          .describe('Customer lines: hidden fact ids this line revealed'),
      }),
    )
    .min(1),
});

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw unreadableArgument('file', file === '-' ? 'stdin' : file, e);
  }
}

export async function score(ctx: CliContext, file: string, opts: { json?: boolean }): Promise<void> {
  const { config } = await readSettings(ctx);
  const text = readInput(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`${file}: cannot read JSON (${(e as Error).message})\n`);
    process.exitCode = 1;
    return;
  }
  const parsed = ScoreInput.safeParse(data);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      process.stderr.write(`${file}: ${i.path.join('.') || '(root)'}: ${i.message}\n`);
    process.exitCode = 1;
    return;
  }
  const scenarioId = parsed.data.scenario;
  const scenario =
    scenarioId === undefined ? generalScenario() : loadValidLibrary(config).scenarios.get(scenarioId);
  if (!scenario) {
    process.stderr.write(`${file}: scenario: unknown scenario "${scenarioId}" (see: csc-drill validate)\n`);
    process.exitCode = 1;
    return;
  }
  const scorecard = buildScorecard(
    defaultTagger(),
    {
      scenario,
      lang: parsed.data.lang,
      transcript: parsed.data.transcript,
      endReason: parsed.data.endReason,
    },
    { passMark: config.PASS_MARK },
  );
  process.stdout.write(
    opts.json
      ? `${JSON.stringify({ scorecard })}\n`
      : scorecardText(scorecardView(scorecard, parsed.data.lang, scenario)),
  );
}
