// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { useLoaded } from './useLoaded.ts';

/** A load the test settles by hand, to make answers arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('loading from the API in a component', () => {
  it('shows the answer for the entity now selected, never a slower answer for the one selected before', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const signals: Record<string, AbortSignal> = {};
    const { result, rerender } = renderHook(
      ({ id }: { id: 'a' | 'b' }) => useLoaded(id, (signal) => ((signals[id] = signal), answers[id].promise)),
      { initialProps: { id: 'a' as 'a' | 'b' } },
    );
    await waitFor(() => expect(signals.a).toBeDefined());
    rerender({ id: 'b' });
    await waitFor(() => expect(signals.b).toBeDefined());
    expect(signals.a.aborted).toBe(true);
    await act(async () => answers.a.resolve('answer for a'));
    expect(result.current).toEqual({ data: null, error: null, loading: true });
    await act(async () => answers.b.resolve('answer for b'));
    expect(result.current).toEqual({ data: 'answer for b', error: null, loading: false });
  });

  it('says what went wrong when the request fails, and loads nothing for no key', async () => {
    const failing = renderHook(() => useLoaded('x', () => Promise.reject(new Error('No entity with id "x".'))));
    await waitFor(() => expect(failing.result.current.error).toBe('No entity with id "x".'));
    const none = renderHook(() => useLoaded(null, () => Promise.resolve('never')));
    expect(none.result.current).toEqual({ data: null, error: null, loading: false });
  });

  it('keeps the last suggestions on screen while the next ones load', async () => {
    const next = deferred<string>();
    const { result, rerender } = renderHook(
      ({ q }: { q: string }) =>
        useLoaded(q, () => (q === 'pri' ? Promise.resolve('Prince Group') : next.promise), { keepPrevious: true }),
      { initialProps: { q: 'pri' } },
    );
    await waitFor(() => expect(result.current.data).toBe('Prince Group'));
    rerender({ q: 'prin' });
    expect(result.current).toEqual({ data: 'Prince Group', error: null, loading: true });
    await act(async () => next.resolve('Prince Holding'));
    await waitFor(() => expect(result.current.data).toBe('Prince Holding'));
  });
});
