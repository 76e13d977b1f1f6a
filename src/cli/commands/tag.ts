import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import type { StrategyTagger } from '../../csc/tagger/tagger.ts';
import { LangSchema } from '../../csc/text.ts';
import { UsageError } from '../errors.ts';

/** `--lang` other than auto, checked like the flags commander checks. */
function parseForcedLang(value: string): 'zh' | 'en' {
  const lang = LangSchema.safeParse(value);
  if (lang.success) return lang.data;
  throw new UsageError(
    `option '--lang <lang>' argument '${value}' is invalid. Allowed choices are auto, zh, en.`,
  );
}

/** One input line of `csc-drill tag`; unknown fields are kept and echoed back. */
export const TagLine = z.looseObject({
  text: z.string({ error: '"text" must be a string' }),
  lang: LangSchema.optional(),
  turn: z.int().min(0).optional(),
  upset: z.boolean().optional(),
  context: z
    .union([
      z.string(),
      z.object({
        customer: z.string().optional(),
        upset: z.boolean().optional(),
        turn: z.int().min(0).optional(),
      }),
    ])
    .optional(),
});

export function tagLine(
  tagger: StrategyTagger,
  line: string,
  lineNo: number,
  forcedLang?: 'zh' | 'en',
): unknown {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { error: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = TagLine.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    const message =
      issue?.code === 'invalid_type' && !issue.path.length
        ? 'expected a JSON object with "text"'
        : issue?.message;
    return { error: `line ${lineNo}: ${where}${message}` };
  }
  const input = parsed.data;
  const ctx = typeof input.context === 'object' ? input.context : { customer: input.context };
  const result = tagger.tag({
    text: input.text,
    lang: input.lang ?? forcedLang,
    context: ctx.customer,
    turn: input.turn ?? ctx.turn,
    upset: input.upset ?? ctx.upset,
  });
  return { ...input, primary: result.primary, strategies: result.strategies, conduct: result.conduct };
}

const TAG_HELP = `
Input, one JSON object a line:
  {"text": "<agent reply>", "context": "<customer's previous line>", "lang": "zh|en", "turn": 3, "upset": true}
  only "text" is required; other fields are echoed back unchanged.

Output, one JSON object a line (the input's fields plus):
  primary     the main CSC strategy code (GT IV RP PR EM PS ID RI FR RC AC OT)
  strategies  every strategy that applies, primary first:
              [{"code", "confidence" 0..1, "evidence": [{"text", "start", "end"}]}]
  conduct     behaviour a reviewer would flag, usually empty:
              [{"label", "confidence" 0..1, "evidence": [{"text", "start", "end"}]}]
              labels: blame dismissive rude overpromise asks-secret discloses-data off-topic manipulation
  A line that cannot be read gives {"error": "line N: …"}.

Example:
  echo '{"text":"已经为您提交退款申请，单号RF2031。"}' | csc-drill tag
`;

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description(
      'Tag agent replies read as JSON Lines on stdin ({"text", "context"?, "lang"?, "turn"?}) with CSC strategies',
    )
    .option('--lang <lang>', 'auto, zh or en', 'auto')
    .addHelpText('after', TAG_HELP)
    .action(async (opts: { lang: string }) => {
      const forced = opts.lang === 'auto' ? undefined : parseForcedLang(opts.lang);
      const tagger = (await import('../../csc/tagger/tagger.ts')).defaultTagger();
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNo = 0;
      const unreadable: number[] = [];
      try {
        for await (const line of lines) {
          lineNo++;
          if (!line.trim()) continue;
          const result = tagLine(tagger, line, lineNo, forced) as object;
          if (!('primary' in result)) unreadable.push(lineNo);
          const out = JSON.stringify(result);
          if (!process.stdout.write(`${out}\n`)) await new Promise((r) => process.stdout.once('drain', r));
        }
      } catch (e) {
        process.stderr.write(`error: cannot read stdin: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
      if (unreadable.length) {
        const shown = unreadable.slice(0, 10).join(', ') + (unreadable.length > 10 ? ', …' : '');
        process.stderr.write(
          `error: ${unreadable.length} input line(s) could not be read (line ${shown}); each got an {"error"} line\n`,
        );
        process.exitCode = 1;
      }
    });
}
