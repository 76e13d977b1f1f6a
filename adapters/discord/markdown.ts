import { escapeMarkdown } from 'discord.js';
import type { Span } from '../../src/chat/contract/outbound.ts';

/** Trainee and content text as Discord shows it literally: no bold, heading or masked link sneaks in. */
export const escapeText = (text: string): string => escapeMarkdown(text, { heading: true, maskedLink: true });

/** Neutral spans as Discord markdown: bold and code wrap the escaped text. */
export function markdownOf(spans: readonly Span[]): string {
  return spans
    .map((s) => {
      if (s.style === 'code') return s.text ? `\`${s.text.replace(/`/g, 'ʼ')}\`` : '';
      const text = escapeText(s.text);
      return s.style === 'bold' && s.text.trim() ? `**${text}**` : text;
    })
    .join('');
}

/** Small grey text (`-# `) line by line. */
export const subtext = (markdown: string): string =>
  markdown
    .split('\n')
    .map((l) => (l.trim() ? `-# ${l}` : l))
    .join('\n');

export const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The longest head of text within max characters, cut at a line or word break where one is near. */
export function cutText(text: string, max: number): [head: string, tail: string] {
  if (text.length <= max) return [text, ''];
  let cut = text.lastIndexOf('\n', max);
  if (cut < max / 2) cut = text.lastIndexOf(' ', max);
  if (cut < max / 2) cut = max;
  return [text.slice(0, cut), text.slice(cut).replace(/^\s+/, '')];
}

/** Splits text into pieces within a limit, preferring line and word breaks. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest) {
    const [head, tail] = cutText(rest, max);
    if (head) out.push(head);
    rest = tail;
  }
  return out;
}
