// The one way a component loads from the API: the answer for the current key only (an answer that arrives after
// the key changed, or after the component left, is dropped and its request cancelled), optionally after a pause
// while the user types.
import { useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

interface Answer<T> extends Loaded<T> {
  key: string | null;
}

const idle = <T>(key: string | null): Answer<T> => ({ key, data: null, error: null, loading: key !== null });

/**
 * Loads `load(signal)` whenever `key` changes; a null key loads nothing. `load` is read when the key changes,
 * so it may close over anything the key stands for. With keepPrevious, the last answer is shown while the next loads.
 */
export function useLoaded<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
  { pauseMs = 0, keepPrevious = false }: { pauseMs?: number; keepPrevious?: boolean } = {},
): Loaded<T> {
  const [answer, setAnswer] = useState<Answer<T>>(() => idle(key));
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const settle = (next: Omit<Answer<T>, 'key' | 'loading'>) =>
      !controller.signal.aborted && setAnswer({ key, loading: false, ...next });
    const timer = setTimeout(() => {
      loadRef.current(controller.signal).then(
        (data) => settle({ data, error: null }),
        (error: Error) => settle({ data: null, error: error.message }),
      );
    }, pauseMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, pauseMs]);
  // While the user types, the last answer stays on screen until the next one arrives (no flicker).
  const shown =
    answer.key === key ? answer : keepPrevious && key !== null ? { ...answer, loading: true } : idle<T>(key);
  return { data: shown.data, error: shown.error, loading: shown.loading };
}
