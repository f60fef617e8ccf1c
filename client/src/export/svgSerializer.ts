// Our own SVG writer (cytoscape-svg is GPL-3.0, this project is Apache-2.0): nodes as shapes with labels,
// edges as lines or curves with arrowheads and labels, then the legend and the source line.
import {
  EDGE_GROUP_STYLES,
  KIND_STYLES,
  LABEL_COLOR,
  SANCTIONED_COLOR,
  DERIVED_COLOR,
  type NodeShape,
} from '../styles/graphStyles.ts';
import { frameExport, wrapText, type ExportFrame, type PlacedLegendEntry } from './exportFrame.ts';
import { sceneLegend, type Scene, type SceneEdge, type SceneNode, type SceneNote } from './scene.ts';
import { outlineOf, type Outline } from './shapes.ts';

const FONT_FAMILY = 'Inter, Segoe UI, DejaVu Sans, Arial, sans-serif';
const LABEL_WIDTH = 130;
const NODE_FONT = 11;
const EDGE_FONT = 9;
const PAD = 16;

// XML 1.0 forbids most control characters even when escaped; names from lists occasionally carry them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number) => String(Math.round(v * 10) / 10);
const DASH = { solid: '', dashed: '6 4', dotted: '1.5 3.5' } as const;
const HALO = 'fill="#facc15" fill-opacity="0.55"';

function outlineSvg(outline: Outline, attrs: string): string {
  if (outline.type === 'circle')
    return `<circle cx="${n(outline.cx)}" cy="${n(outline.cy)}" r="${n(outline.r)}" ${attrs}/>`;
  if (outline.type === 'rect') {
    return `<rect x="${n(outline.x)}" y="${n(outline.y)}" width="${n(outline.w)}" height="${n(outline.h)}" rx="${n(outline.rx)}" ${attrs}/>`;
  }
  return `<polygon points="${outline.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" ${attrs}/>`;
}

const shapeOf = (node: SceneNode): NodeShape =>
  node.kind === 'more' ? 'round-rectangle' : KIND_STYLES[node.kind].shape;

function nodeSvg(node: SceneNode): string {
  if (node.kind === 'more') {
    return (
      `<g class="node more"><rect x="${n(node.x - 37)}" y="${n(node.y - 13)}" width="74" height="26" rx="6" fill="#eef2f7" stroke="#94a3b8" stroke-dasharray="4 3"/>` +
      `<text x="${n(node.x)}" y="${n(node.y + 4)}" text-anchor="middle" font-size="${NODE_FONT}" font-weight="bold" fill="#334155">${escapeXml(node.label)}</text></g>`
    );
  }
  const stroke = node.sanctioned
    ? `stroke="${SANCTIONED_COLOR}" stroke-width="4.5"`
    : node.derived
      ? `stroke="${DERIVED_COLOR}" stroke-width="4.5" stroke-dasharray="6 4"`
      : 'stroke="#ffffff" stroke-width="2"';
  const halo = node.highlighted ? outlineSvg(outlineOf('round-rectangle', node.x, node.y, node.size + 12), HALO) : '';
  const shape =
    halo +
    outlineSvg(outlineOf(shapeOf(node), node.x, node.y, node.size), `fill="${KIND_STYLES[node.kind].color}" ${stroke}`);
  const lines = wrapText(node.label, LABEL_WIDTH, NODE_FONT);
  const top = node.y + node.size / 2 + 5 + NODE_FONT;
  const tspans = lines
    .map((line, i) => `<tspan x="${n(node.x)}" y="${n(top + i * (NODE_FONT + 2))}">${escapeXml(line)}</tspan>`)
    .join('');
  const weight = node.sanctioned ? ' font-weight="bold"' : '';
  return `<g class="node"><title>${escapeXml(node.label)}</title>${shape}<text class="label" text-anchor="middle" font-size="${NODE_FONT}"${weight} fill="${LABEL_COLOR}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${tspans}</text></g>`;
}

/** Parallel edges between the same two nodes bend apart, as they do on screen. */
function bendOffsets(edges: SceneEdge[]): Map<string, number> {
  const byPair = new Map<string, SceneEdge[]>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    byPair.set(key, [...(byPair.get(key) ?? []), e]);
  }
  const offsets = new Map<string, number>();
  for (const group of byPair.values()) {
    group.forEach((e, i) => {
      const sign = e.source < e.target ? 1 : -1;
      offsets.set(e.id, sign * (i - (group.length - 1) / 2) * 28);
    });
  }
  return offsets;
}

function edgeSvg(edge: SceneEdge, nodes: Map<string, SceneNode>, bend: number): string {
  const a = nodes.get(edge.source);
  const b = nodes.get(edge.target);
  if (!a || !b || a === b) return '';
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const c = { x: (a.x + b.x) / 2 - (dy / len) * bend, y: (a.y + b.y) / 2 + (dx / len) * bend };
  const toward = (from: SceneNode, to: { x: number; y: number }, r: number) => {
    const l = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: from.x + ((to.x - from.x) / l) * r, y: from.y + ((to.y - from.y) / l) * r };
  };
  const p1 = toward(a, c, a.size / 2);
  const p2 = toward(b, c, b.size / 2 + 2);
  const style = EDGE_GROUP_STYLES[edge.group];
  const dash = DASH[style.line] ? ` stroke-dasharray="${DASH[style.line]}"` : '';
  const d = `M${n(p1.x)},${n(p1.y)} Q${n(c.x)},${n(c.y)} ${n(p2.x)},${n(p2.y)}`;
  const halo = edge.highlighted
    ? `<path d="${d}" fill="none" stroke="#facc15" stroke-opacity="0.55" stroke-width="12"/>`
    : '';
  const path = `${halo}<path d="${d}" fill="none" stroke="${style.color}" stroke-width="${style.width}"${dash} marker-end="url(#arrow-${edge.group})"/>`;
  const mid = { x: 0.25 * p1.x + 0.5 * c.x + 0.25 * p2.x, y: 0.25 * p1.y + 0.5 * c.y + 0.25 * p2.y };
  let angle = (Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  const label = edge.label
    ? `<text x="${n(mid.x)}" y="${n(mid.y)}" dy="-3" text-anchor="middle" font-size="${EDGE_FONT}" fill="${style.color}" stroke="#ffffff" stroke-width="3" paint-order="stroke" transform="rotate(${n(angle)} ${n(mid.x)} ${n(mid.y)})">${escapeXml(edge.label)}</text>`
    : '';
  return `<g class="edge">${path}${label}</g>`;
}

function markerDefs(): string {
  return Object.entries(EDGE_GROUP_STYLES)
    .map(
      ([group, s]) =>
        `<marker id="arrow-${group}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.color}"/></marker>`,
    )
    .join('');
}

function legendItemSvg({ entry, x, y }: PlacedLegendEntry): string {
  const textX = x + 38;
  const text = `<text x="${n(textX)}" y="${n(y + 4)}" font-size="12" fill="${LABEL_COLOR}">${escapeXml(entry.label)}</text>`;
  if (entry.type === 'edge') {
    const dash = DASH[entry.line] ? ` stroke-dasharray="${DASH[entry.line]}"` : '';
    return `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 30)}" y2="${n(y)}" stroke="${entry.color}" stroke-width="2.5"${dash}/>${text}`;
  }
  const stroke = entry.sanctioned ? `stroke="${SANCTIONED_COLOR}" stroke-width="3"` : 'stroke="none"';
  return outlineSvg(outlineOf(entry.shape, x + 15, y, 14), `fill="${entry.color}" ${stroke}`) + text;
}

function legendSvg(frame: ExportFrame): string {
  if (!frame.legend.length) return '';
  const title = `<text x="${n(frame.legend[0].x)}" y="${n(frame.legendTitleY + 4)}" font-size="12" font-weight="bold" fill="${LABEL_COLOR}">Legend</text>`;
  return `<g class="legend">${title}${frame.legend.map(legendItemSvg).join('')}</g>`;
}

const CALLOUT_OFFSET = 16;

/** A numbered callout just above and right of what the note is about. */
function calloutSvg(note: SceneNote): string {
  const cx = note.x + CALLOUT_OFFSET;
  const cy = note.y - CALLOUT_OFFSET;
  return (
    `<g class="note-callout"><line x1="${n(note.x)}" y1="${n(note.y)}" x2="${n(cx)}" y2="${n(cy)}" stroke="#b45309" stroke-width="1.2"/>` +
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="9" fill="#fde68a" stroke="#b45309" stroke-width="1.2"/>` +
    `<text x="${n(cx)}" y="${n(cy + 3.5)}" text-anchor="middle" font-size="10" font-weight="bold" fill="#78350f">${note.number}</text></g>`
  );
}

/** The bounding box of nodes including their labels (and note callouts), in graph coordinates. */
function sceneBounds(scene: Scene) {
  if (!scene.nodes.length) return { x1: 0, y1: 0, x2: 1, y2: 1 };
  const callouts = scene.notes ?? [];
  const xs = scene.nodes.flatMap((v) => [
    v.x - Math.max(v.size / 2, LABEL_WIDTH / 2),
    v.x + Math.max(v.size / 2, LABEL_WIDTH / 2),
  ]);
  const ys = scene.nodes.flatMap((v) => [v.y - v.size / 2, v.y + v.size / 2 + 5 + 3 * (NODE_FONT + 2)]);
  for (const c of callouts) {
    xs.push(c.x - 10, c.x + CALLOUT_OFFSET + 10);
    ys.push(c.y - CALLOUT_OFFSET - 10, c.y + 10);
  }
  return { x1: Math.min(...xs) - PAD, y1: Math.min(...ys) - PAD, x2: Math.max(...xs) + PAD, y2: Math.max(...ys) + PAD };
}

export function sceneToSvg(scene: Scene, { background }: { background: 'white' | 'transparent' }): string {
  const box = sceneBounds(scene);
  const frame = frameExport(
    Math.ceil(box.x2 - box.x1),
    Math.ceil(box.y2 - box.y1),
    sceneLegend(scene),
    scene.sourceLine,
    1,
    (scene.notes ?? []).map((note) => note.line),
  );
  const nodes = new Map(scene.nodes.map((v) => [v.id, v]));
  const offsets = bendOffsets(scene.edges);
  const shift = `translate(${n(frame.graph.x - box.x1)} ${n(frame.graph.y - box.y1)})`;
  // On a transparent image the text below the graph keeps a white ground, so it reads on any page.
  const bg =
    background === 'white'
      ? `<rect width="100%" height="100%" fill="#ffffff"/>`
      : `<rect class="caption-ground" x="0" y="${n(frame.captionTop)}" width="100%" height="${n(frame.height - frame.captionTop)}" fill="#ffffff"/>`;
  const source = frame.sourceLines
    .map((l) => `<text x="${n(l.x)}" y="${n(l.y + 11)}" font-size="11" fill="#52606d">${escapeXml(l.text)}</text>`)
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${FONT_FAMILY}">`,
    `<defs>${markerDefs()}</defs>`,
    bg,
    `<g class="graph" transform="${shift}">`,
    `<g class="edges">${scene.edges.map((e) => edgeSvg(e, nodes, offsets.get(e.id) ?? 0)).join('')}</g>`,
    `<g class="nodes">${scene.nodes.map(nodeSvg).join('')}</g>`,
    `<g class="notes">${(scene.notes ?? []).map(calloutSvg).join('')}</g>`,
    `</g>`,
    `<g class="note-text">${frame.noteLines.map((l) => `<text x="${n(l.x)}" y="${n(l.y + 12)}" font-size="12" fill="${LABEL_COLOR}">${escapeXml(l.text)}</text>`).join('')}</g>`,
    legendSvg(frame),
    `<g class="source">${source}</g>`,
    `</svg>`,
  ].join('\n');
}
