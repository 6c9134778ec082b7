import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads the seed texts from seeds/ (Node only: for tests and the build check). */
export function readSeeds(dir = join(import.meta.dirname, '../../seeds')): Record<string, string> {
  const seeds: Record<string, string> = {};
  for (const file of readdirSync(dir)) if (file.endsWith('.txt')) seeds[file] = readFileSync(join(dir, file), 'utf8');
  return seeds;
}
