import type { TagResult } from '../csc/tagger/tagger.ts';
import type { Lang } from '../csc/text.ts';
import type { UsageRecord } from '../llm/usage.ts';
import type { JudgeInput } from './offline-judge.ts';
import type { JudgedAnswer } from './scorecard-model.ts';

/** A model tagger run beside the customer call; its tags replace the offline ones when valid. */
export interface ModelTagger {
  tag(input: {
    text: string;
    lang: Lang;
    context: string;
    turn: number;
    upset: boolean;
  }): Promise<{ tags: TagResult; usage: UsageRecord }>;
}

/** A model judge answering the scorecard's checks; unverifiable answers fall back to the offline judge. */
export interface ModelJudge {
  judge(input: JudgeInput): Promise<{ answers: JudgedAnswer[]; judge: string; usage: UsageRecord }>;
}
