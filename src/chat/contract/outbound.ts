import type { ConversationKey } from './key.ts';

/** Neutral inline text: each adapter renders the styles in its own markup (never platform markup here). */
export interface Span {
  text: string;
  style?: 'bold' | 'code';
}

export const plain = (text: string): Span => ({ text });
export const bold = (text: string): Span => ({ text, style: 'bold' });
export const code = (text: string): Span => ({ text, style: 'code' });
export const spansText = (spans: readonly Span[]): string => spans.map((s) => s.text).join('');

export interface Button {
  id: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

export type Block =
  | { type: 'heading'; text: string }
  /** A paragraph; `\n` inside a span's text is a line break. */
  | { type: 'text'; spans: Span[] }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'tags'; tags: { code: string; label: string; primary?: boolean }[]; note?: string }
  | { type: 'buttons'; buttons: Button[] }
  | { type: 'select'; id: string; placeholder: string; options: { label: string; value: string }[] }
  | { type: 'context'; spans: Span[] }
  | { type: 'divider' };

/** A message to post: plain text always (notifications, platforms without blocks), blocks when they render. */
export interface Outbound {
  text: string;
  blocks?: Block[];
  image?: { png: Uint8Array; alt: string; filename: string };
}

export interface Sent {
  /** Where to reply: the thread this post opened or sits in (the conversation itself without threads). */
  key: ConversationKey;
  /** The platform's id of the (first) message posted, for later edits. */
  messageId: string;
}
