// PNG of the whole graph (not just the viewport) at 1-4x, with the legend and source line drawn in.
import type { Core, StylesheetJson } from 'cytoscape';
import { buildStylesheet, LABEL_COLOR, SANCTIONED_COLOR } from '../styles/graphStyles.ts';
import { assertCanvasFits, frameExport, type ExportFrame, type PlacedLegendEntry } from './exportFrame.ts';
import { sceneLegend, type Scene } from './scene.ts';
import { outlineOf, traceOutline } from './shapes.ts';

export type Background = 'white' | 'transparent';

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
}

const FONT = '"DejaVu Sans", Inter, "Segoe UI", Arial, sans-serif';
const DASH = { solid: [], dashed: [6, 4], dotted: [1.5, 3.5] } as const;

/** The size of the graph picture Cytoscape renders for a full export at `scale`. */
export function graphPictureSize(cy: Core, scale: number) {
  const box = cy.elements(':visible').boundingBox();
  return { width: Math.ceil(box.w) * scale, height: Math.ceil(box.h) * scale };
}

function drawLegendEntry(ctx: CanvasRenderingContext2D, { entry, x, y }: PlacedLegendEntry, s: number) {
  ctx.save();
  if (entry.type === 'edge') {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2.5 * s;
    ctx.setLineDash(DASH[entry.line].map((d) => d * s));
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 30 * s, y);
    ctx.stroke();
  } else {
    traceOutline(ctx, outlineOf(entry.shape, x + 15 * s, y, 14 * s));
    ctx.fillStyle = entry.color;
    ctx.fill();
    if (entry.sanctioned) {
      ctx.strokeStyle = SANCTIONED_COLOR;
      ctx.lineWidth = 3 * s;
      ctx.stroke();
    }
  }
  ctx.restore();
  ctx.fillText(entry.label, x + 38 * s, y + 4 * s);
}

/** Numbered callouts over the graph picture, at their anchors (graph coordinates from the picture's top left). */
function drawCallouts(
  ctx: CanvasRenderingContext2D,
  frame: ExportFrame,
  scene: Scene,
  origin: { x: number; y: number },
) {
  const s = frame.scale;
  for (const note of scene.notes ?? []) {
    const x = frame.graph.x + (note.x - origin.x) * s;
    const y = frame.graph.y + (note.y - origin.y) * s;
    const cx = x + 16 * s;
    const cy = y - 16 * s;
    ctx.strokeStyle = '#b45309';
    ctx.lineWidth = 1.2 * s;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(cx, cy);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(cx, cy, 9 * s, 0, 2 * Math.PI);
    ctx.fillStyle = '#fde68a';
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#78350f';
    ctx.font = `bold ${10 * s}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(String(note.number), cx, cy + 3.5 * s);
    ctx.textAlign = 'start';
  }
  ctx.fillStyle = LABEL_COLOR;
  ctx.font = `${12 * s}px ${FONT}`;
  for (const line of frame.noteLines) ctx.fillText(line.text, line.x, line.y + 12 * s);
}

function drawFrame(ctx: CanvasRenderingContext2D, frame: ExportFrame, graph: ImageBitmap, background: Background) {
  const s = frame.scale;
  ctx.fillStyle = '#ffffff';
  // On a transparent image the text below the graph keeps a white ground, so it reads on any page.
  if (background === 'white') ctx.fillRect(0, 0, frame.width, frame.height);
  else ctx.fillRect(0, frame.captionTop, frame.width, frame.height - frame.captionTop);
  ctx.drawImage(graph, frame.graph.x, frame.graph.y);
  ctx.fillStyle = LABEL_COLOR;
  if (frame.legend.length) {
    ctx.font = `bold ${12 * s}px ${FONT}`;
    ctx.fillText('Legend', frame.legend[0].x, frame.legendTitleY + 4 * s);
  }
  ctx.font = `${12 * s}px ${FONT}`;
  for (const item of frame.legend) drawLegendEntry(ctx, item, s);
  ctx.fillStyle = '#52606d';
  ctx.font = `${11 * s}px ${FONT}`;
  for (const line of frame.sourceLines) ctx.fillText(line.text, line.x, line.y + 11 * s);
}

/** A report shows the graph, not what was clicked: the picture is drawn with a stylesheet without selection marks. */
async function withoutSelectionMarks<T>(cy: Core, draw: () => Promise<T>): Promise<T> {
  const large = Boolean(cy.scratch('_large'));
  cy.style(buildStylesheet({ large, selection: false }) as StylesheetJson);
  try {
    return await draw();
  } finally {
    cy.style(buildStylesheet({ large }) as StylesheetJson);
  }
}

export function exportPng(cy: Core, scene: Scene, options: { scale: number; background: Background }) {
  // Sizes and positions too: a selected node's mark widens the graph's bounding box.
  return withoutSelectionMarks(cy, () => drawPng(cy, scene, options));
}

async function drawPng(
  cy: Core,
  scene: Scene,
  { scale, background }: { scale: number; background: Background },
): Promise<PngExport> {
  const picture = graphPictureSize(cy, scale);
  const notes = (scene.notes ?? []).map((note) => note.line);
  const frame = frameExport(picture.width, picture.height, sceneLegend(scene), scene.sourceLine, scale, notes);
  assertCanvasFits(frame.width, frame.height, scale);
  // Giving maxWidth alongside scale makes Cytoscape use exactly `scale`, not scale × the screen's pixel ratio.
  const graphBlob = await cy.png({ full: true, scale, maxWidth: Number.MAX_SAFE_INTEGER, output: 'blob-promise' });
  const graph = await createImageBitmap(graphBlob);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser could not create a drawing surface for the image.');
  drawFrame(ctx, frame, graph, background);
  const box = cy.elements(':visible').boundingBox();
  drawCallouts(ctx, frame, scene, { x: box.x1, y: box.y1 });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode an image this large. Choose a smaller scale or export SVG.');
  return { blob, width: frame.width, height: frame.height };
}
