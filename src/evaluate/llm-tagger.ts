import { detectConduct } from '../csc/conduct.ts';
import { priorityRank, strategyByCode } from '../csc/strategies.ts';
import type { TagResult } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import type { LlmClient } from '../llm/client.ts';
import { LlmFailure } from '../llm/errors.ts';
import type { UsageRecord } from '../llm/usage.ts';
import { TaggerOutput } from './llm-schemas.ts';
import { TAGGER_SYSTEM, taggerUserPrompt } from './llm-tagger-prompt.ts';
import type { ModelTagger } from './model-roles.ts';

/** The LLM tagger: same result shape as the offline one; evidence must occur verbatim in the reply. */
export class LlmTagger implements ModelTagger {
  constructor(
    private readonly client: LlmClient,
    private readonly model: string,
  ) {}

  async tag(i: {
    text: string;
    lang: Lang;
    context: string;
    turn: number;
    upset: boolean;
  }): Promise<{ tags: TagResult; usage: UsageRecord }> {
    const { data, usage } = await this.client.structured({
      role: 'tagger',
      model: this.model,
      system: TAGGER_SYSTEM,
      user: taggerUserPrompt(i),
      schema: TaggerOutput,
      name: 'strategy_tags',
      temperature: 0,
    });
    const strategies = new Map<string, TagResult['strategies'][number]>();
    for (const s of data.strategies) {
      const evidence = s.evidence.flatMap((quote) => {
        const start = quote ? i.text.indexOf(quote) : -1;
        return start >= 0 ? [{ text: quote, start, end: start + quote.length }] : [];
      });
      // A label the model cannot point at in the reply does not stand.
      if (!evidence.length || strategies.has(s.code)) continue;
      strategies.set(s.code, {
        code: s.code,
        confidence: Math.round(Math.max(0, Math.min(1, s.confidence)) * 1000) / 1000,
        evidence,
      });
    }
    if (!strategies.size)
      throw Object.assign(new LlmFailure('schema', 'no strategy with evidence found in the reply'), {
        usage,
      });
    const list = [...strategies.values()].sort(
      (a, b) => b.confidence - a.confidence || priorityRank(a.code) - priorityRank(b.code),
    );
    const primary = strategies.has(data.primary) ? data.primary : (list[0] as (typeof list)[number]).code;
    const best = Math.max(...list.map((s) => s.confidence));
    for (const s of list) if (s.code === primary) s.confidence = best;
    list.sort((a, b) => (a.code === primary ? -1 : b.code === primary ? 1 : b.confidence - a.confidence));
    // The model is asked for strategies only; conduct comes from the offline detector.
    const conduct = detectConduct(i.text);
    return {
      tags: { lang: i.lang, primary, stage: strategyByCode(primary).stage, strategies: list, conduct },
      usage,
    };
  }
}
