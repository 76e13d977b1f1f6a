import { Resvg } from '@resvg/resvg-js';

/** Renders an SVG (the scorecard radar) to PNG on the server, with no browser. */
export function svgToPng(svg: string): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: 720 }, font: { loadSystemFonts: true } })
    .render()
    .asPng();
}
