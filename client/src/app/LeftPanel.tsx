// The left column: link filters, show-only property filters, the path finder and the legend.
import type { Core } from 'cytoscape';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { EdgeFilters } from '../filters/EdgeFilters.tsx';
import { filterChoices, type ShowOnlyMarks } from '../filters/showOnly.ts';
import { ShowOnlyFilters } from '../filters/ShowOnlyFilters.tsx';
import { PathFinder, type PathEnd } from '../paths/PathFinder.tsx';
import { Legend } from '../styles/Legend.tsx';
import { canvasLegend, edgeCountsByGroup } from './graphSummary.ts';
import type { ExplorerActions } from './useExplorerActions.ts';

export interface PathEnds {
  from: PathEnd | null;
  to: PathEnd | null;
}

interface LeftPanelProps {
  api: ApiClient;
  state: GraphState;
  actions: ExplorerActions;
  pathEnds: PathEnds;
  onPathEnds(update: (ends: PathEnds) => PathEnds): void;
  selection: PathEnd | null;
  busy: boolean;
  cy: Core | null;
  marks: ShowOnlyMarks;
}

export function LeftPanel(props: LeftPanelProps) {
  const { api, state, actions, pathEnds, onPathEnds, selection, busy, cy, marks } = props;
  const { from, to } = pathEnds;
  return (
    <nav className="left-panel">
      <EdgeFilters hidden={state.hiddenGroups} counts={edgeCountsByGroup(state)} onChange={actions.setHiddenGroups} />
      <ShowOnlyFilters
        showOnly={state.showOnly}
        marks={marks}
        choices={filterChoices(state)}
        onChange={actions.setShowOnly}
      />
      <PathFinder
        api={api}
        from={from}
        to={to}
        selection={selection}
        busy={busy}
        onChange={(end, value) => onPathEnds((p) => ({ ...p, [end]: value }))}
        onFind={actions.findPath}
        cy={cy}
      />
      <Legend entries={canvasLegend(state)} />
    </nav>
  );
}
