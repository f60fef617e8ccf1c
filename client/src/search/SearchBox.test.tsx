// @vitest-environment jsdom
// The search box against the real API server and the seeded Neo4j.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SearchHit } from '@api/types.ts';
import { useRealApi } from '../../../tests/support/realApi.ts';
import { SearchBox } from './SearchBox.tsx';

const real = useRealApi();
afterEach(cleanup);

const type = (text: string) => fireEvent.change(screen.getByRole('combobox'), { target: { value: text } });

describe('the search box', () => {
  it('suggests Chen Zhi for his alias Vincent, with his kind, the alias that matched and a sanctioned badge', async () => {
    render(<SearchBox api={real.api} label="Search entities" onPick={() => {}} />);
    type('Vincent');
    const option = await screen.findByRole('option', { name: /Chen Zhi/ }, { timeout: 10_000 });
    expect(option.textContent).toContain('alias “Vincent”');
    expect(option.textContent).toContain('Person');
    expect(option.textContent).toContain('Sanctioned');
  });

  it('tells Prince Holding Group apart from the other Prince companies by its OFAC list id', async () => {
    render(<SearchBox api={real.api} label="Search entities" onPick={() => {}} />);
    type('prince holdng');
    const option = await screen.findByRole('option', { name: /^Prince Holding Group/ }, { timeout: 10_000 });
    expect(option.querySelector('.suggestion-detail')?.textContent).toContain('list id 54750');
    const details = screen.getAllByRole('option').map((o) => o.querySelector('.suggestion-detail')?.textContent);
    expect(details.filter(Boolean).length).toBeGreaterThan(1);
  });

  it('picks the highlighted suggestion with the arrow keys and Enter', async () => {
    const picked: SearchHit[] = [];
    render(<SearchBox api={real.api} label="Search entities" onPick={(hit) => picked.push(hit)} />);
    type('prince holding');
    await screen.findAllByRole('option', {}, { timeout: 10_000 });
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(picked.map((h) => h.id)).toEqual(['prince-holding-group']);
    expect((input as HTMLInputElement).value).toBe('');
  });

  it("says so when nothing matches, and shows the server's message when the query is refused", async () => {
    render(<SearchBox api={real.api} label="Search entities" onPick={() => {}} />);
    type('qqqzzzxxyy');
    await screen.findByText(/No match for “qqqzzzxxyy”/, {}, { timeout: 10_000 });
    type('x'.repeat(300));
    await waitFor(() => expect(document.querySelector('.suggestion-status.error')?.textContent).toMatch(/200/), {
      timeout: 10_000,
    });
  });
});
