// The shipped glyph ranges hold every character the map's labels show, in the shape MapLibre reads.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PbfReader } from 'pbf';
import { GLYPHS } from '../../src/lib/layers/glyphs';
import { readLayers } from '../../scripts/tiles/tileset';

interface Glyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** Reads a range file as MapLibre does: fontstacks (field 1), each with glyphs (field 3). */
function readRange(bytes: Uint8Array): { name: string; range: string; glyphs: Glyph[] } {
  const out = { name: '', range: '', glyphs: [] as Glyph[] };
  new PbfReader(bytes).readFields((tag, _, pbf) => {
    if (tag !== 1) return;
    pbf.readMessage((t, __, p) => {
      if (t === 1) out.name = p.readString();
      else if (t === 2) out.range = p.readString();
      else if (t === 3) {
        const g: Glyph = { id: -1, bitmap: new Uint8Array(0), width: -1, height: -1, left: NaN, top: NaN, advance: -1 };
        p.readMessage((f, glyph, q) => {
          if (f === 1) glyph.id = q.readVarint();
          else if (f === 2) glyph.bitmap = q.readBytes();
          else if (f === 3) glyph.width = q.readVarint();
          else if (f === 4) glyph.height = q.readVarint();
          else if (f === 5) glyph.left = q.readSVarint();
          else if (f === 6) glyph.top = q.readSVarint();
          else if (f === 7) glyph.advance = q.readVarint();
        }, g);
        out.glyphs.push(g);
      }
    }, null);
  }, null);
  return out;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}geodata/${GLYPHS.folder}/${GLYPHS.stack}`;
const files = readdirSync(dir).filter((f) => f.endsWith('.pbf'));
const licence = readFileSync(`${dir}/OFL.txt`, 'utf8');
const ranges = files.map((file) => ({ file, ...readRange(readFileSync(`${dir}/${file}`)) }));
const glyphs = new Map(ranges.flatMap((r) => r.glyphs.map((g) => [String.fromCodePoint(g.id), g] as const)));

// The names as the map's tiles carry them: region label points and sites, and the basemap's cities.
const layers = readLayers(root);
const cities = layers.basemap.features.filter((f) => f.properties?.layer === 'city');
const labelled = [...layers.points.features, ...cities];

describe('glyph ranges', () => {
  for (const lang of ['en', 'uk'] as const) {
    it(`cover every character of every region, site and city name in ${lang}`, () => {
      const names = labelled.map((f) => String(f.properties?.[`name_${lang}`] ?? ''));
      expect(names.filter(Boolean).length).toBeGreaterThan(90);
      const missing = new Set(names.flatMap((name) => [...name].filter((c) => !glyphs.has(c))));
      // Regenerate with `npm run geodata` after adding a name with a new character.
      expect([...missing]).toEqual([]);
    });
  }

  it('ship with the font licence the SIL Open Font License asks to travel with them', () => {
    expect(licence).toContain('SIL Open Font License, Version 1.1');
    expect(licence).toContain('The Noto Project Authors');
  });

  it('cover the counts MapLibre writes on clustered imported points ("8", "1.2k", "35k")', () => {
    expect([...'0123456789.k'].filter((c) => !glyphs.has(c))).toEqual([]);
  });

  it('are named and cut as MapLibre asks for them: <stack>/<start>-<start + 255>.pbf, one stack per file', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const r of ranges) {
      expect(r.name).toBe(GLYPHS.stack);
      expect(`${r.range}.pbf`).toBe(r.file);
      const start = Number(r.range.split('-')[0]);
      expect(start % 256).toBe(0);
      for (const g of r.glyphs) expect(g.id >= start && g.id < start + 256, `U+${g.id.toString(16)}`).toBe(true);
    }
  });

  it('hold a bitmap of (width + 6) × (height + 6) distances per glyph, with the outline where the text shader draws it', () => {
    for (const [char, g] of glyphs) {
      expect(Number.isFinite(g.left) && Number.isFinite(g.top) && g.advance > 0, char).toBe(true);
      if (g.width === 0) {
        expect(g.bitmap.length, char).toBe(0);
        continue;
      }
      expect(g.bitmap.length, char).toBe((g.width + 6) * (g.height + 6));
      // Inside the letter (≥ 192) and well outside it (the border's corners are ≥ 3 px away: ≤ 96).
      expect(Math.max(...g.bitmap), char).toBeGreaterThanOrEqual(192);
      const w = g.width + 6;
      const corners = [0, w - 1, g.bitmap.length - w, g.bitmap.length - 1].map((i) => g.bitmap[i]);
      expect(Math.max(...corners), char).toBeLessThanOrEqual(96);
    }
  });

  it('sit on one baseline: capitals share their top, and a descender reaches below the baseline', () => {
    const tops = [...'HKN'].map((c) => glyphs.get(c)!.top);
    expect(new Set(tops).size).toBe(1);
    const p = glyphs.get('p')!;
    const n = glyphs.get('n')!;
    // Tops count down from the font's ascender; a glyph's bottom is its top less its height.
    expect(p.top - p.height).toBeLessThan(n.top - n.height);
    expect(glyphs.get('l')!.top).toBeGreaterThan(n.top);
  });
});
