// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ShowOnlyFilters } from './ShowOnlyFilters.tsx';
import type { ShowOnly, ShowOnlyMarks } from './showOnly.ts';

afterEach(cleanup);

const marks: ShowOnlyMarks = { hidden: new Set(), nodes: 8, nodesShown: 3, pending: 0, unknownLinks: 2 };
const choices = {
  programs: ['TCO'],
  authorities: [{ id: 'us-treasury-ofac', name: 'US Treasury OFAC' }],
  publishers: [],
};

function renderFilters(showOnly: ShowOnly = {}) {
  const changes: ShowOnly[] = [];
  render(<ShowOnlyFilters showOnly={showOnly} marks={marks} choices={choices} onChange={(s) => changes.push(s)} />);
  return changes;
}

describe('the show-only panel', () => {
  it('applies a kind at once and a nationality on Enter, keeping the other filters', () => {
    const changes = renderFilters({ list: 'us-treasury-ofac' });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'Person' } });
    const nationality = screen.getByLabelText('Nationality');
    fireEvent.change(nationality, { target: { value: 'KH' } });
    fireEvent.keyDown(nationality, { key: 'Enter' });
    expect(changes).toEqual([
      { list: 'us-treasury-ofac', kinds: 'Person' },
      { list: 'us-treasury-ofac', nationality: 'KH' },
    ]);
  });

  it('names a value the API would refuse instead of applying it', () => {
    const changes = renderFilters();
    const nationality = screen.getByLabelText('Nationality');
    fireEvent.change(nationality, { target: { value: 'Cambodia' } });
    fireEvent.blur(nationality);
    expect(changes).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/^Nationality: must be an ISO 3166-1 alpha-2 code/);
  });

  it('says how many nodes are shown and how many links an unknown value hid, and clears in one click', () => {
    expect(renderFilters().length).toBe(0);
    expect(screen.queryByText('Clear')).toBeNull();
    cleanup();
    const changes = renderFilters({ nationality: 'KH' });
    expect(screen.getByTestId('show-only-count').textContent).toBe(
      '3 of 8 nodes shown; 2 links hidden for an unknown value',
    );
    fireEvent.click(screen.getByText('Clear'));
    expect(changes).toEqual([{}]);
  });
});
