import type { Scenario } from '../../content/scenario.ts';

type KnowledgeEntry = Scenario['knowledge'][number];

/** Values that identify a fact: amounts, dates, codes, names ("560", "95388", "Bangkok", "Phone Clone"). */
function values(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,.:]*\d/gu)) out.add(m[0].replace(/,/g, ''));
  // Capitalised words that do not start a sentence, Latin script only (both languages quote them).
  for (const m of text.matchAll(
    /(?<=[^.!?。！？\s]\s+|[\u3400-\u9fff“"（(])[A-Z][a-z]{3,}(?:\s[A-Z][a-z]+)*/gu,
  ))
    out.add(m[0]);
  for (const m of text.matchAll(/[\u3400-\u9fff]{2,}(?=消费|交易)/gu)) out.add(m[0]);
  return out;
}

/**
 * Knowledge entries a hint may show: none that carries a value of a hidden fact the customer has
 * not told yet (the 560 yuan spent before registering, the Bangkok purchase), unless the briefing
 * or the customer's opening already gave that value away.
 */
export function hintableKnowledge(scenario: Scenario, revealed: readonly string[]): KnowledgeEntry[] {
  const knownText = (['zh', 'en'] as const)
    .flatMap((l) => [
      scenario.briefing[l],
      scenario.openingLine[l],
      scenario.reasonForContact[l],
      scenario.customerGoal[l],
      ...scenario.upFront.flatMap((u) => u[l]),
    ])
    .join('\n');
  const known = values(knownText);
  const secret = new Set<string>();
  for (const f of scenario.hiddenFacts) {
    if (revealed.includes(f.id)) continue;
    const text = (['zh', 'en'] as const).flatMap((l) => [f.fact[l], ...f.says[l]]).join('\n');
    for (const v of values(text)) if (!known.has(v)) secret.add(v);
  }
  return scenario.knowledge.filter((k) => {
    const own = values(`${k.text.zh}\n${k.text.en}`);
    return ![...own].some((v) => secret.has(v));
  });
}
