// Every visual choice of the graph in one place: kinds, edge groups, sanctions, labels, and the stylesheet
// Cytoscape draws with. The SVG and PNG exports and the legend read the same tables, so they always match.
import type { GraphEdge } from '@api/types.ts';
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type EdgeGroup,
  type EntityKind,
  type RelationshipType,
} from '@model/schema.ts';

export type NodeShape =
  'ellipse' | 'round-rectangle' | 'rectangle' | 'hexagon' | 'diamond' | 'pentagon' | 'octagon' | 'triangle' | 'star';

export interface KindStyle {
  label: string;
  color: string;
  shape: NodeShape;
}

/** Colour and shape per entity kind: shape tells people from companies from places even in print. */
export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  Person: { label: ENTITY_KINDS.Person.label, color: '#3b6fd8', shape: 'ellipse' },
  Company: { label: ENTITY_KINDS.Company.label, color: '#14897a', shape: 'round-rectangle' },
  Organization: { label: ENTITY_KINDS.Organization.label, color: '#7653c9', shape: 'hexagon' },
  LegalEntity: { label: ENTITY_KINDS.LegalEntity.label, color: '#5f7183', shape: 'rectangle' },
  PublicBody: { label: ENTITY_KINDS.PublicBody.label, color: '#a86a12', shape: 'pentagon' },
  Country: { label: ENTITY_KINDS.Country.label, color: '#3f8f3a', shape: 'diamond' },
  Event: { label: ENTITY_KINDS.Event.label, color: '#c0457e', shape: 'star' },
  Address: { label: ENTITY_KINDS.Address.label, color: '#8a7560', shape: 'octagon' },
  CryptoWallet: { label: ENTITY_KINDS.CryptoWallet.label, color: '#c2771b', shape: 'octagon' },
  Vessel: { label: ENTITY_KINDS.Vessel.label, color: '#1f7ea8', shape: 'triangle' },
  Airplane: { label: ENTITY_KINDS.Airplane.label, color: '#3d5a99', shape: 'triangle' },
};

export interface EdgeGroupStyle {
  label: string;
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  width: number;
  /** Whether the edge's label is drawn at normal zoom and in exports; others show it when zoomed in or selected. */
  labelled: boolean;
}

export const EDGE_GROUP_STYLES: Record<EdgeGroup, EdgeGroupStyle> = {
  ownership: { label: 'Ownership', color: '#1d4ed8', line: 'solid', width: 2.5, labelled: true },
  control: { label: 'Control / directorship', color: '#6d28d9', line: 'dashed', width: 2, labelled: true },
  sanction: { label: 'Sanction', color: '#dc2626', line: 'solid', width: 2.2, labelled: true },
  family: { label: 'Family / associate', color: '#d97706', line: 'dotted', width: 2, labelled: true },
  event: { label: 'Event', color: '#be185d', line: 'dashed', width: 1.4, labelled: false },
  other: { label: 'Other link', color: '#9aa5b1', line: 'solid', width: 1.2, labelled: false },
};

export const EDGE_GROUPS = Object.keys(EDGE_GROUP_STYLES) as EdgeGroup[];

export const SANCTIONED_COLOR = '#dc2626';
/** Blocked by derivation, not listed: amber, unlike a listing's red. */
export const DERIVED_COLOR = '#d97706';
export const LABEL_COLOR = '#1f2933';
export const NODE_SIZE = 30;
/** Node labels: the layouts read these to leave each label its room. */
export const LABEL_FONT_SIZE = 11;
export const LABEL_MAX_WIDTH = 130;
export const LABEL_MARGIN_Y = 5;
/** The "+N more" marker, its label drawn inside. */
export const MORE_SIZE = { width: 74, height: 26 };
/** Above this many edges, edges are drawn as cheap straight "haystack" lines without labels or arrows. */
export const LARGE_GRAPH_EDGES = 800;

export const edgeGroupOf = (type: RelationshipType): EdgeGroup => RELATIONSHIP_TYPES[type]?.group ?? 'other';

/** The short text on an edge: its type, the percentage on ownership, the program on sanctions, the role elsewhere. */
export function edgeLabel(edge: Pick<GraphEdge, 'type' | 'percentage' | 'program' | 'role'>): string {
  const base = RELATIONSHIP_TYPES[edge.type]?.label ?? edge.type.toLowerCase();
  if (typeof edge.percentage === 'number') return `${base} ${edge.percentage}%`;
  if (edge.type === 'SANCTIONED_BY' && edge.program) return shorten(edge.program, 30);
  if (typeof edge.role === 'string' && edge.role) return shorten(`${base} (${edge.role})`, 30);
  return base;
}

/** Cuts text to `max` characters with an ellipsis, so long names and roles do not cover their neighbours. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const nodeLabel = (name: string) => shorten(name, 38);

/** Bigger nodes for better-connected entities, within bounds so hubs do not swallow the canvas. */
export function nodeSize(degree: number): number {
  return Math.round(NODE_SIZE + Math.min(26, Math.sqrt(Math.max(0, degree)) * 3));
}

type Rule = { selector: string; style: Record<string, string | number> };

function kindRules(): Rule[] {
  return Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
}

function groupRules(): Rule[] {
  return Object.entries(EDGE_GROUP_STYLES).map(([group, s]) => ({
    selector: `edge[group = "${group}"]`,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      'line-style': s.line,
      width: s.width,
      color: s.color,
      // Minor links only show their text when zoomed in, keeping the overview readable.
      'min-zoomed-font-size': s.labelled ? 7 : 14,
    },
  }));
}

/** The whole Cytoscape stylesheet; `large` trades edge detail for speed on big graphs. */
/** `selection: false` leaves out the marks of selected elements (for exported pictures). */
export function buildStylesheet({ large = false, selection = true } = {}): Rule[] {
  return allRules(large).filter((rule) => selection || !rule.selector.includes(':selected'));
}

function allRules(large: boolean): Rule[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'font-family': 'Inter, "Segoe UI", "DejaVu Sans", Arial, sans-serif',
        'font-size': LABEL_FONT_SIZE,
        color: LABEL_COLOR,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN_Y,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2.5,
        'min-zoomed-font-size': 7,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...kindRules(),
    {
      selector: 'node[?sanctioned]',
      style: { 'border-color': SANCTIONED_COLOR, 'border-width': 4.5, 'font-weight': 'bold' },
    },
    // Seen as of a date before its listing: the sanction mark comes off.
    { selector: 'node.unlisted', style: { 'border-color': '#ffffff', 'border-width': 2, 'font-weight': 'normal' } },
    {
      selector: 'node.more',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef2f7',
        'border-color': '#94a3b8',
        'border-width': 1.5,
        'border-style': 'dashed',
        width: MORE_SIZE.width,
        height: MORE_SIZE.height,
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-weight': 'bold',
        color: '#334155',
        'text-outline-width': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'haystack' : 'bezier',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.9,
        label: large ? '' : 'data(label)',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        opacity: 0.9,
      },
    },
    ...groupRules(),
    {
      selector: 'edge.more-link',
      style: { 'line-style': 'dashed', 'line-color': '#cbd5e1', 'target-arrow-shape': 'none', label: '' },
    },
    { selector: '.filtered', style: { display: 'none' } },
    // Blocked by derivation (OFAC 50% rule, UK ownership/control), not listed: dashed amber, unlike a listing's solid red.
    {
      selector: 'node.exposure-derived',
      style: { 'border-color': DERIVED_COLOR, 'border-width': 4.5, 'border-style': 'dashed' },
    },
    { selector: '.path', style: { 'underlay-color': '#facc15', 'underlay-opacity': 0.55, 'underlay-padding': 6 } },
    // The path being read in the path finder's steps, above the others.
    {
      selector: '.path-current',
      style: { 'underlay-color': '#ea580c', 'underlay-opacity': 0.6, 'underlay-padding': 8 },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.32, 'overlay-padding': 8, 'overlay-shape': 'ellipse' },
    },
    {
      selector: 'edge:selected',
      style: { width: 4.5, 'overlay-color': '#2563eb', 'overlay-opacity': 0.15, 'min-zoomed-font-size': 0 },
    },
    { selector: '.faded', style: { opacity: 0.25 } },
  ];
}
