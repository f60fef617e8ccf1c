// What an export draws: the visible nodes and edges with their positions, plus the legend and source line.
import type { Source } from '@model/schema.ts';
import type { EdgeGroup, EntityKind } from '@model/schema.ts';
import { EDGE_GROUP_STYLES, KIND_STYLES, type NodeShape } from '../styles/graphStyles.ts';

export interface SceneNode {
  id: string;
  label: string;
  kind: EntityKind | 'more';
  sanctioned: boolean;
  x: number;
  y: number;
  size: number;
  /** On a found path (drawn with a yellow halo). */
  highlighted?: boolean;
  /** Blocked by derivation, not listed itself (drawn with a dashed amber border, as on the canvas). */
  derived?: boolean;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  group: EdgeGroup;
  highlighted?: boolean;
}

/** A note as a numbered callout at what it is about (graph coordinates), and its line of text below the picture. */
export interface SceneNote {
  number: number;
  x: number;
  y: number;
  line: string;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  sourceLine: string;
  /** Only when notes are shown on the canvas (the export's option). */
  notes?: SceneNote[];
}

export type LegendEntry =
  | { type: 'node'; label: string; color: string; shape: NodeShape; sanctioned: boolean }
  | { type: 'edge'; label: string; color: string; line: 'solid' | 'dashed' | 'dotted' };

/** Legend lines for what the picture actually shows, in the model's order. */
export function legendEntries(
  kinds: Iterable<string>,
  groups: Iterable<string>,
  anySanctioned: boolean,
): LegendEntry[] {
  const kindSet = new Set(kinds);
  const groupSet = new Set(groups);
  const entries: LegendEntry[] = Object.entries(KIND_STYLES)
    .filter(([kind]) => kindSet.has(kind))
    .map(([, s]) => ({ type: 'node', label: s.label, color: s.color, shape: s.shape, sanctioned: false }));
  if (anySanctioned)
    entries.push({
      type: 'node',
      label: 'Sanctioned (red ring)',
      color: '#e5e7eb',
      shape: 'ellipse',
      sanctioned: true,
    });
  for (const [group, s] of Object.entries(EDGE_GROUP_STYLES)) {
    if (groupSet.has(group)) entries.push({ type: 'edge', label: s.label, color: s.color, line: s.line });
  }
  return entries;
}

export function sceneLegend(scene: Scene): LegendEntry[] {
  const kinds = scene.nodes.map((n) => n.kind);
  return legendEntries(
    kinds,
    scene.edges.map((e) => e.group),
    scene.nodes.some((n) => n.sanctioned),
  );
}

/** "Sources: OFAC; UK FCDO; Reuters. Exported 2026-01-08 from Sanctions Graph Explorer.": every publisher, most cited first. */
export function describeSources(sources: Source[], exportedOn: string): string {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1);
  const publishers = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const lead = publishers.length ? `Sources: ${publishers.join('; ')}. ` : '';
  return `${lead}Exported ${exportedOn} from Sanctions Graph Explorer.`;
}
