// Renders the label font into signed-distance-field glyph ranges: the files MapLibre loads from a style's `glyphs` URL.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';
import Pbf from 'pbf';

import { GLYPH_EXTRA_CHARACTERS, GLYPH_FONT } from './tables.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** MapLibre's glyph em: a range's metrics and bitmaps are in pixels of a 24 px font. */
const EM = 24;
/** Border of every glyph bitmap, in px, which MapLibre assumes of a glyph range. */
const BORDER = 3;
/** Distance in px that the 0–255 range of a bitmap spans, and where in it the outline lies. */
const RADIUS = 8;
const CUTOFF = 0.25;
/** Segments per curve when outlines are flattened: at 24 px a curve spans a few px, so the error is ~0.01 px. */
const STEPS = 8;

/** The font's files, one per subset, in the order a character is looked up. */
function loadFaces() {
  return GLYPH_FONT.files.map((file) => {
    const bytes = readFileSync(join(here, 'node_modules', GLYPH_FONT.package, 'files', file));
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  });
}

/** A glyph's outline as straight segments [x0, y0, x1, y1], in px with y pointing down from the baseline. */
function segments(path) {
  const out = [];
  let start = null;
  let x = 0;
  let y = 0;
  for (const c of path.commands) {
    if (c.type === 'M') {
      start = [c.x, c.y];
      [x, y] = start;
    } else if (c.type === 'L') {
      out.push([x, y, c.x, c.y]);
      [x, y] = [c.x, c.y];
    } else if (c.type === 'Q' || c.type === 'C') {
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        const nx = c.type === 'Q' ? u * u * x + 2 * u * t * c.x1 + t * t * c.x : u * u * u * x + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x;
        const ny = c.type === 'Q' ? u * u * y + 2 * u * t * c.y1 + t * t * c.y : u * u * u * y + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y;
        out.push([x, y, nx, ny]);
        [x, y] = [nx, ny];
      }
    } else if (c.type === 'Z' && start) {
      if (x !== start[0] || y !== start[1]) out.push([x, y, start[0], start[1]]);
      [x, y] = start;
    }
  }
  return out;
}

/** Distance from a point to a segment, and the segment's contribution to the point's winding number. */
function distanceTo([x0, y0, x1, y1], px, py) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len));
  return Math.hypot(x0 + t * dx - px, y0 + t * dy - py);
}

function winding([x0, y0, x1, y1], px, py) {
  // A ray from the point towards +x; outlines have a direction, and the non-zero rule counts crossings by it.
  if ((y0 <= py) === (y1 <= py)) return 0;
  const cross = x0 + ((py - y0) / (y1 - y0)) * (x1 - x0);
  if (cross <= px) return 0;
  return y1 > y0 ? 1 : -1;
}

/**
 * One character as MapLibre reads it from a range: the metrics in px of a 24 px font and a bitmap of
 * (width + 6) × (height + 6) distances. `top` follows the glyph tools MapLibre's ranges come from:
 * the bitmap's top above the baseline, less the font's ascender.
 */
export function renderGlyph(face, char) {
  const glyph = face.charToGlyph(char);
  const scale = EM / face.unitsPerEm;
  const advance = Math.round(glyph.advanceWidth * scale);
  const ascender = Math.round(face.ascender * scale);
  const lines = segments(glyph.getPath(0, 0, EM));
  const id = char.codePointAt(0);
  if (lines.length === 0) return { id, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -ascender, advance };
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [ax, ay, bx, by] of lines) {
    x1 = Math.min(x1, ax, bx);
    y1 = Math.min(y1, ay, by);
    x2 = Math.max(x2, ax, bx);
    y2 = Math.max(y2, ay, by);
  }
  const left = Math.floor(x1);
  const upper = Math.floor(y1);
  const width = Math.ceil(x2) - left;
  const height = Math.ceil(y2) - upper;
  const w = width + 2 * BORDER;
  const h = height + 2 * BORDER;
  const bitmap = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) {
    const py = upper - BORDER + j + 0.5;
    for (let i = 0; i < w; i++) {
      const px = left - BORDER + i + 0.5;
      let d = Infinity;
      let wind = 0;
      for (const s of lines) {
        d = Math.min(d, distanceTo(s, px, py));
        wind += winding(s, px, py);
      }
      const signed = wind !== 0 ? -d : d;
      bitmap[j * w + i] = Math.max(0, Math.min(255, Math.round(255 * (1 - CUTOFF) - (255 / RADIUS) * signed)));
    }
  }
  return { id, bitmap, width, height, left, top: -upper - ascender, advance };
}

/** A glyph range file: one font stack holding the glyphs of codepoints start..start + 255. */
export function encodeRange(stack, start, glyphs) {
  const pbf = new Pbf();
  pbf.writeMessage(1, (_, p) => {
    p.writeStringField(1, stack);
    p.writeStringField(2, `${start}-${start + 255}`);
    for (const g of glyphs) {
      p.writeMessage(3, (_g, q) => {
        q.writeVarintField(1, g.id);
        if (g.bitmap.length > 0) q.writeBytesField(2, g.bitmap);
        // Written even when zero: MapLibre sizes each bitmap from these fields.
        q.writeVarintField(3, g.width);
        q.writeVarintField(4, g.height);
        q.writeSVarintField(5, g.left);
        q.writeSVarintField(6, g.top);
        q.writeVarintField(7, g.advance);
      }, null);
    }
  }, null);
  return pbf.finish();
}

/**
 * Writes `<outDir>/<stack>/<start>-<end>.pbf` for every range the labels' characters fall in, and
 * returns the files. Only characters the names use are drawn: the Latin range is fetched before the
 * first full frame, and every glyph in it is ~0.3 KB gzipped.
 */
export function buildGlyphs(outDir, names) {
  const faces = loadFaces();
  const byRange = new Map();
  const chars = new Set([...names.join(''), ...GLYPH_EXTRA_CHARACTERS]);
  for (const char of [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0))) {
    const face = faces.find((f) => f.charToGlyph(char).index !== 0);
    if (!face) throw new Error(`glyphs: ${GLYPH_FONT.stack} has no glyph for U+${char.codePointAt(0).toString(16).toUpperCase()}`);
    const start = Math.floor(char.codePointAt(0) / 256) * 256;
    if (!byRange.has(start)) byRange.set(start, []);
    byRange.get(start).push(renderGlyph(face, char));
  }
  const dir = join(outDir, GLYPH_FONT.stack);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The font's licence goes wherever glyphs drawn from it go (the SIL Open Font License asks for that).
  const licence = join(dir, 'OFL.txt');
  writeFileSync(licence, readFileSync(join(here, 'node_modules', GLYPH_FONT.package, 'LICENSE')));
  const files = [licence];
  for (const [start, glyphs] of byRange) {
    const file = join(dir, `${start}-${start + 255}.pbf`);
    writeFileSync(file, encodeRange(GLYPH_FONT.stack, start, glyphs));
    files.push(file);
  }
  return files;
}
