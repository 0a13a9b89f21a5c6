// Builds the offline basemap's one glyph range (U+0000-U+00FF: Latin-1, so æ, ø, å and digits)
// as a MapLibre glyph PBF from Debian's DejaVu Sans, so map labels render with no network.
// The SDFs are drawn by @mapbox/tiny-sdf in headless Chromium (a real canvas with the system
// font; no native canvas package needed), with the parameters MapLibre uses for its own local
// glyphs; the PBF is written here. The output is committed: run again only to change the font.
// Run: npm run build:glyphs -w @naboskab/web
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const glyphFont = 'dejavu-sans'; // the `text-font` name in basemap-style.ts
const fontFamily = 'DejaVu Sans';
const outDir = new URL(`../public/basemap/glyphs/${glyphFont}/`, import.meta.url);

type Glyph = {
  id: number;
  bitmap: number[];
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
};

// Protocol buffers by hand: the glyph format is three nested messages of varints and bytes.
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n >>> 0;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}
const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const field = (tag: number, type: number) => varint((tag << 3) | type);
const uint = (tag: number, n: number) => [...field(tag, 0), ...varint(n)];
const bytes = (tag: number, b: number[]) => [...field(tag, 2), ...varint(b.length), ...b];
const text = (tag: number, s: string) => bytes(tag, [...Buffer.from(s, 'utf8')]);

function encode(glyphs: Glyph[]): Uint8Array {
  const stack = [
    ...text(1, glyphFont),
    ...text(2, '0-255'),
    ...glyphs.flatMap((g) =>
      bytes(3, [
        ...uint(1, g.id),
        ...(g.bitmap.length ? bytes(2, g.bitmap) : []),
        ...uint(3, g.width),
        ...uint(4, g.height),
        ...uint(5, zigzag(g.left)),
        ...uint(6, zigzag(g.top)),
        ...uint(7, g.advance),
      ]),
    ),
  ];
  return Uint8Array.from(bytes(1, stack));
}

const require = createRequire(import.meta.url);
const tinySdf = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8').replace(
  'export default class',
  'class',
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: `${tinySdf}; window.TinySDF = TinySDF;` });
  const glyphs = (await page.evaluate((family) => {
    type Drawn = { data: Uint8ClampedArray } & Record<
      'glyphWidth' | 'glyphHeight' | 'glyphLeft' | 'glyphTop' | 'glyphAdvance',
      number
    >;
    const { TinySDF } = window as unknown as { TinySDF: new (o: object) => { draw(c: string): Drawn } };
    // fontSize 24, buffer 3, radius 8: the metrics of MapLibre's server glyphs (top is 27 lower).
    const sdf = new TinySDF({ fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25, fontFamily: family });
    const out = [];
    for (let id = 32; id < 256; id++) {
      if (id >= 127 && id < 160) continue; // control characters
      const g = sdf.draw(String.fromCharCode(id));
      out.push({
        id,
        bitmap: g.glyphWidth ? Array.from(g.data) : [],
        width: g.glyphWidth,
        height: g.glyphHeight,
        left: g.glyphLeft,
        top: g.glyphTop - 27,
        advance: Math.round(g.glyphAdvance),
      });
    }
    return out;
  }, fontFamily)) as Glyph[];
  mkdirSync(outDir, { recursive: true });
  const pbf = encode(glyphs);
  writeFileSync(new URL('0-255.pbf', outDir), pbf);
  console.log(
    `glyphs/${glyphFont}/0-255.pbf: ${glyphs.length} glyphs, ${(pbf.length / 1024).toFixed(0)} KiB`,
  );
} finally {
  await browser.close();
}
