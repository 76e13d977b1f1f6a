import { cardView } from '../../src/bot/views/card.ts';
import { customerLineView } from '../../src/bot/views/customer-line.ts';
import { scorecardView } from '../../src/bot/views/scorecard.ts';
import type { Persona } from '../../src/content/persona.ts';
import type { Scenario } from '../../src/content/scenario.ts';
import { STAGE_IDS, stageById } from '../../src/csc/stages.ts';
import type { TagResult } from '../../src/csc/tagger/tagger.ts';
import type { Lang } from '../../src/csc/text.ts';
import { TOPICS } from '../../src/csc/topics.ts';
import { emotionLabel } from '../../src/customer/emotion.ts';
import type { Drill, TranscriptEntry } from '../../src/drill/model.ts';
import type { Ended, Started } from '../../src/drill/service.ts';
import { radarSvg } from '../../src/evaluate/radar.ts';

// The page renders the bot's own view-models (card, customer line with tags, hint, scorecard,
// status); only what the setup screen and the chat header need beyond them is shaped here.

export const drillView = (d: Drill) => ({
  id: d.id,
  status: d.status,
  mode: d.mode,
  lang: d.lang,
  seed: d.seed,
  scenarioId: d.scenarioId,
  personaId: d.personaId,
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

export const cardOf = (d: Drill, s: Scenario, p: Persona) => cardView(d, s, p, false);

/** The customer's line as the bot shows it; in practice mode with the tags of the reply it answers. */
export const lineOf = (d: Drill, text: string, tags?: TagResult, emotion?: number) =>
  customerLineView(d.lang, text, d.mode === 'practice' ? tags : undefined, emotion);

/** A stored transcript: each trainee reply with its tags (practice mode, or once the drill is scored). */
export function transcriptOf(d: Drill, entries: readonly TranscriptEntry[], scored: boolean) {
  return entries.map((e) => ({
    speaker: e.speaker,
    text: e.text,
    ...(e.speaker === 'agent' && e.analysis && (d.mode === 'practice' || scored)
      ? { tags: customerLineView(d.lang, e.text, e.analysis.tags as TagResult).tags }
      : {}),
  }));
}

export const endedOf = (d: Drill, e: Ended, scenario?: Scenario) => ({
  scorecard: scorecardView(e.scorecard, d.lang, scenario, e.reason, d.id),
  radarSvg: radarSvg(e.scorecard, d.lang),
  passMark: e.scorecard.passMark,
  stages: STAGE_IDS.map((id) => ({
    id,
    label: stageById(id).name[d.lang],
    covered: Boolean(e.scorecard.stageCoverage?.[id]),
  })),
});

/** What the page gets when a drill starts: the drill, its card, the customer and their opening line. */
export const startedView = ({ drill, scenario, persona, opening }: Started) => ({
  drill: drillView(drill),
  card: cardOf(drill, scenario, persona),
  persona: personaView(persona, drill.lang),
  customer: lineOf(drill, opening.text),
});
