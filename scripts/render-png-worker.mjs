// Renders the SVGs it is sent to PNG files, one at a time: scripts/prerender.mjs runs one per core.
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { renderPng } from './render-png.mjs';

parentPort.on('message', ({ svg, file }) => {
  writeFileSync(file, renderPng(svg));
  parentPort.postMessage(file);
});
