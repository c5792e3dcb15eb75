// A PNG of the current map view with title, legend, the "claims, not verified control" note, sources, dates and credits, drawn with canvas 2D.

export interface LegendEntry {
  label: string;
  /** Any CSS colour the canvas understands. */
  color: string;
  /**
   * How the legend swatch is drawn, as on the map: "solid", "hatch", "dots", "lines", "outline", "none",
   * "strike", "ring", or "assessed" (an assessment's area: a dashed line of `color` around a `tint`).
   */
  pattern: string;
  /** The fill of an "assessed" swatch, any CSS colour (with its alpha). */
  tint?: string;
}

export interface MapPngOptions {
  /** Device pixels per CSS pixel of the map canvas; read from the canvas when left out. */
  pixelRatio?: number;
  /** The line under the title; pass a translation when the interface is in Ukrainian. */
  note?: string;
  /** Heading of the legend box ("Legend" unless given). */
  legendHeading?: string;
  /** Lines under the map, above the credits: the sources, the dates shown, the export date (see pngCaption). */
  caption?: readonly string[];
}

export const DEFAULT_NOTE = 'Colours show what the cited articles claim, not verified control.';

import { inkCss, MARKER, SWATCH_MIX } from '../layers/theme';

// System fonts only: the export must work offline and never fetch a web font.
const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
const INK = '#1a1a1a';
const MUTED = '#444444';
const PAD = 12;
const LEGEND_WIDTH = 240;
const SWATCH = { w: 22, h: 15 };
const LINE = { title: 22, note: 18, legend: 20, credits: 15 };

/** Splits text into lines no wider than maxWidth, breaking at spaces (a single over-long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function ratioOf(canvas: HTMLCanvasElement, given?: number): number {
  if (given && given > 0) return given;
  // A detached or hidden canvas has clientWidth 0; fall back to the window's ratio.
  if (canvas.clientWidth > 0) return canvas.width / canvas.clientWidth;
  return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
}

/** Paints one legend swatch like the app's: colour mixed with white, its border, and the non-colour pattern. */
function drawSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, entry: LegendEntry): void {
  const { w, h } = SWATCH;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x, y, w, h);
  if (entry.pattern === 'ring') {
    // A named place's marker as the map draws it: a white dot in a ring of the colour.
    ctx.beginPath();
    ctx.arc(x + w / 2, y + h / 2, 4.5, 0, Math.PI * 2);
    ctx.fillStyle = MARKER.ring.fill;
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = entry.color;
    ctx.stroke();
    ctx.restore();
    return;
  }
  if (entry.pattern === 'assessed') {
    // As the on-screen legend draws it: the tint, inside a dashed border of the line colour.
    ctx.fillStyle = entry.tint ?? '#ffffff';
    ctx.fillRect(x, y, w, h);
    ctx.restore();
    ctx.save();
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 3]);
    ctx.strokeRect(x + 1, y + 1, w - 2, h - 2);
    ctx.restore();
    return;
  }
  if (entry.pattern === 'strike') {
    ctx.restore();
    ctx.save();
    ctx.fillStyle = entry.color;
    ctx.font = `${h + 3}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('\u2738', x + w / 2, y + h / 2 + 1);
    ctx.restore();
    return;
  }
  if (entry.pattern === 'none') {
    ctx.fillStyle = '#eeeeee';
    ctx.fillRect(x, y, w, h);
  } else {
    // Alpha over white equals the swatch's colour-mix with white, for any CSS colour string.
    ctx.globalAlpha = entry.pattern === 'outline' ? SWATCH_MIX.outline : SWATCH_MIX.filled;
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, y, w, h);
    ctx.globalAlpha = 1;
  }
  if (entry.pattern === 'hatch') {
    ctx.strokeStyle = inkCss('hatch');
    ctx.lineWidth = 1.5;
    for (let i = -h; i < w + h; i += 5) {
      ctx.beginPath();
      ctx.moveTo(x + i, y + h);
      ctx.lineTo(x + i + h, y);
      ctx.stroke();
    }
  } else if (entry.pattern === 'dots') {
    ctx.fillStyle = inkCss('dots');
    for (let dx = 2.5; dx < w; dx += 5) {
      for (let dy = 2.5; dy < h; dy += 5) {
        ctx.beginPath();
        ctx.arc(x + dx, y + dy, 1.1, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  } else if (entry.pattern === 'lines') {
    ctx.strokeStyle = inkCss('lines');
    ctx.lineWidth = 1.2;
    for (let dy = 2; dy < h; dy += 4) {
      ctx.beginPath();
      ctx.moveTo(x, y + dy);
      ctx.lineTo(x + w, y + dy);
      ctx.stroke();
    }
  }
  ctx.restore();
  ctx.save();
  ctx.strokeStyle = entry.pattern === 'none' ? '#9a9a9a' : entry.color;
  ctx.lineWidth = entry.pattern === 'outline' ? 2 : 1.5;
  if (entry.pattern === 'outline') ctx.setLineDash([3, 2]);
  ctx.strokeRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5);
  ctx.restore();
}

/**
 * Draws the map canvas into a larger canvas: title and note above, legend to the right, credits
 * below, and returns it as a PNG. The map must be created with preserveDrawingBuffer: true, or the
 * WebGL canvas may read back blank. Layout is in CSS pixels scaled by the map's pixel ratio, so the
 * PNG is as sharp as the screen.
 */
export function composeMapPng(
  mapCanvas: HTMLCanvasElement,
  legend: readonly LegendEntry[],
  credits: string,
  title: string,
  options: MapPngOptions = {},
): Promise<Blob> {
  const ratio = ratioOf(mapCanvas, options.pixelRatio);
  const note = options.note ?? DEFAULT_NOTE;
  const mapW = mapCanvas.width / ratio;
  const mapH = mapCanvas.height / ratio;
  const width = mapW + LEGEND_WIDTH + PAD * 3;

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('PNG export: this browser gives no 2D canvas'));

  // Measure wrapped text before sizing the canvas (resizing a canvas clears it and its state).
  const measureWith = (font: string) => (s: string) => {
    ctx.font = font;
    return ctx.measureText(s).width;
  };
  const titleFont = `600 ${LINE.title - 4}px ${FONT}`;
  const noteFont = `600 ${LINE.note - 5}px ${FONT}`;
  const legendFont = `${LINE.legend - 7}px ${FONT}`;
  const creditsFont = `${LINE.credits - 4}px ${FONT}`;
  const titleLines = wrapText(title, width - PAD * 2, measureWith(titleFont));
  const noteLines = wrapText(note, width - PAD * 2, measureWith(noteFont));
  const legendLabelWidth = LEGEND_WIDTH - PAD * 2 - SWATCH.w - 8;
  // An empty label still takes its row, so the swatches and the box height stay in step.
  const legendLines = legend.map((e) => {
    const lines = wrapText(e.label, legendLabelWidth, measureWith(legendFont));
    return lines.length > 0 ? lines : [''];
  });
  const creditLines = wrapText(credits, width - PAD * 2, measureWith(creditsFont));
  const captionFont = `${LINE.credits - 3}px ${FONT}`;
  const captionLines = (options.caption ?? []).flatMap((line) => wrapText(line, width - PAD * 2, measureWith(captionFont)));

  const headerH = PAD + titleLines.length * LINE.title + noteLines.length * LINE.note + PAD / 2;
  const legendH = PAD * 2 + LINE.legend + legendLines.reduce((s, l) => s + l.length * LINE.legend, 0);
  const bodyH = Math.max(mapH, legendH);
  const footerH = PAD / 2 + (captionLines.length + creditLines.length) * LINE.credits + PAD;
  const height = headerH + bodyH + footerH;

  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';

  let y = PAD;
  ctx.fillStyle = INK;
  ctx.font = titleFont;
  for (const line of titleLines) {
    ctx.fillText(line, PAD, y);
    y += LINE.title;
  }
  ctx.font = noteFont;
  for (const line of noteLines) {
    ctx.fillText(line, PAD, y);
    y += LINE.note;
  }

  const mapX = PAD;
  const mapY = headerH;
  ctx.drawImage(mapCanvas, mapX, mapY, mapW, mapH);
  ctx.strokeStyle = '#9a9a9a';
  ctx.lineWidth = 1;
  ctx.strokeRect(mapX - 0.5, mapY - 0.5, mapW + 1, mapH + 1);

  const legendX = mapX + mapW + PAD;
  ctx.strokeRect(legendX + 0.5, mapY + 0.5, LEGEND_WIDTH - 1, legendH - 1);
  let ly = mapY + PAD;
  ctx.fillStyle = INK;
  ctx.font = `600 ${LINE.legend - 6}px ${FONT}`;
  ctx.fillText(options.legendHeading ?? 'Legend', legendX + PAD, ly);
  ly += LINE.legend;
  legend.forEach((entry, i) => {
    drawSwatch(ctx, legendX + PAD, ly + (LINE.legend - SWATCH.h) / 2 - 2, entry);
    ctx.fillStyle = INK;
    ctx.font = legendFont;
    ctx.textBaseline = 'top';
    for (const line of legendLines[i]) {
      ctx.fillText(line, legendX + PAD + SWATCH.w + 8, ly);
      ly += LINE.legend;
    }
  });

  let cy = mapY + bodyH + PAD / 2;
  ctx.fillStyle = INK;
  ctx.font = captionFont;
  for (const line of captionLines) {
    ctx.fillText(line, PAD, cy);
    cy += LINE.credits;
  }
  ctx.fillStyle = MUTED;
  ctx.font = creditsFont;
  for (const line of creditLines) {
    ctx.fillText(line, PAD, cy);
    cy += LINE.credits;
  }

  return new Promise((resolve, reject) => {
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG export: the browser could not encode the image'))),
      'image/png',
    );
  });
}
