import { escapeXml } from '../evaluate/radar.ts';
import type { PersonReport } from './report.ts';

const COLOURS = ['#07a35a', '#2563eb', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#4b5563'];

/** Score trends as standalone SVG: one line per person (the first eight), the pass mark dashed. */
export function trendSvg(
  people: readonly PersonReport[],
  passMark: number,
  width = 640,
  height = 320,
): string {
  const pad = 40;
  const shown = people.filter((p) => p.trend.length).slice(0, 8);
  const longest = Math.max(2, ...shown.map((p) => p.trend.length));
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (longest - 1);
  const y = (v: number) => height - pad - (v / 100) * (height - 2 * pad);
  const grid = [0, 25, 50, 75, 100]
    .map(
      (v) =>
        `<line x1="${pad}" y1="${y(v)}" x2="${width - pad}" y2="${y(v)}" stroke="#e5e7eb"/><text x="${pad - 6}" y="${y(v) + 4}" font-size="11" text-anchor="end" fill="#6b7280">${v}</text>`,
    )
    .join('');
  const pass = `<line x1="${pad}" y1="${y(passMark)}" x2="${width - pad}" y2="${y(passMark)}" stroke="#9ca3af" stroke-dasharray="4 4"/>`;
  const lines = shown
    .map((p, k) => {
      const colour = COLOURS[k % COLOURS.length];
      const points = p.trend.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      const legend = `<text x="${pad + k * 75}" y="${height - 10}" font-size="11" fill="${colour}">■ ${escapeXml(p.name.slice(0, 10))}</text>`;
      return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"/>${legend}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans SC, Noto Sans CJK SC, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${grid}${pass}${lines}</svg>`;
}
