import type { Block, Outbound, Span } from '../../src/chat/contract/outbound.ts';

/** Slack's limits (Block Kit): section text, header text, blocks per message, button label, select options. */
export const LIMITS = {
  text: 3000,
  sectionText: 3000,
  headerText: 150,
  blocksPerMessage: 50,
  buttonText: 75,
  buttonsPerBlock: 25,
  optionText: 75,
  options: 100,
  fields: 10,
  fieldText: 2000,
};

/** Escapes the three characters Slack treats as control: text never becomes a mention or a link. */
export const escapeSlack = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/** Spans as mrkdwn: bold and code wrap the escaped text (a span's own `*` or backticks are dropped from the markers). */
export function mrkdwnOf(spans: readonly Span[]): string {
  return spans
    .map((s) => {
      const text = escapeSlack(s.text);
      if (s.style === 'bold') return text.trim() ? `*${text.replace(/\*/g, '∗')}*` : text;
      if (s.style === 'code') return text ? `\`${text.replace(/`/g, 'ʼ')}\`` : text;
      return text;
    })
    .join('');
}

type SlackBlock = Record<string, unknown>;
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });

function renderBlock(b: Block): SlackBlock[] {
  switch (b.type) {
    case 'heading':
      return [{ type: 'header', text: plain(truncate(b.text, LIMITS.headerText)) }];
    case 'text':
      return splitText(mrkdwnOf(b.spans), LIMITS.sectionText).map((t) => ({
        type: 'section',
        text: mrkdwn(t),
      }));
    case 'fields':
      return [
        {
          type: 'section',
          fields: b.fields
            .slice(0, LIMITS.fields)
            .map((f) =>
              mrkdwn(truncate(`*${escapeSlack(f.label)}*\n${escapeSlack(f.value)}`, LIMITS.fieldText)),
            ),
        },
      ];
    case 'tags': {
      const tags = b.tags
        .map((t) =>
          t.primary ? `*\`${t.code}\` ${escapeSlack(t.label)}*` : `\`${t.code}\` ${escapeSlack(t.label)}`,
        )
        .join(' · ');
      return [
        {
          type: 'context',
          elements: [
            mrkdwn(truncate(`${tags}${b.note ? ` | ${escapeSlack(b.note)}` : ''}`, LIMITS.sectionText)),
          ],
        },
      ];
    }
    case 'buttons':
      return [
        {
          type: 'actions',
          elements: b.buttons.slice(0, LIMITS.buttonsPerBlock).map((btn) => ({
            type: 'button',
            action_id: btn.id,
            text: plain(truncate(btn.label, LIMITS.buttonText)),
            value: btn.value,
            ...(btn.style ? { style: btn.style } : {}),
          })),
        },
      ];
    case 'select':
      return [
        {
          type: 'actions',
          elements: [
            {
              type: 'static_select',
              action_id: b.id,
              placeholder: plain(truncate(b.placeholder, LIMITS.optionText)),
              options: b.options
                .slice(0, LIMITS.options)
                .map((o) => ({ text: plain(truncate(o.label, LIMITS.optionText)), value: o.value })),
            },
          ],
        },
      ];
    case 'context':
      return [{ type: 'context', elements: [mrkdwn(truncate(mrkdwnOf(b.spans), LIMITS.sectionText))] }];
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** Block Kit messages for a neutral message: escaped text, split so every message stays within Slack's limits. */
export function renderMessages(out: Outbound): { text: string; blocks?: SlackBlock[] }[] {
  if (!out.blocks?.length) return splitText(escapeSlack(out.text), LIMITS.text).map((t) => ({ text: t }));
  const text = truncate(escapeSlack(out.text), LIMITS.text);
  const blocks = out.blocks.flatMap(renderBlock);
  const messages: { text: string; blocks: SlackBlock[] }[] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.blocksPerMessage) {
    messages.push({ text, blocks: blocks.slice(i, i + LIMITS.blocksPerMessage) });
  }
  return messages;
}
