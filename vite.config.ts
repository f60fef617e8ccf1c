import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: { alias: { '@model': path.resolve('server/src/model'), '@api': path.resolve('server/src/api') } },
  build: { outDir: path.resolve('dist/client'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173, proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3001}` } },
});
