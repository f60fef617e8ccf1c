import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/apiClient.ts';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { readAccessToken } from './auth/accessToken.ts';
import { SessionGate } from './auth/SessionGate.tsx';
import './app/app.css';

const api = new ApiClient('', undefined, readAccessToken);

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <SessionGate api={api}>{(session, signOut) => <App api={api} session={session} onSignOut={signOut} />}</SessionGate>
  </ErrorBoundary>,
);
