import type { Block, Outbound, Span } from '../../src/chat/contract/outbound.ts';

/**
 * Teams' limits. A bot message may be about 100 KB as UTF-16 (base64 images not counted; 80 KB
 * advised); we stay within the older, stricter 40 KB. Teams shows at most 6 actions in a set.
 */
export const LIMITS = {
  messageBytes: 40_000,
  text: 8_000,
  textBlock: 2_000,
  heading: 200,
  summary: 200,
  facts: 10,
  factTitle: 100,
  factValue: 1_000,
  actionsPerSet: 6,
  buttonText: 40,
  choices: 100,
  choiceText: 75,
};

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

type Element = Record<string, unknown>;
export interface TeamsActivity {
  type: 'message';
  text?: string;
  textFormat?: 'plain' | 'markdown';
  summary?: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
}

/**
 * Breaks every `<` so no text can open a tag: `<at>` never becomes a mention, whatever a trainee
 * typed (a word joiner after it is invisible).
 */
export const neutralise = (text: string): string => text.replace(/</g, '<\u2060');

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Splits text into pieces within a limit, preferring line and word breaks. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest) out.push(rest);
  return out;
}

/** Adaptive Card markdown of one span: bold as `**`, code as bold too (cards have no inline code). */
function markdownOf(s: Span): string {
  const text = neutralise(s.text);
  if (s.style !== 'bold' && s.style !== 'code') return text;
  return text.trim() ? `**${text.replace(/\*/g, '∗')}**` : text;
}

/** Spans as lines of markdown (a `\n` in a span starts a new line, rendered as its own TextBlock). */
function linesOf(spans: readonly Span[]): string[] {
  const lines = [''];
  for (const s of spans) {
    s.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push('');
      // Leading spaces would start a markdown code block; no-break spaces keep the indent as text.
      const text = lines[lines.length - 1] ? part : part.replace(/^ +/, (m) => '\u00a0'.repeat(m.length));
      if (text) lines[lines.length - 1] += markdownOf({ ...s, text });
    });
  }
  return lines;
}

const textBlocks = (spans: readonly Span[], extra: Element = {}): Element[] =>
  linesOf(spans).flatMap((line, i) =>
    splitText(line || ' ', LIMITS.textBlock).map((text, j) => ({
      type: 'TextBlock',
      text,
      wrap: true,
      ...(i + j > 0 ? { spacing: 'None' } : {}),
      ...extra,
    })),
  );

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

function renderBlock(b: Block): Element[] {
  switch (b.type) {
    case 'heading':
      return [
        {
          type: 'TextBlock',
          text: neutralise(truncate(b.text, LIMITS.heading)),
          size: 'Large',
          weight: 'Bolder',
          wrap: true,
        },
      ];
    case 'text':
      return textBlocks(b.spans);
    case 'context':
      return textBlocks(b.spans, { isSubtle: true, size: 'Small' });
    case 'tags': {
      const tags = b.tags
        .map((t) => (t.primary ? `**${t.code} ${neutralise(t.label)}**` : `${t.code} ${neutralise(t.label)}`))
        .join(' · ');
      const text = `${tags}${b.note ? ` | ${neutralise(b.note)}` : ''}`;
      return [
        {
          type: 'TextBlock',
          text: truncate(text, LIMITS.textBlock),
          wrap: true,
          isSubtle: true,
          size: 'Small',
        },
      ];
    }
    case 'fields':
      return chunks(b.fields, LIMITS.facts).map((facts) => ({
        type: 'FactSet',
        facts: facts.map((f) => ({
          title: neutralise(truncate(f.label, LIMITS.factTitle)),
          value: neutralise(truncate(f.value, LIMITS.factValue)),
        })),
      }));
    case 'buttons':
      return chunks(b.buttons, LIMITS.actionsPerSet).map((set) => ({
        type: 'ActionSet',
        actions: set.map((btn) => ({
          type: 'Action.Submit',
          title: neutralise(truncate(btn.label, LIMITS.buttonText)),
          data: { csc: btn.id, value: btn.value },
          ...(btn.style ? { style: btn.style === 'primary' ? 'positive' : 'destructive' } : {}),
        })),
      }));
    case 'select':
      // One container, so the choice and its button never land in different messages.
      return [
        {
          type: 'Container',
          items: [
            {
              type: 'Input.ChoiceSet',
              id: b.id,
              style: 'compact',
              isRequired: true,
              placeholder: neutralise(truncate(b.placeholder, LIMITS.choiceText)),
              choices: b.options.slice(0, LIMITS.choices).map((o) => ({
                title: neutralise(truncate(o.label, LIMITS.choiceText)),
                value: o.value,
              })),
            },
            { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: '▶', data: { csc: b.id } }] },
          ],
        },
      ];
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** The size Teams counts: the payload as UTF-16, images inlined as base64 excluded. */
export const messageBytes = (activity: unknown): number =>
  JSON.stringify(activity).replace(/"data:image\/[a-z]+;base64,[A-Za-z0-9+/=]*"/g, '""').length * 2;

const card = (body: Element[], fallbackText: string) => ({
  contentType: ADAPTIVE_CARD,
  content: {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.4',
    fallbackText,
    msteams: { width: 'Full' },
    body,
  },
});

function addSubmitData(node: unknown, data: Record<string, string>): void {
  if (Array.isArray(node)) for (const n of node) addSubmitData(n, data);
  else if (node && typeof node === 'object') {
    const e = node as Element;
    if (e.type === 'Action.Submit') Object.assign(e.data as object, data);
    for (const v of Object.values(e)) if (typeof v === 'object') addSubmitData(v, data);
  }
}

/** Dividers become a separator on the element after them. */
function withSeparators(elements: Element[]): Element[] {
  const out: Element[] = [];
  let separate = false;
  for (const e of elements) {
    if (e.type === 'divider') separate = out.length > 0;
    else {
      out.push(separate ? { ...e, separator: true } : e);
      separate = false;
    }
  }
  return out;
}

/**
 * Teams messages for a neutral message: Adaptive Cards for blocks (the image inline after the
 * first facts), plain text otherwise; split so each message stays within Teams' limits. `data`
 * is added to every button's submit data (where a private card was asked for).
 */
export function renderActivities(out: Outbound, data: Record<string, string> = {}): TeamsActivity[] {
  const summary = neutralise(truncate(out.text, LIMITS.summary));
  if (!out.blocks?.length && !out.image)
    return splitText(neutralise(out.text), LIMITS.text).map((text) => ({
      type: 'message',
      text,
      textFormat: 'plain',
    }));
  const elements = withSeparators((out.blocks ?? []).flatMap(renderBlock));
  if (Object.keys(data).length) addSubmitData(elements, data);
  if (out.image) {
    const image = {
      type: 'Image',
      url: `data:image/png;base64,${Buffer.from(out.image.png).toString('base64')}`,
      altText: neutralise(out.image.alt),
      size: 'Stretch',
    };
    const at = elements.findIndex((e) => e.type === 'FactSet');
    elements.splice(at < 0 ? elements.length : at + 1, 0, image);
  }
  const activities: TeamsActivity[] = [];
  let body: Element[] = [];
  const message = (b: Element[]): TeamsActivity => ({
    type: 'message',
    summary,
    attachments: [card(b, summary)],
  });
  for (const e of elements) {
    if (body.length && messageBytes(message([...body, e])) > LIMITS.messageBytes) {
      activities.push(message(body));
      body = [];
    }
    body.push(e);
  }
  if (body.length) activities.push(message(body));
  return activities;
}
