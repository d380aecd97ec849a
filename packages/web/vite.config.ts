import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  plugins: [react()],
  // The authoring checker is a module worker (it imports the engine and the loader).
  worker: { format: 'es' },
  server: { proxy: { '/api': `http://127.0.0.1:${apiPort}` } },
  // The manifest lets the web benchmark sum exactly the JavaScript a route needs.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
});
