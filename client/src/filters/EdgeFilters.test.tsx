// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { EdgeGroup } from '@model/schema.ts';
import { EdgeFilters } from './EdgeFilters.tsx';

afterEach(cleanup);

function renderFilters(hidden: EdgeGroup[] = []) {
  const changes: EdgeGroup[][] = [];
  render(<EdgeFilters hidden={hidden} counts={{ sanction: 17, other: 25 }} onChange={(h) => changes.push(h)} />);
  return changes;
}

describe('edge filters', () => {
  it('lists every link group with how many links of it are on the canvas', () => {
    renderFilters();
    expect(screen.getByLabelText('Show Sanction links').closest('label')?.textContent).toContain('17');
    expect(screen.getByLabelText('Show Ownership links').closest('label')?.textContent).toContain('0');
  });

  it('shows only sanction links with one click', () => {
    const changes = renderFilters();
    const row = screen.getByLabelText('Show Sanction links').closest('.filter-row') as HTMLElement;
    fireEvent.click(row.querySelector('button')!);
    expect(changes).toEqual([['ownership', 'control', 'family', 'event', 'other']]);
  });

  it('hides and shows one group with its checkbox, and offers to show all when some are hidden', () => {
    const changes = renderFilters(['other']);
    expect((screen.getByLabelText('Show Other link links') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Show Other link links'));
    fireEvent.click(screen.getByLabelText('Show Event links'));
    fireEvent.click(screen.getByText('Show all links'));
    expect(changes).toEqual([[], ['other', 'event'], []]);
  });
});
