// Vite builds the page from web/ into web-dist/ (ignored). The page imports the library's TypeScript
// sources; the example's model imports the package by name, which here means those same sources, so
// the page holds one copy of the library.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative asset paths: the built page works from any folder, even opened from a static server's subpath.
  base: './',
  resolve: { alias: { symdiff: here('../src/index.ts') } },
  build: { outDir: here('../web-dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
