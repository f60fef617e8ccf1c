// Positions for the Concentric and Hierarchy layouts, computed from each node's label size so that no two labels
// collide: Cytoscape's own concentric and breadthfirst space nodes by their largest side (or not at all by labels)
// and put a whole level in one row, which left the fitted picture too small to read.
import { LABEL_FONT_SIZE, LABEL_MARGIN_Y, LABEL_MAX_WIDTH, MORE_SIZE } from '../styles/graphStyles.ts';

export interface LayoutNode {
  id: string;
  label: string;
  /** The node's diameter. */
  size: number;
  /** Sanctioned nodes have bold labels, which are wider. */
  bold?: boolean;
  /** A "+N more" marker: its label is drawn inside it. */
  more?: boolean;
}
export interface LayoutEdge {
  source: string;
  target: string;
}
export type Positions = Record<string, { x: number; y: number }>;

/** What a node and its label take up, relative to the node's centre (the label hangs below the node). */
export interface LabelBox {
  width: number;
  above: number;
  below: number;
}

/** Average glyph width of the label font at LABEL_FONT_SIZE, to count the lines a label wraps into. */
const CHAR_WIDTH = LABEL_FONT_SIZE * 0.56;
const BOLD_FACTOR = 1.1;
const LINE_HEIGHT = LABEL_FONT_SIZE * 1.25;
/** The node's border, and the white outline drawn around label text, on each side. */
const OUTLINE = 3;
/** Cytoscape's label bounds add a margin of error of 4 px to the outline on each side. */
const TEXT_PAD = OUTLINE + 4;

/** The lines Cytoscape wraps a label into: at spaces, each line at most LABEL_MAX_WIDTH wide where words allow. */
function wrappedLines(text: string, charWidth: number): number[] {
  const lines: number[] = [];
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const width = word.length * charWidth;
    const joined = line ? line + charWidth + width : width;
    if (line && joined > LABEL_MAX_WIDTH) {
      lines.push(line);
      line = width;
    } else line = joined;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** An upper estimate of the node with its label, for spacing layouts (headless Cytoscape cannot measure text). */
export function labelBox(node: LayoutNode): LabelBox {
  if (node.more) return { width: MORE_SIZE.width, above: MORE_SIZE.height / 2, below: MORE_SIZE.height / 2 };
  const lines = node.label ? wrappedLines(node.label, CHAR_WIDTH * (node.bold ? BOLD_FACTOR : 1)) : [];
  // A wrapped label's lines can fill the whole maximum width, however the estimate broke them.
  const textWidth = Math.max(lines.length > 1 ? LABEL_MAX_WIDTH : 0, ...lines) + 2 * TEXT_PAD;
  const textHeight = lines.length ? lines.length * LINE_HEIGHT + LABEL_MARGIN_Y + OUTLINE : 0;
  const half = node.size / 2 + OUTLINE;
  return { width: Math.max(2 * half, textWidth), above: half, below: half + textHeight };
}

/** Space between neighbouring label boxes, horizontally and vertically. */
export const LABEL_GAP = { x: 14, y: 10 };

/** At most this many nodes in a row of the hierarchy: a wider level wraps, so the fitted picture stays readable. */
export const HIERARCHY_ROW = 8;
/** A narrow canvas takes rows as short as this, so that the picture fills its height instead of shrinking. */
export const HIERARCHY_MIN_ROW = 3;
/** Wrapped rows of one level sit closer together than the levels do, so the levels still read as levels. */
const ROW_GAP = LABEL_GAP.y;
const LEVEL_GAP = 56;

/** Neighbours of each node, sorted so that the same graph always gives the same picture. */
function adjacency(nodes: LayoutNode[], edges: LayoutEdge[]): Map<string, string[]> {
  const adj = new Map(nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of edges) {
    if (e.source === e.target || !adj.has(e.source) || !adj.has(e.target)) continue;
    adj.get(e.source)!.add(e.target);
    adj.get(e.target)!.add(e.source);
  }
  return new Map([...adj].map(([id, set]) => [id, [...set].sort()]));
}

/** Highest degree first, then by id: the order roots and rings are picked in. */
function byDegree(adj: Map<string, string[]>): string[] {
  return [...adj.keys()].sort((a, b) => adj.get(b)!.length - adj.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Levels by breadth-first search from the roots; every component no root reaches starts from its highest-degree
 * node (as Cytoscape's breadthfirst does), its levels merged with the others' by depth.
 */
export function hierarchyLevels(nodes: LayoutNode[], edges: LayoutEdge[], roots: string[]): string[][] {
  const adj = adjacency(nodes, edges);
  const seen = new Set<string>();
  const levels: string[][] = [];
  const search = (start: string[]) => {
    let frontier = start.filter((id) => adj.has(id) && !seen.has(id));
    frontier.forEach((id) => seen.add(id));
    for (let depth = 0; frontier.length; depth++) {
      (levels[depth] ??= []).push(...frontier);
      const next: string[] = [];
      for (const id of frontier)
        for (const n of adj.get(id)!) {
          if (seen.has(n)) continue;
          seen.add(n);
          next.push(n);
        }
      frontier = next;
    }
  };
  search([...new Set(roots)]);
  for (const id of byDegree(adj)) if (!seen.has(id)) search([id]);
  return levels;
}

/** Splits a level into as few rows of at most `perRow` as possible, of even lengths (16 → 8 + 8, 9 → 5 + 4). */
export function wrapRow<T>(level: T[], perRow: number): T[][] {
  const count = Math.ceil(level.length / perRow);
  const length = Math.ceil(level.length / count);
  return Array.from({ length: count }, (_, i) => level.slice(i * length, (i + 1) * length));
}

/** Places one row centred on x = 0 with its top at `top`; answers the row's height. */
function placeRow(row: LayoutNode[], top: number, positions: Positions): number {
  const boxes = row.map(labelBox);
  const width = boxes.reduce((sum, b) => sum + b.width, 0) + LABEL_GAP.x * (row.length - 1);
  const above = Math.max(...boxes.map((b) => b.above));
  let left = -width / 2;
  row.forEach((node, i) => {
    positions[node.id] = { x: left + boxes[i].width / 2, y: top + above };
    left += boxes[i].width + LABEL_GAP.x;
  });
  return above + Math.max(...boxes.map((b) => b.below));
}

/** The Hierarchy layout: levels from the roots downwards, each wrapped into rows spaced by their labels. */
export function hierarchyPositions(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  roots: string[],
  perRow = HIERARCHY_ROW,
): Positions {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const positions: Positions = {};
  let top = 0;
  for (const level of hierarchyLevels(nodes, edges, roots)) {
    wrapRow(level, perRow).forEach((row, i) => {
      if (i) top += ROW_GAP;
      top += placeRow(
        row.map((id) => byId.get(id)!),
        top,
        positions,
      );
    });
    top += LEVEL_GAP;
  }
  return positions;
}

/** The zoom at which these positions, labels included, fit a canvas of this size. */
function fittedZoom(nodes: LayoutNode[], positions: Positions, canvas: { width: number; height: number }): number {
  const boxes = nodes.map((n) => ({ at: positions[n.id], box: labelBox(n) }));
  const left = Math.min(...boxes.map(({ at, box }) => at.x - box.width / 2));
  const right = Math.max(...boxes.map(({ at, box }) => at.x + box.width / 2));
  const top = Math.min(...boxes.map(({ at, box }) => at.y - box.above));
  const bottom = Math.max(...boxes.map(({ at, box }) => at.y + box.below));
  return Math.min(canvas.width / (right - left), canvas.height / (bottom - top));
}

/**
 * The Hierarchy for a canvas of this size (less its fit margins): of the row lengths from HIERARCHY_ROW down to
 * HIERARCHY_MIN_ROW, the one whose picture fits at the largest zoom, the longer on a tie.
 */
export function fittedHierarchy(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  roots: string[],
  canvas?: { width: number; height: number },
): Positions {
  let best = hierarchyPositions(nodes, edges, roots, HIERARCHY_ROW);
  if (!canvas || !nodes.length) return best;
  let bestZoom = fittedZoom(nodes, best, canvas);
  for (let perRow = HIERARCHY_ROW - 1; perRow >= HIERARCHY_MIN_ROW; perRow--) {
    const positions = hierarchyPositions(nodes, edges, roots, perRow);
    const zoom = fittedZoom(nodes, positions, canvas);
    if (zoom > bestZoom + 1e-9) [best, bestZoom] = [positions, zoom];
  }
  return best;
}

type Point = { x: number; y: number };

/** Corners of ring k (a square of half-side k in label-box units), clockwise from the top left, and side directions. */
const SIDES = [
  { from: { x: -1, y: -1 }, along: { x: 1, y: 0 } },
  { from: { x: 1, y: -1 }, along: { x: 0, y: 1 } },
  { from: { x: 1, y: 1 }, along: { x: -1, y: 0 } },
  { from: { x: -1, y: 1 }, along: { x: 0, y: -1 } },
];

/**
 * `count` (at most 8k) points on ring k, shared out over its four sides. A side's n points are 2k/n ≥ 1 apart; with
 * n ≤ k they are centred on the side (k/n ≥ 1 from each corner), otherwise they start at its corner. Either way a
 * point and its neighbour round a corner are at least 1 apart in x or in y, so their unit boxes do not meet.
 */
function squareRing(k: number, count: number): Point[] {
  if (k === 0) return count ? [{ x: 0, y: 0 }] : [];
  return SIDES.flatMap(({ from, along }, side) => {
    const n = Math.floor(count / 4) + (side < count % 4 ? 1 : 0);
    const offset = n <= k ? 0.5 : 0;
    return Array.from({ length: n }, (_, i) => {
      const d = ((i + offset) * 2 * k) / n;
      return { x: from.x * k + along.x * d, y: from.y * k + along.y * d };
    });
  });
}

/**
 * The Concentric layout: the highest-degree node in the middle, then rings outwards by falling degree. In units of
 * the largest label box (w wide, h high, gaps included) every box fits in a unit square, and ring k is the square
 * of half-side k, holding 8k nodes: rings are 1 apart in x or y, and so are neighbours on a ring (squareRing), so no
 * two boxes meet, packed as densely as a grid (round rings need √2 between neighbours and between rings).
 */
export function concentricPositions(nodes: LayoutNode[], edges: LayoutEdge[]): Positions {
  const boxes = nodes.map(labelBox);
  const w = Math.max(0, ...boxes.map((b) => b.width)) + LABEL_GAP.x;
  const h = Math.max(0, ...boxes.map((b) => b.above)) + Math.max(0, ...boxes.map((b) => b.below)) + LABEL_GAP.y;
  const order = byDegree(adjacency(nodes, edges));
  const positions: Positions = {};
  for (let k = 0, placed = 0; placed < order.length; k++) {
    const ring = squareRing(k, Math.min(k ? 8 * k : 1, order.length - placed));
    ring.forEach((p, i) => (positions[order[placed + i]] = { x: p.x * w, y: p.y * h }));
    placed += ring.length;
  }
  return positions;
}
