import type { z } from 'zod';
import { closest } from '../csc/closest.ts';
import type { LocalizedText } from '../csc/text.ts';
import { CONCEPTS, isConceptName } from './concepts.ts';
import type { Phrasings } from './customer-side.ts';

type Path = (string | number)[];
type Lines = { zh: readonly string[]; en: readonly string[] };

/** The customer-side parts of a scenario the rules read (structural, so the schema can call it). */
interface CustomerSide {
  openingLine: LocalizedText;
  identity?: { cardLastFour?: string; phone?: string };
  upFront: Lines[];
  hiddenFacts: { id: string; says: Phrasings; askedBy: string[][] }[];
  objections: { id: string; after?: string; says: Phrasings; raisedBy: string[][] }[];
  challenges: { id: string; after?: string; says: Phrasings; saidBy: string[][] }[];
  answers?: { id: string; after?: string; says: Phrasings; askedBy: string[][] }[];
  needs: {
    id: string;
    after?: string;
    asks: Phrasings;
    metBy: { knowledge?: string[]; topic?: string[][] };
  }[];
  reactions: { steps?: { id: string; says: Phrasings; doneBy: string[][] }[] } & Partial<
    Record<string, Phrasings | { id: string; says: Phrasings; doneBy: string[][] }[]>
  >;
  knowledge: { id: string }[];
  impostor?: { holder: { cardLastFour: string; phone: string }; evasions: LocalizedText[] };
}

export const CARD_ENDING =
  /(?:尾号|后四位|后4位|末四位|末尾)(?:是|为)?\s*(\d{4})|(?:ending(?: in)?|ends? (?:in|with)|last (?:four|4)(?: digits)?(?: (?:are|is))?)\s*(\d{4})\b/giu;
export const PHONE = /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/gu;
/** A line that says what a password or PIN is ("密码是我爸生日", "my PIN is 1234"). */
const SECRET_HINT =
  /密码(?:我知道)?[，,]?(?:就)?是(?!多少)|\b(?:password|pin)(?: is|'s)\b(?! (?:the same|exactly|different|not))/iu;
const digits = (s: string) => s.replace(/\D/g, '');

/** Checks the customer side of a scenario: triggers name known concepts, references resolve, identity agrees. */
export function checkCustomerSide(s: CustomerSide, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const facts = new Set(s.hiddenFacts.map((f) => f.id));
  const knowledge = new Set(s.knowledge.map((k) => k.id));

  const slots = (triggers: string[][], base: Path) => {
    triggers.forEach((slotsOf, i) => {
      slotsOf.forEach((slot, j) => {
        for (const alt of slot.split('|').map((a) => a.trim())) {
          if (alt.startsWith('@') && !isConceptName(alt.slice(1))) {
            const near = closest(alt.slice(1), Object.keys(CONCEPTS), 3);
            issue(
              [...base, i, j],
              `unknown concept "${alt}"${near ? ` (did you mean "@${near}"?)` : ' (see src/content/concepts.ts)'}`,
            );
          }
        }
      });
    });
  };
  const after = (id: string | undefined, path: Path) => {
    if (id && !facts.has(id)) issue(path, `unknown hidden fact "${id}" (known: ${[...facts].join(', ')})`);
  };
  const unique = (items: { id: string }[], field: string) => {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.id)) issue([field, i, 'id'], `duplicate id "${x.id}"`);
      seen.add(x.id);
    });
  };

  s.hiddenFacts.forEach((f, i) => {
    slots(f.askedBy, ['hiddenFacts', i, 'askedBy']);
  });
  s.objections.forEach((o, i) => {
    slots(o.raisedBy, ['objections', i, 'raisedBy']);
    after(o.after, ['objections', i, 'after']);
  });
  s.challenges.forEach((c, i) => {
    slots(c.saidBy, ['challenges', i, 'saidBy']);
    after(c.after, ['challenges', i, 'after']);
  });
  (s.answers ?? []).forEach((a, i) => {
    slots(a.askedBy, ['answers', i, 'askedBy']);
    after(a.after, ['answers', i, 'after']);
  });
  s.needs.forEach((n, i) => {
    slots(n.metBy.topic ?? [], ['needs', i, 'metBy', 'topic']);
    after(n.after, ['needs', i, 'after']);
    (n.metBy.knowledge ?? []).forEach((id, j) => {
      if (!knowledge.has(id))
        issue(
          ['needs', i, 'metBy', 'knowledge', j],
          `unknown knowledge entry "${id}" (known: ${[...knowledge].join(', ')})`,
        );
    });
  });
  (s.reactions.steps ?? []).forEach((st, i) => {
    slots(st.doneBy, ['reactions', 'steps', i, 'doneBy']);
  });
  s.hiddenFacts.forEach((f, i) => {
    f.says.zh.concat(f.says.en).forEach((line) => {
      if (SECRET_HINT.test(line))
        issue(
          ['hiddenFacts', i, 'says'],
          `"${line.slice(0, 30)}…" tells what a password or PIN is: no customer volunteers that`,
        );
    });
  });
  unique(s.hiddenFacts, 'hiddenFacts');
  unique(s.objections, 'objections');
  unique(s.challenges, 'challenges');
  unique(s.answers ?? [], 'answers');
  unique(s.needs, 'needs');
  checkIdentity(s, issue);
}

/** Card endings and phone numbers the customer says must be the scenario's, or the persona's would contradict them. */
function checkIdentity(s: CustomerSide, issue: (path: Path, message: string) => void): void {
  const card = s.identity?.cardLastFour;
  const phones = new Set(
    [s.identity?.phone, s.impostor?.holder.phone].filter(Boolean).map((p) => digits(p as string)),
  );
  const cards = new Set([card, s.impostor?.holder.cardLastFour].filter(Boolean) as string[]);
  const check = (text: string, path: Path) => {
    for (const m of text.matchAll(CARD_ENDING)) {
      const found = m[1] ?? m[2];
      if (found && !cards.has(found))
        issue(
          path,
          card
            ? `says card ending ${found} but identity.cardLastFour is ${card}`
            : `says card ending ${found}: set identity.cardLastFour to "${found}" so the persona's card cannot contradict it`,
        );
    }
    for (const m of text.matchAll(PHONE)) {
      if (!phones.has(digits(m[0])))
        issue(
          path,
          `says phone number ${m[0]}: set identity.phone to it so the persona's number cannot contradict it`,
        );
    }
  };
  const lines = (l: Lines, path: Path) => {
    for (const lang of ['zh', 'en'] as const)
      l[lang].forEach((t, i) => {
        check(t, [...path, lang, i]);
      });
  };
  for (const lang of ['zh', 'en'] as const) check(s.openingLine[lang], ['openingLine', lang]);
  s.upFront.forEach((u, i) => {
    lines(u, ['upFront', i]);
  });
  s.hiddenFacts.forEach((f, i) => {
    lines(f.says, ['hiddenFacts', i, 'says']);
  });
  s.objections.forEach((o, i) => {
    lines(o.says, ['objections', i, 'says']);
  });
  s.challenges.forEach((c, i) => {
    lines(c.says, ['challenges', i, 'says']);
  });
  (s.answers ?? []).forEach((a, i) => {
    lines(a.says, ['answers', i, 'says']);
  });
  s.needs.forEach((n, i) => {
    lines(n.asks, ['needs', i, 'asks']);
  });
  for (const [key, p] of Object.entries(s.reactions)) {
    if (!p) continue;
    if (Array.isArray(p))
      p.forEach((step, i) => {
        lines(step.says, ['reactions', key, i, 'says']);
      });
    else lines(p, ['reactions', key]);
  }
  s.impostor?.evasions.forEach((e, i) => {
    for (const lang of ['zh', 'en'] as const) check(e[lang], ['impostor', 'evasions', i, lang]);
  });
}
