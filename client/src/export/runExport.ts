// Runs an export choice against the canvas and hands the file to the browser.
import type { Core } from 'cytoscape';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { sceneFromCanvas } from './canvasScene.ts';
import { exportData, isDataFormat } from '../exposure/dataExport.ts';
import { downloadBlob } from './download.ts';
import type { ExportChoice } from './ExportMenu.tsx';
import { collectEntityDetails, sceneToJson } from './jsonExport.ts';
import type { Note } from '../notes/notes.ts';
import { exportPng } from './pngExport.ts';
import { sceneToSvg } from './svgSerializer.ts';

const FILE_STEM = 'sanctions-graph';

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
  const scene = sceneFromCanvas(cy, state, undefined, drawNotes ? notes : []);
  if (!scene.nodes.length) throw new Error('The canvas is empty: there is nothing to export.');
  if (isDataFormat(choice.format))
    return exportData(
      api,
      choice.format,
      scene.nodes.map((n) => n.id).filter((id) => state.nodes[id]),
      FILE_STEM,
    );
  if (choice.format === 'png') {
    const png = await exportPng(cy, scene, choice);
    downloadBlob(png.blob, `${FILE_STEM}.png`);
    return `Exported PNG, ${png.width} × ${png.height} px.`;
  }
  if (choice.format === 'svg') {
    downloadBlob(new Blob([sceneToSvg(scene, choice)], { type: 'image/svg+xml' }), `${FILE_STEM}.svg`);
    return `Exported SVG with ${scene.nodes.length} nodes and ${scene.edges.length} links.`;
  }
  const details = await collectEntityDetails(
    api,
    scene.nodes.map((n) => n.id).filter((id) => state.nodes[id]),
    progress,
  );
  const json = sceneToJson(scene, state, details, undefined, notes);
  downloadBlob(new Blob([json], { type: 'application/json' }), `${FILE_STEM}.json`);
  return `Exported JSON with ${scene.nodes.length} nodes and ${scene.edges.length} links, with their sources.`;
}
