import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Block, Outbound } from '../../src/chat/contract/outbound.ts';
import { cutText, escapeText, markdownOf, splitText, subtext, truncate } from './markdown.ts';
import { customId } from './parse.ts';

/** Discord's message limits (API reference: message, embed and component objects). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  options: 25,
  optionLabel: 100,
  optionValue: 100,
  placeholder: 150,
  attachmentDescription: 1024,
};

const COLOR = 0x5865f2;

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One message as the REST API takes it; the image goes as an attachment the first embed shows. */
export interface DiscordMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  file?: { data: Buffer; name: string; description: string };
}

const embedChars = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Packs headings, paragraphs and fields into embeds and embeds into messages, each within the limits. */
class EmbedPacker {
  readonly messages: APIEmbed[][] = [];
  private embeds: APIEmbed[] = [];
  private embed: APIEmbed = {};
  private used = 0;

  private room = () => LIMITS.embedTotal - this.used - embedChars(this.embed);

  nextEmbed(): void {
    if (embedChars(this.embed) === 0) return;
    this.used += embedChars(this.embed);
    this.embeds.push({ color: COLOR, ...this.embed });
    this.embed = {};
    if (this.embeds.length === LIMITS.embedsPerMessage) this.nextMessage();
  }

  nextMessage(): void {
    this.nextEmbed();
    if (this.embeds.length) this.messages.push(this.embeds);
    this.embeds = [];
    this.used = 0;
  }

  heading(text: string): void {
    this.nextEmbed();
    const title = truncate(escapeText(text), LIMITS.title);
    if (this.room() < title.length) this.nextMessage();
    this.embed.title = title;
  }

  paragraph(markdown: string): void {
    if (this.embed.fields?.length) this.nextEmbed();
    let rest = markdown;
    while (rest) {
      const sep = this.embed.description ? 2 : 0;
      const room = Math.min(LIMITS.description - (this.embed.description?.length ?? 0), this.room()) - sep;
      if (room < Math.min(rest.length, 200)) {
        if (embedChars(this.embed) > 0 && this.room() >= 200) this.nextEmbed();
        else this.nextMessage();
        continue;
      }
      const [piece, tail] = cutText(rest, room);
      this.embed.description = this.embed.description ? `${this.embed.description}\n\n${piece}` : piece;
      rest = tail;
    }
  }

  field(label: string, value: string): void {
    if ((this.embed.fields?.length ?? 0) === LIMITS.fields) this.nextEmbed();
    const f = {
      name: truncate(escapeText(label), LIMITS.fieldName) || '\u200b',
      value: truncate(escapeText(value), LIMITS.fieldValue) || '–',
      inline: true,
    };
    if (this.room() < f.name.length + f.value.length) this.nextMessage();
    this.embed.fields = [...(this.embed.fields ?? []), f];
  }

  done(): APIEmbed[][] {
    this.nextMessage();
    return this.messages;
  }
}

const tagsMarkdown = (b: Extract<Block, { type: 'tags' }>) =>
  subtext(
    b.tags
      .map((t) =>
        t.primary ? `**\`${t.code}\` ${escapeText(t.label)}**` : `\`${t.code}\` ${escapeText(t.label)}`,
      )
      .join(' · ') + (b.note ? ` | ${escapeText(b.note)}` : ''),
  );

function rowsOf(blocks: readonly Block[]): Row[] {
  const rows: Row[] = [];
  for (const b of blocks) {
    if (b.type === 'buttons') {
      for (let i = 0; i < b.buttons.length; i += LIMITS.buttonsPerRow) {
        rows.push({
          type: ComponentType.ActionRow,
          components: b.buttons.slice(i, i + LIMITS.buttonsPerRow).map((btn) => ({
            type: ComponentType.Button,
            custom_id: customId(btn.id, btn.value).slice(0, LIMITS.customId),
            label: truncate(btn.label, LIMITS.buttonLabel),
            style:
              btn.style === 'primary'
                ? ButtonStyle.Primary
                : btn.style === 'danger'
                  ? ButtonStyle.Danger
                  : ButtonStyle.Secondary,
          })),
        });
      }
    } else if (b.type === 'select') {
      rows.push({
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: b.id.slice(0, LIMITS.customId),
            placeholder: truncate(b.placeholder, LIMITS.placeholder),
            options: b.options.slice(0, LIMITS.options).map((o) => ({
              label: truncate(o.label, LIMITS.optionLabel),
              value: o.value.slice(0, LIMITS.optionValue),
            })),
          },
        ],
      });
    }
  }
  return rows;
}

/** Text blocks as one markdown string (messages without a heading or fields read as chat, not cards). */
function contentOf(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.type === 'text') lines.push(markdownOf(b.spans));
    else if (b.type === 'context') lines.push(subtext(markdownOf(b.spans)));
    else if (b.type === 'tags') lines.push(tagsMarkdown(b));
    else if (b.type === 'divider') lines.push('');
  }
  return lines.join('\n');
}

function embedsOf(blocks: readonly Block[]): APIEmbed[][] {
  const packer = new EmbedPacker();
  for (const b of blocks) {
    if (b.type === 'heading') packer.heading(b.text);
    else if (b.type === 'text') packer.paragraph(markdownOf(b.spans));
    else if (b.type === 'context') packer.paragraph(subtext(markdownOf(b.spans)));
    else if (b.type === 'tags') packer.paragraph(tagsMarkdown(b));
    else if (b.type === 'fields') for (const f of b.fields) packer.field(f.label, f.value);
    else if (b.type === 'divider') packer.nextEmbed();
  }
  return packer.done();
}

/**
 * Discord messages for a neutral message: cards (a heading or fields) as embeds, the rest as
 * markdown content; split so that every message stays within Discord's limits, components on the
 * last message (five rows at most each), the image attached to the first.
 */
export function renderMessages(out: Outbound): DiscordMessage[] {
  const blocks = out.blocks ?? [];
  const card = blocks.some((b) => b.type === 'heading' || b.type === 'fields');
  const messages: DiscordMessage[] = card
    ? embedsOf(blocks).map((embeds) => ({ embeds }))
    : splitText(blocks.length ? contentOf(blocks) : escapeText(out.text), LIMITS.content).map((content) => ({
        content,
      }));
  const rows = rowsOf(blocks);
  if (!messages.length && !rows.length) messages.push({ content: escapeText(out.text) || '…' });
  for (let i = 0; i < rows.length; i += LIMITS.rows) {
    const chunk = rows.slice(i, i + LIMITS.rows);
    const last = messages.at(-1);
    if (i === 0 && last) last.components = chunk;
    else messages.push({ components: chunk });
  }
  const first = messages[0] as DiscordMessage;
  if (out.image) {
    const name = out.image.filename;
    first.file = {
      data: Buffer.from(out.image.png),
      name,
      description: truncate(out.image.alt, LIMITS.attachmentDescription),
    };
    const embed = first.embeds?.[0];
    if (embed) embed.image = { url: `attachment://${name}` };
  }
  return messages;
}

/** A thread's name from a message's plain text: its first line, within Discord's 100 characters. */
export const threadName = (text: string): string =>
  truncate((text.split('\n')[0] ?? '').trim() || 'CSC Drill', 100);
