import { fileURLToPath } from 'node:url';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * The charts' font ships with the project (src/bot/fonts, a Noto Sans CJK SC subset made by
 * scripts/font/build-chart-font.py, SIL OFL 1.1), so a server without CJK fonts draws the same
 * chart as any other: no empty boxes, and no scan of the system's fonts on every render.
 */
export const CHART_FONT_FAMILY = 'CSC Drill Sans SC';
export const CHART_FONT_FILES = ['Regular', 'Bold'].map((style) =>
  fileURLToPath(new URL(`./fonts/CSCDrillSansSC-${style}.otf`, import.meta.url)),
);

export const RENDER_OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: 'width', value: 720 },
  font: {
    loadSystemFonts: false,
    fontFiles: CHART_FONT_FILES,
    defaultFontFamily: CHART_FONT_FAMILY,
    sansSerifFamily: CHART_FONT_FAMILY,
  },
};

/** Renders an SVG (the scorecard radar) to PNG on the server, with no browser. */
export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, RENDER_OPTIONS).render().asPng();
}
