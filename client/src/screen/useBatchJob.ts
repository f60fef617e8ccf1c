// A batch screening job as the Screen page follows it: started, polled until it is done, then its results read.
import type { BatchJobStatus, BatchRowResult } from '@api/types.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type { BatchContent } from './batchContent.ts';

const POLL_MS = 600;

export interface BatchJobView {
  job: BatchJobStatus | null;
  results: BatchRowResult[] | null;
  error: string | null;
  start: (batch: BatchContent, minScore: number) => Promise<void>;
}

export function useBatchJob(api: ApiClient): BatchJobView {
  const [job, setJob] = useState<BatchJobStatus | null>(null);
  const [results, setResults] = useState<BatchRowResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const follow = useCallback(
    async (id: string) => {
      try {
        const status = await api.batchStatus(id);
        setJob(status);
        if (status.status === 'running') timer.current = setTimeout(() => void follow(id), POLL_MS);
        else if (status.status === 'done') setResults((await api.batchResults(id)).results);
        else setError(status.error ?? 'The job failed.');
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [api],
  );

  const start = useCallback(
    async (batch: BatchContent, minScore: number) => {
      if (timer.current) clearTimeout(timer.current);
      setResults(null);
      setError(null);
      setJob(null);
      try {
        const started = await api.startBatch(batch.content, batch.format, minScore);
        setJob(started);
        timer.current = setTimeout(() => void follow(started.id), POLL_MS);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [api, follow],
  );
  return { job, results, error, start };
}
