import type { ConductTag } from './conduct/labels.ts';
import { defaultTagger } from './tagger/tagger.ts';

export { CONDUCT_LABELS, type ConductLabel, type ConductTag } from './conduct/labels.ts';

/**
 * The conduct labels of an agent reply (blame, dismissive, rude, overpromise, asks-secret,
 * discloses-data, off-topic, manipulation), as the shipped tagger finds them; `context` is the
 * customer's previous line.
 */
export function detectConduct(text: string, context?: string): ConductTag[] {
  return defaultTagger().tag({ text, context }).conduct;
}
