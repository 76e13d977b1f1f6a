import { scammedByCode } from './agenda.ts';
import { ownIdentity } from './identity-data.ts';
import { spokenDate } from './phrases.ts';
import type { CustomerTurn } from './types.ts';
import type { AskedField } from './understand/identity.ts';
import type { Reading } from './understand/reading.ts';

type Kind = 'name' | 'phone' | 'card' | 'birth';

const ASKED: Partial<Record<AskedField, Kind>> = {
  fullName: 'name',
  holderName: 'name',
  phone: 'phone',
  phoneLastFour: 'phone',
  cardLastFour: 'card',
  dateOfBirth: 'birth',
  age: 'birth',
};

const compact = (s: string) => s.replace(/[\s-]/g, '').toLowerCase();

const stories = new WeakMap<object, string>();
/** Everything the scenario lets the customer say, squeezed, to tell story details from volunteered data. */
function storyOf(sc: CustomerTurn['scenario']): string {
  let story = stories.get(sc);
  if (story === undefined) {
    story = compact(JSON.stringify([sc.openingLine, sc.upFront, sc.hiddenFacts.map((f) => f.says)]));
    stories.set(sc, story);
  }
  return story;
}

function forms(kind: Kind, value: string): string[] {
  if (kind === 'birth') return [value, spokenDate(value, 'zh'), spokenDate(value, 'en')];
  if (kind === 'phone') return [value.replace(/\D/g, '')];
  return [value];
}

/**
 * Why a model's customer line may not stand, if it may not: identity data nobody asked for, a code
 * read out when none was asked for (or after the agent warned never to share one), or data of the
 * account holder that an impostor cannot know. Data the story itself tells, or the agent said first,
 * is fine.
 */
export function unsafeReason(text: string, t: CustomerTurn, r: Reading, warned: boolean): string | undefined {
  const line = compact(text);
  const agent = compact(t.agentText);
  const story = storyOf(t.scenario);
  const asked = new Set(r.identity.fields.map((f) => ASKED[f]).filter(Boolean));
  const own = ownIdentity(t.scenario, t.persona);
  const values: { kind: Kind; value: string; never?: boolean }[] = [
    { kind: 'name', value: own.fullName[t.lang] },
    { kind: 'phone', value: own.phone },
    { kind: 'card', value: own.cardLastFour },
    { kind: 'birth', value: own.dateOfBirth },
  ];
  const imp = t.scenario.impostor;
  if (imp) {
    if (!imp.knows.includes('cardLastFour'))
      values.push({ kind: 'card', value: imp.holder.cardLastFour, never: true });
    if (!imp.knows.includes('dateOfBirth'))
      values.push({ kind: 'birth', value: imp.holder.dateOfBirth, never: true });
  }
  for (const v of values) {
    for (const f of forms(v.kind, v.value)) {
      const c = compact(f);
      const at = line.indexOf(c);
      // Four card digits inside a longer number (an amount, a phone) are not the card.
      if (
        at < 0 ||
        (v.kind === 'card' && (/\d/.test(line[at - 1] ?? '') || /\d/.test(line[at + c.length] ?? '')))
      )
        continue;
      if (agent.includes(c) || story.includes(c)) continue;
      if (v.never) return `said the account holder's ${v.kind}, which the caller cannot know`;
      if (!asked.has(v.kind)) return `volunteered the ${v.kind} nobody asked for`;
    }
  }
  if (/(?<!\d)\d{6}(?!\d)/.test(text)) {
    if (r.identity.secretAsked !== 'code') return 'read out a code nobody asked for';
    if (scammedByCode(t.scenario)) return 'read out a code right after being scammed through one';
    if (warned && !imp) return 'read out a code after the agent said never to share it';
  }
  return undefined;
}
