import { scorecardView } from '../../src/bot/views/scorecard.ts';
import type { Persona } from '../../src/content/persona.ts';
import type { Scenario } from '../../src/content/scenario.ts';
import { strategyByCode } from '../../src/csc/strategies.ts';
import type { TagResult } from '../../src/csc/tagger/tagger.ts';
import type { Lang } from '../../src/csc/text.ts';
import { TOPICS } from '../../src/csc/topics.ts';
import { emotionLabel } from '../../src/customer/emotion.ts';
import type { Drill, TranscriptEntry } from '../../src/drill/model.ts';
import type { Ended } from '../../src/drill/service.ts';
import { END_REASON_LABELS } from '../../src/evaluate/labels.ts';
import { radarSvg } from '../../src/evaluate/radar.ts';

/** JSON shapes the practice page reads; kept apart from storage shapes so either can change. */
export const drillView = (d: Drill) => ({
  id: d.id,
  status: d.status,
  mode: d.mode,
  lang: d.lang,
  seed: d.seed,
  scenarioId: d.scenarioId,
  personaId: d.personaId,
  endReason: d.endReason,
  agentTurns: d.agentTurns,
  emotion: d.customer.emotion,
  emotionLabel: emotionLabel(d.customer.emotion, d.lang),
});

export const scenarioView = (s: Scenario, lang: Lang) => ({
  id: s.id,
  title: s.title[lang],
  topic: TOPICS[s.topic][lang],
  difficulty: s.difficulty,
  kind: s.kind,
  briefing: s.briefing[lang],
  suggestedPersonas: s.suggestedPersonas,
});

export const personaView = (p: Persona, lang: Lang) => ({
  id: p.id,
  name: p.name[lang],
  age: p.age,
  occupation: p.occupation[lang],
  region: p.region[lang],
});

export const tagsView = (t: TagResult, lang: Lang) => ({
  primary: t.primary,
  stage: t.stage,
  strategies: t.strategies.map((s) => ({
    code: s.code,
    name: strategyByCode(s.code).name[lang],
    confidence: s.confidence,
    evidence: s.evidence.map((e) => e.text),
  })),
});

export const entryView = (e: TranscriptEntry, lang: Lang, showTags: boolean) => ({
  speaker: e.speaker,
  text: e.text,
  at: e.at,
  ...(e.emotion !== undefined ? { emotion: e.emotion, emotionLabel: emotionLabel(e.emotion, lang) } : {}),
  ...(showTags && e.strategies
    ? {
        strategies: e.strategies.map((s) => ({
          code: s.code,
          name: strategyByCode(s.code).name[lang],
          confidence: s.confidence,
        })),
      }
    : {}),
});

export const endedView = (e: Ended, lang: Lang, scenario?: Scenario, drillId?: string) => ({
  reason: e.reason,
  reasonLabel: END_REASON_LABELS[e.reason]?.[lang] ?? e.reason,
  passMark: e.scorecard.passMark,
  stageCoverage: e.scorecard.stageCoverage,
  view: scorecardView(e.scorecard, lang, scenario, e.reason, drillId),
  radarSvg: radarSvg(e.scorecard, lang),
});
