import type { TranscriptEntry } from '../../src/drill/model.ts';
import { memoryEngine, steppingClock, TRAINEE } from '../support/engine.ts';

export interface Drive {
  lang: 'zh' | 'en';
  scenarioId: string;
  personaId?: string;
  seed?: number;
}

/** Plays trainee lines against the offline customer; stops when the drill ends. */
export async function drive(d: Drive, lines: readonly string[]) {
  const clock = steppingClock();
  const service = await memoryEngine({ clock });
  const started = await service.start({
    trainee: TRAINEE,
    scenarioId: d.scenarioId,
    personaId: d.personaId,
    lang: d.lang,
    seed: d.seed ?? 42,
  });
  const replies = [];
  for (const line of lines) {
    const r = await service.reply(started.drill.id, TRAINEE.id, line);
    replies.push(r);
    if (r.ended) break;
  }
  const { transcript } = await service.status(started.drill.id);
  const customer = transcript.filter((e) => e.speaker === 'customer');
  return { ...started, service, replies, transcript, customer, last: replies.at(-1) };
}

export const lineAfter = (transcript: TranscriptEntry[], agentIndex: number) =>
  transcript.filter((e) => e.speaker === 'customer')[agentIndex + 1];

/** Both languages, for tests that must hold in each. */
export const LANGS = ['zh', 'en'] as const;
