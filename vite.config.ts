import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { datasetCheck } from './scripts/vite-plugin-dataset-check.ts';

export default defineConfig({
  plugins: [svelte(), datasetCheck(import.meta.dirname), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
  },
});
