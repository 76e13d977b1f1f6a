import type { Block, Outbound } from '../../src/chat/contract/outbound.ts';

/** A text message's limit in bytes (passive replies and the customer-service API take about 2,048). */
export const MAX_BYTES = 2000;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Pieces within MAX_BYTES, cut at line breaks where possible, never inside a character. */
export function splitBytes(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const next = current ? `${current}\n${line}` : line;
    if (bytes(next) <= MAX_BYTES) {
      current = next;
      continue;
    }
    if (current) out.push(current);
    current = '';
    let rest = line;
    while (bytes(rest) > MAX_BYTES) {
      let cut = Math.min(rest.length, MAX_BYTES);
      while (bytes(rest.slice(0, cut)) > MAX_BYTES) cut--;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current) out.push(current);
  return out;
}

/** A full-width colon after Chinese, `: ` after anything else. */
const colon = (label: string) => (/[\u3400-\u9fff]$/.test(label.trim()) ? '：' : ': ');
const labelled = (label: string, value: string) => `${label}${colon(label)}${value}`;

function blockLines(b: Block): string[] {
  switch (b.type) {
    case 'heading':
      return [`【${b.text}】`];
    case 'text':
    case 'context':
      return [b.spans.map((s) => s.text).join('')];
    case 'fields':
      return b.fields.map((f) => labelled(f.label, f.value));
    case 'tags':
      return [`${b.tags.map((t) => `${t.code} ${t.label}`).join(' · ')}${b.note ? ` | ${b.note}` : ''}`];
    case 'select':
      // The placeholder repeats the message's title; each option says what to type to start it.
      return b.options.map((o) => `• ${o.label} → 开始练习 ${o.value}`);
    case 'buttons':
      return b.buttons.filter((x) => x.id === 'drill_start').map((x) => `👉 ${x.label}：开始练习 ${x.value}`);
    case 'divider':
      return [];
  }
}

/** The drill a message's buttons act on (a scorecard offers retry, new drill and rating buttons). */
export function drillOfButtons(out: Outbound): string | undefined {
  for (const b of out.blocks ?? [])
    if (b.type === 'buttons') for (const x of b.buttons) if (x.id === 'drill_retry') return x.value;
  return undefined;
}

/**
 * A neutral message as WeChat text. A scorecard is cut to its headline, subtitle and section
 * scores plus `link` — the page's scorecard view, where its evidence, advice and buttons live.
 */
export function renderText(out: Outbound, link?: { label: string; url: string }): string[] {
  let blocks = out.blocks ?? [];
  const summaryEnd = blocks.findIndex((b) => b.type === 'divider');
  if (link && summaryEnd > 0) blocks = blocks.slice(0, summaryEnd);
  const lines = blocks.length ? blocks.flatMap(blockLines).filter((l) => l.trim()) : [out.text];
  if (link) lines.push(labelled(link.label, link.url));
  return splitBytes(lines.join('\n'));
}
