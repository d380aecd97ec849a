import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The LMS package's player (src/lms): a separate entry, so the web app's bundle is untouched.
// Relative asset paths, because an LMS serves a package from a folder of its own choosing.
export default defineConfig({
  plugins: [react()],
  root: resolve(import.meta.dirname, 'src/lms'),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist-lms'),
    emptyOutDir: true,
    // One script and one stylesheet: no module preload helper, no chunks to fetch later.
    modulePreload: false,
  },
});
