import { describe, expect, it } from 'vitest';
import { LIMITS, renderMessages } from '../../adapters/discord/render.ts';
import type { Outbound } from '../../src/chat/contract/outbound.ts';
import { messageViolations } from '../support/discord-limits.ts';

const within = (out: Outbound) => {
  const messages = renderMessages(out);
  for (const m of messages)
    expect(messageViolations(m as Record<string, unknown>, m.file ? 1 : 0)).toEqual([]);
  return messages;
};
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('Discord rendering', () => {
  it('puts at most 25 fields in an embed and starts another for the rest', () => {
    const [message, ...rest] = within({
      text: 'card',
      blocks: [
        { type: 'heading', text: 'Scores' },
        {
          type: 'fields',
          fields: Array.from({ length: 40 }, (_, i) => ({ label: `L${i}`, value: `${i}%` })),
        },
      ],
    });
    expect(rest).toHaveLength(0);
    expect(message?.embeds?.map((e) => e.fields?.length)).toEqual([25, 15]);
    expect(message?.embeds?.[0]?.title).toBe('Scores');
  });

  it('splits an embed message over 6,000 characters into several messages and loses no text', () => {
    const long = words(1500); // about 13,000 characters
    const messages = within({
      text: 'x',
      blocks: [
        { type: 'heading', text: 'Evidence' },
        { type: 'text', spans: [{ text: long }] },
      ],
    });
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const m of messages) {
      const total = (m.embeds ?? []).reduce(
        (n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0),
        0,
      );
      expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    const text = messages
      .flatMap((m) => m.embeds ?? [])
      .map((e) => e.description ?? '')
      .join(' ');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(long.split(' '));
  });

  it('splits chat text over 2,000 characters and keeps the buttons on the last part', () => {
    const long = words(500);
    const messages = within({
      text: long,
      blocks: [
        { type: 'text', spans: [{ text: long }] },
        { type: 'buttons', buttons: [{ id: 'drill_retry', label: 'Retry', value: 'd1' }] },
      ],
    });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => (m.content?.length ?? 0) <= LIMITS.content)).toBe(true);
    expect(messages.at(-1)?.components?.[0]?.components).toEqual([
      expect.objectContaining({ type: 2, custom_id: 'drill_retry:d1', label: 'Retry' }),
    ]);
    expect(messages.slice(0, -1).every((m) => !m.components)).toBe(true);
  });

  it('five buttons a row, a select of at most 25 options in its own row, more than five rows in the next message', () => {
    const [first, second] = within({
      text: 'menu',
      blocks: [
        {
          type: 'select',
          id: 'drill_pick',
          placeholder: 'Pick',
          options: Array.from({ length: 40 }, (_, i) => ({ label: `S${i}`, value: `s${i}` })),
        },
        {
          type: 'buttons',
          buttons: Array.from({ length: 27 }, (_, i) => ({ id: `b${i}`, label: `B${i}`, value: '' })),
        },
      ],
    });
    const rows = [...(first?.components ?? []), ...(second?.components ?? [])];
    expect(rows.map((r) => r.components.length)).toEqual([1, 5, 5, 5, 5, 5, 2]);
    expect(rows[0]?.components[0]).toMatchObject({ options: expect.any(Array) });
    expect((rows[0]?.components[0] as { options?: unknown[] } | undefined)?.options).toHaveLength(25);
    expect(first?.components).toHaveLength(5);
  });

  it('shows trainee text literally: markdown is escaped, styles come only from spans', () => {
    const [m] = within({
      text: 'x',
      blocks: [
        {
          type: 'text',
          spans: [{ text: 'Tip: ', style: 'bold' }, { text: '# big **shout** [link](http://evil.example)' }],
        },
      ],
    });
    expect(m?.content).toBe('**Tip: **\\# big \\*\\*shout\\*\\* \\[link](http://evil.example)');
  });

  it('attaches the radar to the first message and shows it in its first embed', () => {
    const [first, ...rest] = within({
      text: 'Overall 80/100',
      blocks: [
        { type: 'heading', text: 'Overall 80/100' },
        { type: 'text', spans: [{ text: words(1200) }] },
      ],
      image: {
        png: new Uint8Array([137, 80, 78, 71]),
        alt: 'Radar of the sections',
        filename: 'scorecard.png',
      },
    });
    expect(first?.file).toMatchObject({ name: 'scorecard.png', description: 'Radar of the sections' });
    expect(first?.embeds?.[0]?.image).toEqual({ url: 'attachment://scorecard.png' });
    expect(rest.every((m) => !m.file)).toBe(true);
  });
});
