// The explorer behind the session gate, rendered into the page (loaded by main.tsx once its requests are off).
import type { SessionInfo } from '@api/types.ts';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from './api/apiClient.ts';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { SessionGate } from './auth/SessionGate.tsx';

/** `session` is the answer to the session request main.tsx already made. */
export function mountExplorer(api: ApiClient, session: Promise<SessionInfo>) {
  createRoot(document.getElementById('root')!).render(
    <ErrorBoundary>
      <SessionGate api={api} firstCheck={session}>
        {(info, signOut) => <App api={api} session={info} onSignOut={signOut} />}
      </SessionGate>
    </ErrorBoundary>,
  );
}
