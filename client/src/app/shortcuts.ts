// The keyboard shortcuts, listed once: the `?` overlay and the side panel's hint both read this table.
export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['/'], action: 'Focus the search box' },
  { keys: ['Click'], action: 'Select one node or link' },
  { keys: ['Shift+Click', 'Ctrl+Click'], action: 'Add a node to the selection (or take it out)' },
  { keys: ['Shift+Drag'], action: 'Select every node in a box' },
  { keys: ['Delete', 'Backspace'], action: 'Remove the selected nodes from the canvas (asks when more than one)' },
  { keys: ['Escape'], action: 'Clear the selection and close menus' },
  { keys: ['Ctrl+Z'], action: 'Undo the last canvas step (saved changes stay in the database)' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
  { keys: ['?'], action: 'Show these shortcuts' },
];
