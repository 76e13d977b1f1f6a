import type { Lang } from '../csc/text.ts';
import { SECTION_LABELS } from './labels.ts';
import { type Scorecard, SECTIONS } from './scorecard-model.ts';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A radar chart of the scorecard's sections as standalone SVG (sections that did not apply sit at the centre, dashed). */
export function radarSvg(card: Scorecard, lang: Lang, size = 360): string {
  const c = size / 2;
  const r = size * 0.32;
  const n = SECTIONS.length;
  const point = (i: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [c + Math.cos(a) * r * v, c + Math.sin(a) * r * v] as const;
  };
  const poly = (v: (i: number) => number) =>
    SECTIONS.map((_, i) =>
      point(i, v(i))
        .map((x) => x.toFixed(1))
        .join(','),
    ).join(' ');
  const rings = [0.25, 0.5, 0.75, 1]
    .map((k) => `<polygon points="${poly(() => k)}" fill="none" stroke="#d0d5dd" stroke-width="1"/>`)
    .join('');
  const spokes = SECTIONS.map((_, i) => {
    const [x, y] = point(i, 1);
    return `<line x1="${c}" y1="${c}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#d0d5dd"/>`;
  }).join('');
  const labels = SECTIONS.map((s, i) => {
    const [x, y] = point(i, 1.22);
    const score = card.sections[s];
    const text = `${SECTION_LABELS[s][lang]} ${score === null ? '–' : Math.round(score * 100)}`;
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="13" text-anchor="middle" dominant-baseline="middle" fill="#344054">${escapeXml(text)}</text>`;
  }).join('');
  const fill = card.passed ? '#12b76a' : '#f04438';
  const shape = `<polygon points="${poly((i) => card.sections[SECTIONS[i] as (typeof SECTIONS)[number]] ?? 0)}" fill="${fill}" fill-opacity="0.3" stroke="${fill}" stroke-width="2"/>`;
  const title = `${card.overall}/100`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(title)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${rings}${spokes}${shape}${labels}` +
    `<text x="${c}" y="${c}" font-size="22" font-weight="bold" text-anchor="middle" dominant-baseline="middle" fill="${fill}">${card.overall}</text></svg>`
  );
}
