// Runs an export choice against the canvas and hands the file to the browser. Every format exports the same
// links: those the canvas shows (after filters), or, when asked, every link among the exported nodes.
import type { GraphEdge } from '@api/types.ts';
import type { Core } from 'cytoscape';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { EDGE_GROUP_STYLES, edgeGroupOf, edgeLabel } from '../styles/graphStyles.ts';
import { sceneFromCanvas } from './canvasScene.ts';
import { exportData, isDataFormat } from '../exposure/dataExport.ts';
import { downloadBlob } from './download.ts';
import type { ExportChoice } from './ExportMenu.tsx';
import { collectEntityDetails, sceneToJson } from './jsonExport.ts';
import type { Note } from '../notes/notes.ts';
import { exportPng } from './pngExport.ts';
import { describeSources, type Scene } from './scene.ts';
import { sceneToSvg } from './svgSerializer.ts';

const FILE_STEM = 'sanctions-graph';

/** The scene with every link among its nodes that the canvas does not draw (filtered or never revealed). */
async function withAllLinks(
  api: ApiClient,
  scene: Scene,
  ids: string[],
): Promise<{ scene: Scene; edges: GraphEdge[] }> {
  const { edges } = await api.subgraph(ids);
  const drawn = new Set(scene.edges.map((e) => e.id));
  const extra = edges
    .filter((e) => !drawn.has(e.id))
    .map((e) => {
      const group = edgeGroupOf(e.type);
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        group,
        label: EDGE_GROUP_STYLES[group].labelled ? edgeLabel(e) : '',
      };
    });
  const all = { ...scene, edges: [...scene.edges, ...extra] };
  return {
    scene: {
      ...all,
      sourceLine: describeSources(
        edges.flatMap((e) => e.sources),
        new Date().toISOString().slice(0, 10),
      ),
    },
    edges,
  };
}

/** Exports and answers a one-line summary for the status bar. */
export async function runExport(
  cy: Core,
  state: GraphState,
  api: ApiClient,
  choice: ExportChoice,
  progress: (text: string) => void,
  /** The notes: in the JSON always; drawn as callouts with their text below the picture when `drawNotes`. */
  notes: Note[] = [],
  drawNotes = true,
): Promise<string> {
  const shown = sceneFromCanvas(cy, state, undefined, drawNotes ? notes : []);
  if (!shown.nodes.length) throw new Error('The canvas is empty: there is nothing to export.');
  const ids = shown.nodes.map((n) => n.id).filter((id) => state.nodes[id]);
  if (isDataFormat(choice.format))
    return exportData(api, choice.format, ids, choice.links === 'all' ? null : shown.edges.map((e) => e.id), FILE_STEM);
  const { scene, edges } =
    choice.links === 'all' ? await withAllLinks(api, shown, ids) : { scene: shown, edges: Object.values(state.edges) };
  if (choice.format === 'png') {
    const png = await exportPng(cy, scene, choice);
    downloadBlob(png.blob, `${FILE_STEM}.png`);
    return `Exported PNG, ${png.width} × ${png.height} px.`;
  }
  if (choice.format === 'svg') {
    downloadBlob(new Blob([sceneToSvg(scene, choice)], { type: 'image/svg+xml' }), `${FILE_STEM}.svg`);
    return `Exported SVG with ${scene.nodes.length} nodes and ${scene.edges.length} links.`;
  }
  const details = await collectEntityDetails(api, ids, progress);
  const byId = new Map(edges.map((e) => [e.id, e]));
  const json = sceneToJson(scene, state, details, byId, undefined, notes);
  downloadBlob(new Blob([json], { type: 'application/json' }), `${FILE_STEM}.json`);
  return `Exported JSON with ${scene.nodes.length} nodes and ${scene.edges.length} links, with their sources.`;
}
