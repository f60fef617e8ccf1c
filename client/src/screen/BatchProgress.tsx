// How far a batch job has got, the rows it could not read (by line number), and the downloads once it is done.
import type { BatchJobStatus } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { downloadBlob } from '../export/download.ts';

const count = (n: number) => n.toLocaleString('en-US');

export function BatchProgress({ api, job }: { api: ApiClient; job: BatchJobStatus }) {
  const downloadCsv = async () => downloadBlob(await api.batchResultsCsv(job.id), 'screening-results.csv');
  const downloadJson = async () =>
    downloadBlob(
      new Blob([JSON.stringify(await api.batchResults(job.id), null, 2)], { type: 'application/json' }),
      'screening-results.json',
    );
  return (
    <div className="batch-progress" aria-live="polite">
      <progress value={job.processed} max={Math.max(job.total, 1)} aria-label="Rows screened" />
      <span className="batch-progress-text">
        {job.status === 'done' ? 'Done: ' : job.status === 'failed' ? 'Failed: ' : 'Screening: '}
        {count(job.processed)} of {count(job.total)} rows screened · {count(job.matched)} with matches
        {job.problems.length > 0 && ` · ${count(job.problems.length)} not read`}
      </span>
      {job.status === 'done' && (
        <span className="batch-downloads">
          <button type="button" onClick={() => void downloadCsv()}>
            Download CSV
          </button>
          <button type="button" onClick={() => void downloadJson()}>
            Download JSON
          </button>
        </span>
      )}
      {job.problems.length > 0 && (
        <ul className="batch-problems">
          {job.problems.slice(0, 20).map((p) => (
            <li key={p.line}>
              Line {p.line}: {p.reason}
            </li>
          ))}
          {job.problems.length > 20 && <li>… and {count(job.problems.length - 20)} more</li>}
        </ul>
      )}
    </div>
  );
}
