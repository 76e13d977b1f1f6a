import { createHash, randomUUID } from 'node:crypto';
import type { Block, Outbound, Span } from '../../src/chat/contract/outbound.ts';
import type { WebhookMessage } from './schemas.ts';

/** What one webhook message may hold: small enough for a phone chat bubble and any JSON parser. */
export const LIMITS = {
  text: 4000,
  blocksPerMessage: 50,
  headingText: 150,
  blockText: 3000,
  fields: 10,
  fieldText: 1000,
  buttonsPerBlock: 5,
  buttonLabel: 40,
  options: 100,
  optionLabel: 75,
};

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Pieces of at most `max` characters, breaking at a line or a space where one is near. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = rest.lastIndexOf('\n', max);
    if (at < max / 2) at = rest.lastIndexOf(' ', max);
    if (at < max / 2) at = max;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\s+/, '');
  }
  if (rest) out.push(rest);
  return out;
}

/** Spans split so that no block's text passes the limit (a long span becomes several). */
function splitSpans(spans: readonly Span[]): Span[][] {
  const groups: Span[][] = [[]];
  let size = 0;
  for (const span of spans) {
    for (const piece of splitText(span.text, LIMITS.blockText)) {
      if (size + piece.length > LIMITS.blockText) {
        groups.push([]);
        size = 0;
      }
      groups.at(-1)?.push(span.style ? { text: piece, style: span.style } : { text: piece });
      size += piece.length;
    }
  }
  return groups.filter((g) => g.length);
}

function limitBlock(b: Block): Block[] {
  switch (b.type) {
    case 'heading':
      return [{ type: 'heading', text: cut(b.text, LIMITS.headingText) }];
    case 'text':
    case 'context':
      return splitSpans(b.spans).map((spans) => ({ type: b.type, spans }));
    case 'fields':
      return [
        {
          type: 'fields',
          fields: b.fields.slice(0, LIMITS.fields).map((f) => ({
            label: cut(f.label, LIMITS.fieldText),
            value: cut(f.value, LIMITS.fieldText),
          })),
        },
      ];
    case 'tags':
      return [b];
    case 'buttons': {
      const buttons = b.buttons.map((btn) => ({ ...btn, label: cut(btn.label, LIMITS.buttonLabel) }));
      const out: Block[] = [];
      for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerBlock)
        out.push({ type: 'buttons', buttons: buttons.slice(i, i + LIMITS.buttonsPerBlock) });
      return out;
    }
    case 'select':
      return [
        {
          ...b,
          placeholder: cut(b.placeholder, LIMITS.optionLabel),
          options: b.options
            .slice(0, LIMITS.options)
            .map((o) => ({ ...o, label: cut(o.label, LIMITS.optionLabel) })),
        },
      ];
    case 'divider':
      return [b];
  }
}

export interface Addressed {
  conversationId: string;
  visibility: WebhookMessage['visibility'];
  userId?: string;
  /** The outbox's effect id: the same post replayed after a crash gets the same message ids. */
  marker?: string;
}

/** A UUID-shaped id fixed by the effect id and the message's place in it, so a client can drop a re-send. */
function stableId(marker: string, part: number): string {
  const h = createHash('sha256').update(`${marker}#${part}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((Number.parseInt(h[16] as string, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A neutral message as webhook JSON: the same model, cut to the limits and split into several
 * messages when it is too long. Text stays plain data — no markup, so nothing becomes a mention.
 */
export function renderMessages(out: Outbound, to: Addressed): WebhookMessage[] {
  let part = 0;
  const envelope = () => ({
    id: to.marker ? stableId(to.marker, part++) : randomUUID(),
    conversationId: to.conversationId,
    visibility: to.visibility,
    ...(to.userId ? { userId: to.userId } : {}),
  });
  const messages: WebhookMessage[] = [];
  if (!out.blocks?.length) {
    for (const text of splitText(out.text, LIMITS.text)) messages.push({ ...envelope(), text });
  } else {
    const blocks = out.blocks.flatMap(limitBlock);
    for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage)
      messages.push({
        ...envelope(),
        text: cut(out.text, LIMITS.text),
        blocks: blocks.slice(i, i + LIMITS.blocksPerMessage),
      });
  }
  if (!messages.length) messages.push({ ...envelope(), text: '' });
  if (out.image) {
    const last = messages.at(-1) as WebhookMessage;
    last.image = {
      contentType: 'image/png',
      filename: out.image.filename,
      alt: out.image.alt,
      base64: Buffer.from(out.image.png).toString('base64'),
    };
  }
  return messages;
}
