// The view in the URL (nodes, hidden edge groups, show-only filters, selection, layout), so that a copied link
// reopens it.
import type { EdgeGroup } from '@model/schema.ts';
import { cleanShowOnly, isFiltering, SHOW_ONLY_KEYS, type ShowOnly } from '../filters/showOnly.ts';
import { EDGE_GROUPS } from '../styles/graphStyles.ts';
import { LAYOUT_NAMES, type LayoutName } from '../canvas/layoutNames.ts';

export interface ViewState {
  nodeIds: string[];
  hiddenGroups: EdgeGroup[];
  /** The show-only filters, under the search API's parameter names (`jurisdiction=KH`). */
  showOnly?: ShowOnly;
  selectedId: string | null;
  layout: LayoutName;
  /** The saved investigation this view belongs to. */
  investigationId?: string;
  /** The timeline's date, when the view is seen as of a day in the past. */
  asOf?: string;
}

/** More ids than this would make links too long for some browsers and chat tools to carry. */
export const MAX_URL_NODES = 400;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const list = (value: string | null) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export function encodeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.nodeIds.length) params.set('nodes', view.nodeIds.slice(0, MAX_URL_NODES).join(','));
  if (view.hiddenGroups.length) params.set('hide', [...view.hiddenGroups].sort().join(','));
  for (const key of SHOW_ONLY_KEYS) if (view.showOnly?.[key]) params.set(key, view.showOnly[key]);
  if (view.selectedId) params.set('sel', view.selectedId);
  if (view.layout !== 'fcose') params.set('layout', view.layout);
  if (view.investigationId) params.set('inv', view.investigationId);
  if (view.asOf) params.set('asOf', view.asOf);
  // Commas and colons stay readable in a shared link.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** Reads a view back, dropping anything malformed rather than failing: a damaged link still opens. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const nodeIds = [...new Set(list(params.get('nodes')).filter((id) => ID_PATTERN.test(id)))].slice(0, MAX_URL_NODES);
  const hiddenGroups = list(params.get('hide')).filter((g): g is EdgeGroup => (EDGE_GROUPS as string[]).includes(g));
  const sel = params.get('sel');
  const layout = params.get('layout');
  const inv = params.get('inv');
  const asOf = params.get('asOf');
  const { showOnly } = cleanShowOnly(Object.fromEntries(params));
  return {
    investigationId: inv && /^inv-[0-9a-f-]{36}$/.test(inv) ? inv : undefined,
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
    nodeIds,
    hiddenGroups: [...new Set(hiddenGroups)],
    showOnly: isFiltering(showOnly) ? showOnly : undefined,
    selectedId: sel && ID_PATTERN.test(sel) ? sel : null,
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'fcose',
  };
}
