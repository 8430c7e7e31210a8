import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// index.html links the top-level manifest.webmanifest; Vite emits it with the build.
export default defineConfig({
  // The version each device reports to the hub's device board (src/sync/status-report.ts).
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,wasm,png,svg,webmanifest}'],
        // The QR decoder's wasm is about 1 MB: it must be precached for offline scanning.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  // fflate's async zip / unzip start blob: workers, refused by the CSP (worker-src 'self'): the
  // xlsx libraries get the same calls run without a worker (src/app/fflate-no-workers.ts).
  resolve: {
    alias: [
      {
        find: /^fflate$/,
        replacement: fileURLToPath(new URL('./src/app/fflate-no-workers.ts', import.meta.url)),
      },
    ],
  },
  // GATE_OUT_DIR lets a second test run build and serve its own copy beside the first.
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: process.env.GATE_OUT_DIR ?? 'dist',
    emptyOutDir: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
