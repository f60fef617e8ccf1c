// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { ErrorBoundary } from './ErrorBoundary.tsx';

afterEach(cleanup);

function Broken(): never {
  throw new Error('Cannot read the graph state');
}

describe('the error boundary', () => {
  it('shows a readable message and a way back instead of a blank page when rendering fails', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toContain('Cannot read the graph state');
    expect(screen.getByRole('button', { name: /Start again/ })).toBeTruthy();
  });
});
