import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The C++ server serves dist/ and the API on the same origin. During `npm run dev`
// the dev server forwards API calls to it (FACHWERK_API_URL, default below).
const apiTarget = process.env.FACHWERK_API_URL ?? 'http://127.0.0.1:18080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    // The Kreis map chunk (ECharts, loaded only on demand) is about 500 kB.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/healthz': apiTarget,
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
