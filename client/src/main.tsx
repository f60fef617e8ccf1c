import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/apiClient.ts';
import { App } from './app/App.tsx';
import './app/app.css';

createRoot(document.getElementById('root')!).render(<App api={new ApiClient()} />);
