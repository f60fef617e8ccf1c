import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/apiClient.ts';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import './app/app.css';

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App api={new ApiClient()} />
  </ErrorBoundary>,
);
