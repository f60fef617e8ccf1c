// The Screen page: one name, or a whole customer file as a batch job, against the listed entities.
import { useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { BatchScreen } from './BatchScreen.tsx';
import type { OpenInExplorer } from './MatchCard.tsx';
import { OneNameScreen } from './OneNameScreen.tsx';
import './screen.css';

type Mode = 'one' | 'batch';

interface Props {
  api: ApiClient;
  onOpen: OpenInExplorer;
  onClose: () => void;
}

export function ScreenPage({ api, onOpen, onClose }: Props) {
  const [mode, setMode] = useState<Mode>('one');
  const tab = (which: Mode, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={mode === which}
      className={mode === which ? 'screen-tab active' : 'screen-tab'}
      onClick={() => setMode(which)}
    >
      {label}
    </button>
  );
  return (
    <main className="screen-page" aria-label="Screen names">
      <div className="screen-header">
        <h1>Screen names against the sanctions lists</h1>
        <div role="tablist" className="screen-tabs">
          {tab('one', 'One name')}
          {tab('batch', 'Batch (paste or upload)')}
        </div>
        <button type="button" onClick={onClose}>
          Back to the explorer
        </button>
      </div>
      <p className="muted screen-intro">
        Names are matched across scripts and spellings against every entity with a listing in force; a match is a lead
        to review, not a finding.
      </p>
      {/* Both stay mounted so a running batch and its results survive switching tabs. */}
      <div hidden={mode !== 'one'}>
        <OneNameScreen api={api} onOpen={onOpen} />
      </div>
      <div hidden={mode !== 'batch'}>
        <BatchScreen api={api} onOpen={onOpen} />
      </div>
    </main>
  );
}
