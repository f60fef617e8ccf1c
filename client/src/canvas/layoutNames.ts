export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force (fCoSE)',
  concentric: 'Concentric by degree',
  breadthfirst: 'Hierarchy',
  grid: 'Grid',
};
