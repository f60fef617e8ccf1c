// Screening a customer file: paste names or upload a CSV or FtM file, follow the job, then filter its results.
import { useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { pastedBatch, uploadedBatch, type BatchContent } from './batchContent.ts';
import { BatchProgress } from './BatchProgress.tsx';
import { BatchResultsTable } from './BatchResultsTable.tsx';
import type { OpenInExplorer } from './MatchCard.tsx';
import { ThresholdSelect } from './ThresholdSelect.tsx';
import { useBatchJob } from './useBatchJob.ts';

export function BatchScreen({ api, onOpen }: { api: ApiClient; onOpen: OpenInExplorer }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; batch: BatchContent } | null>(null);
  const [minScore, setMinScore] = useState(0.7);
  const batch = useBatchJob(api);
  const running = batch.job?.status === 'running';

  const pick = async (picked: File | undefined) => {
    setFile(picked ? { name: picked.name, batch: uploadedBatch(picked.name, await picked.text()) } : null);
  };
  const submit = () => void batch.start(file?.batch ?? pastedBatch(text), minScore);

  return (
    <section className="screen-section" aria-label="Screen a batch">
      <div className="batch-input">
        <label className="batch-paste">
          Paste names, one a line, or a CSV with a header (name, and optional birthDate, nationality, identifier,
          reference)
          <textarea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFile(null);
            }}
            rows={7}
            placeholder={'name\nCHEN Zhi\nRamzan Kadyrov\nAcme Trading Ltd'}
          />
        </label>
        <div className="batch-options">
          <label>
            …or upload a file (CSV or FtM lines)
            <input
              type="file"
              accept=".csv,.txt,.json,.jsonl,.ndjson,.ftm"
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </label>
          {file && (
            <span className="muted">
              {file.name} as {file.batch.format === 'ftm' ? 'FollowTheMoney lines' : 'CSV'}
            </span>
          )}
          <ThresholdSelect value={minScore} onChange={setMinScore} />
          <button type="button" className="primary" disabled={running || (!file && !text.trim())} onClick={submit}>
            {running ? 'Screening…' : 'Screen batch'}
          </button>
        </div>
      </div>
      {batch.error && <p className="error-text">{batch.error}</p>}
      {batch.job && <BatchProgress api={api} job={batch.job} />}
      {batch.job && batch.results && (
        <BatchResultsTable results={batch.results} minScore={batch.job.minScore} onOpen={onOpen} />
      )}
    </section>
  );
}
