/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm start` (Vite's dev server on 5173) forwards the API, the live stream and logout to the gateway of
// `./factdesk up`; sign in at the gateway first, its session cookie is sent to both ports of localhost.
const gateway = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: gateway, changeOrigin: false },
      '/logout': { target: gateway, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    // One small bundle; no inline assets so the strict CSP (script-src/style-src 'self') holds.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test-setup.ts'],
  },
});
