// The layouts on offer, tuned so that labels of neighbouring nodes do not collide.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './layoutNames.ts';

cytoscape.use(fcose);

/** `incremental` keeps nodes already placed roughly where they are, so expanding does not reshuffle the picture. */
export function layoutOptions(name: LayoutName, { incremental = false, nodeCount = 0 } = {}): cytoscape.LayoutOptions {
  const animate = nodeCount < 400;
  const common = { animate, animationDuration: 450, fit: true, padding: 40, nodeDimensionsIncludeLabels: true };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // Draft (spectral only) is the faster layout for a large canvas, but fCoSE's draft needs randomize: an
        // incremental draft throws (reading 'nodeIndexes'), which broke expanding a canvas past 1,000 nodes.
        quality: nodeCount > 1000 && !incremental ? 'draft' : 'default',
        randomize: !incremental,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 140,
        edgeElasticity: () => 0.3,
        nodeSeparation: 110,
        gravity: 0.25,
        numIter: 2500,
        packComponents: true,
      } as cytoscape.LayoutOptions;
    case 'concentric':
      return {
        name,
        ...common,
        minNodeSpacing: 36,
        concentric: (n: cytoscape.NodeSingular) => n.degree(false),
        levelWidth: () => 2,
      } as cytoscape.LayoutOptions;
    case 'breadthfirst':
      return { name, ...common, directed: false, spacingFactor: 1.15, circle: false } as cytoscape.LayoutOptions;
    case 'grid':
      return { name, ...common, avoidOverlapPadding: 24, condense: true } as cytoscape.LayoutOptions;
  }
}
