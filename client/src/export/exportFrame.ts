// Where the graph, the legend and the source line go in an exported image, and whether the browser can draw it.
import type { LegendEntry } from './scene.ts';

/** Conservative limits that hold across current browsers (Chrome/Firefox allow more, Safari less area). */
export const CANVAS_MAX_SIDE = 16_384;
export const CANVAS_MAX_AREA = 120_000_000;
export const EXPORT_SCALES = [1, 2, 3, 4] as const;

export interface PlacedLegendEntry {
  entry: LegendEntry;
  x: number;
  y: number;
}

export interface ExportFrame {
  width: number;
  height: number;
  scale: number;
  fontSize: number;
  graph: { x: number; y: number; width: number; height: number };
  legendTitleY: number;
  legend: PlacedLegendEntry[];
  sourceLines: { x: number; y: number; text: string }[];
  /** The notes' text below the picture, "1. …", each wrapped. */
  noteLines: { x: number; y: number; text: string }[];
  /** Where the text below the picture (notes, legend, sources) begins: its own background on a transparent image. */
  captionTop: number;
}

const MARGIN = 24;
const FONT = 12;
const ROW = 22;
const SWATCH = 30;
const MIN_WIDTH = 560;

/** A width estimate for text in the export's sans-serif font, good enough to lay out legend columns. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function placeLegend(entries: LegendEntry[], left: number, top: number, maxWidth: number, s: number) {
  const placed: PlacedLegendEntry[] = [];
  let x = left;
  let y = top;
  for (const entry of entries) {
    const w = (SWATCH + 8 + 22) * s + textWidth(entry.label, FONT * s);
    if (x > left && x + w > left + maxWidth) {
      x = left;
      y += ROW * s;
    }
    placed.push({ entry, x, y });
    x += w;
  }
  return { placed, bottom: entries.length ? y + ROW * s : top };
}

/** Lays out an export of a `graphWidth` × `graphHeight` px graph picture at `scale` (all outputs in px). */
export function frameExport(
  graphWidth: number,
  graphHeight: number,
  entries: LegendEntry[],
  sourceLine: string,
  scale: number,
  notes: string[] = [],
): ExportFrame {
  const s = scale;
  const margin = MARGIN * s;
  const width = Math.ceil(Math.max(graphWidth, MIN_WIDTH * s) + 2 * margin);
  const inner = width - 2 * margin;
  const graph = { x: Math.round((width - graphWidth) / 2), y: margin, width: graphWidth, height: graphHeight };
  const noteTexts = notes.flatMap((note) => wrapText(note, inner, FONT * s));
  const notesTop = graph.y + graphHeight + margin;
  const noteLines = noteTexts.map((text, i) => ({ x: margin, y: notesTop + i * 17 * s, text }));
  const legendTitleY = notesTop + (noteLines.length ? noteLines.length * 17 * s + margin / 2 : 0);
  const legendTop = entries.length ? legendTitleY + ROW * s : legendTitleY;
  const { placed, bottom } = placeLegend(entries, margin, legendTop, inner, s);
  const lines = wrapText(sourceLine, inner, (FONT - 1) * s);
  const sourceTop = bottom + 10 * s;
  const sourceLines = lines.map((text, i) => ({ x: margin, y: sourceTop + i * 16 * s, text }));
  const height = Math.ceil(sourceTop + lines.length * 16 * s + margin / 2);
  const captionTop = notesTop - margin / 2;
  return {
    ...{ width, height, scale, fontSize: FONT * s, graph, legendTitleY, legend: placed, sourceLines, noteLines },
    captionTop,
  };
}

export class ExportTooLargeError extends Error {}

/** A clear refusal instead of a blank file when the picture exceeds what a browser canvas can hold. */
export function assertCanvasFits(width: number, height: number, scale: number): void {
  if (width <= CANVAS_MAX_SIDE && height <= CANVAS_MAX_SIDE && width * height <= CANVAS_MAX_AREA) return;
  const fits = EXPORT_SCALES.filter((k) => k < scale && fitsAt(width, height, scale, k));
  const advice = fits.length
    ? `Choose ${fits.at(-1)}× or less, or export SVG, which has no size limit.`
    : 'Export SVG instead, which has no size limit, or remove some nodes.';
  const size = `${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px`;
  throw new ExportTooLargeError(
    `At ${scale}× this graph would be ${size}, more than a browser canvas can hold (${CANVAS_MAX_SIDE.toLocaleString('en-US')} px a side, ` +
      `${CANVAS_MAX_AREA / 1_000_000} megapixels). ${advice}`,
  );
}

function fitsAt(width: number, height: number, scale: number, other: number): boolean {
  const w = (width * other) / scale;
  const h = (height * other) / scale;
  return w <= CANVAS_MAX_SIDE && h <= CANVAS_MAX_SIDE && w * h <= CANVAS_MAX_AREA;
}
