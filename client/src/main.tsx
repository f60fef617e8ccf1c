import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Sanctions Graph Explorer</p>);
