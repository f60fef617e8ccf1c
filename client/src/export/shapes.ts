// Node outlines as geometry, so the SVG serializer and the PNG legend draw the same shapes Cytoscape does.
import type { NodeShape } from '../styles/graphStyles.ts';

export type Outline =
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'rect'; x: number; y: number; w: number; h: number; rx: number }
  | { type: 'polygon'; points: [number, number][] };

function regularPolygon(cx: number, cy: number, r: number, sides: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (2 * Math.PI * i) / sides;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
}

function star(cx: number, cy: number, r: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    const radius = i % 2 === 0 ? r : r * 0.45;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

/** The outline of a node of `size` (its width and height) centred on (cx, cy). */
export function outlineOf(shape: NodeShape, cx: number, cy: number, size: number): Outline {
  const r = size / 2;
  switch (shape) {
    case 'ellipse':
      return { type: 'circle', cx, cy, r };
    case 'round-rectangle':
      return { type: 'rect', x: cx - r, y: cy - r, w: size, h: size, rx: size * 0.22 };
    case 'rectangle':
      return { type: 'rect', x: cx - r, y: cy - r, w: size, h: size, rx: 0 };
    case 'diamond':
      return { type: 'polygon', points: regularPolygon(cx, cy, r, 4, -Math.PI / 2) };
    case 'hexagon':
      return { type: 'polygon', points: regularPolygon(cx, cy, r, 6, 0) };
    case 'pentagon':
      return { type: 'polygon', points: regularPolygon(cx, cy, r, 5, -Math.PI / 2) };
    case 'octagon':
      return { type: 'polygon', points: regularPolygon(cx, cy, r, 8, Math.PI / 8) };
    case 'triangle':
      return { type: 'polygon', points: regularPolygon(cx, cy, r, 3, -Math.PI / 2) };
    case 'star':
      return { type: 'polygon', points: star(cx, cy, r) };
  }
}

/** Traces an outline on a 2D canvas context (for the PNG export's legend). */
export function traceOutline(ctx: CanvasRenderingContext2D, outline: Outline): void {
  ctx.beginPath();
  if (outline.type === 'circle') ctx.arc(outline.cx, outline.cy, outline.r, 0, Math.PI * 2);
  else if (outline.type === 'rect') ctx.roundRect(outline.x, outline.y, outline.w, outline.h, outline.rx);
  else outline.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
}
