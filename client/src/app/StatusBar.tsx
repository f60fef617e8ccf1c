// Progress, readable errors and short confirmations, always in the same place.
import type { Activity } from './useExplorerActions.ts';

export function StatusBar({ activity, counts, onDismiss }: { activity: Activity; counts: string; onDismiss(): void }) {
  return (
    <footer className="status-bar">
      {activity.busy && <div className="progress" role="progressbar" aria-label={activity.busy} />}
      <span className="status-counts">{counts}</span>
      {activity.busy && (
        <span className="status-busy" role="status">
          {activity.busy}
        </span>
      )}
      {activity.error && (
        <span className="status-error" role="alert">
          {activity.error}
          <button className="link-button" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </span>
      )}
      {activity.notice && !activity.error && (
        <span className="status-notice" role="status">
          {activity.notice}
        </span>
      )}
    </footer>
  );
}
