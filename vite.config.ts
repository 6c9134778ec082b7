import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { datasetCheck } from './scripts/vite-plugin-dataset-check.ts';
import { offline } from './scripts/vite-plugin-offline.ts';
import { site } from './scripts/vite-plugin-site.ts';

export default defineConfig({
  plugins: [svelte(), datasetCheck(import.meta.dirname), contentSecurityPolicy(), site(), offline()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // .vite/manifest.json lets the budget test find the first screen's chunks.
    manifest: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
  },
});
