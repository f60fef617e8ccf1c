// Recorded data that cannot all be true (e.g. stakes into one company adding up to more than 100%), shown where the
// entity is read: its side panel and the exposure answers that walk through it.
import type { DataWarning } from '@api/types.ts';

export function DataWarnings({ warnings }: { warnings: DataWarning[] }) {
  if (!warnings.length) return null;
  return (
    <ul className="data-warnings" aria-label="Data-quality warnings">
      {warnings.map((w) => (
        <li key={`${w.code}:${w.entityId}`} className="data-warning" role="alert">
          ⚠ Data quality: {w.message}
        </li>
      ))}
    </ul>
  );
}
