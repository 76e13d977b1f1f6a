import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_FONT_FILES, RENDER_OPTIONS, svgToPng } from '../../src/bot/png.ts';
import { strings } from '../../src/bot/strings/index.ts';
import { DEFAULT_CONTENT_DIRS } from '../../src/config/paths.ts';
import { loadLibrary } from '../../src/content/library.ts';
import { SECTION_LABELS } from '../../src/evaluate/labels.ts';
import { radarSvg } from '../../src/evaluate/radar.ts';
import type { Scorecard } from '../../src/evaluate/scorecard-model.ts';
import { memoryEngine, TRAINEE } from '../support/engine.ts';

const [REGULAR, BOLD] = CHART_FONT_FILES.map((file) => {
  const bytes = readFileSync(file as string);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}) as [opentype.Font, opentype.Font];

const REGENERATE = 'regenerate it: apt-get install -y fonts-noto-cjk python3-fonttools && npm run font';
const missingFrom = (font: opentype.Font, text: string) =>
  [...new Set(text)].filter((c) => !/\s/.test(c) && !font.hasChar(c)).join('');

/** What the chart writes: each <text> element's content, and whether it is bold. */
function drawnText(svg: string): { text: string; bold: boolean }[] {
  const fromXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    text: fromXml(m[2] as string),
    bold: /font-weight="bold"/.test(m[1] as string),
  }));
}

/** Pixels that are not white: a label drawn with real glyphs leaves ink, a missing font leaves none. */
function ink(svg: string): number {
  const { pixels } = new Resvg(svg, RENDER_OPTIONS).render();
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4)
    if ((pixels[i] as number) < 200 || (pixels[i + 1] as number) < 200) n++;
  return n;
}

let card: Scorecard;
beforeAll(async () => {
  // A real Chinese drill, ended early, so some sections have no score and draw "–".
  const service = await memoryEngine();
  const { drill } = await service.start({
    trainee: TRAINEE,
    scenarioId: 'face-login-fails-app',
    lang: 'zh',
    seed: 3,
  });
  await service.reply(drill.id, TRAINEE.id, '您好，请问有什么可以帮您？');
  const { ended } = await service.end(drill.id, TRAINEE.id);
  card = ended.scorecard;
});

describe('the chart font that ships with the project', () => {
  it('draws every character of a Chinese radar from the shipped font, with no tofu', () => {
    const svg = radarSvg(card, 'zh');
    const drawn = drawnText(svg);
    expect(drawn.map((d) => d.text).join('')).toMatch(/[\u4e00-\u9fff]/);
    for (const { text, bold } of drawn) expect(missingFrom(bold ? BOLD : REGULAR, text), text).toBe('');

    const png = svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Each label is really drawn: with system fonts off, text in a font that did not load draws nothing.
    for (const { text } of drawn.filter((d) => !d.bold)) {
      const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="100%" height="100%" fill="#fff"/><text x="100" y="20" font-size="13" text-anchor="middle" dominant-baseline="middle" fill="#344054">${text}</text></svg>`;
      expect(ink(alone), text).toBeGreaterThan(20 * [...text].length);
    }
  });

  it('covers everything a radar can draw in either language: every section label, score and the dash', () => {
    const labels = Object.values(SECTION_LABELS).flatMap((l) => [l.zh, l.en]);
    expect(missingFrom(REGULAR, `${labels.join('')}0123456789–`)).toBe('');
    expect(missingFrom(BOLD, '0123456789/')).toBe('');
  });

  it('covers every scenario title, persona name and UI string, so a chart may show them too', () => {
    const { library } = loadLibrary(DEFAULT_CONTENT_DIRS);
    const titles = [...library.scenarios.values()].flatMap((s) => [s.title.zh, s.title.en]);
    const names = [...library.personas.values()].flatMap((p) => [p.name.zh, p.name.en]);
    // The catalogue's source, templates included; emoji are drawn by chat apps, never by a chart.
    const catalogue = ['src/bot/strings/drill.ts', 'src/bot/strings/coach.ts', 'src/evaluate/labels.ts']
      .map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8'))
      .join('')
      .replace(/\p{Extended_Pictographic}/gu, '');
    expect(catalogue).toContain(strings('zh').briefing);
    expect(missingFrom(REGULAR, titles.join('')), REGENERATE).toBe('');
    expect(missingFrom(REGULAR, names.join('')), REGENERATE).toBe('');
    expect(missingFrom(REGULAR, catalogue), REGENERATE).toBe('');
  });

  it('draws an English radar with the same font', () => {
    const svg = radarSvg(card, 'en');
    for (const { text, bold } of drawnText(svg)) expect(missingFrom(bold ? BOLD : REGULAR, text)).toBe('');
    expect(ink(svg)).toBeGreaterThan(ink(svg.replace(/<text[^>]*>[^<]*<\/text>/g, '')));
  });
});
