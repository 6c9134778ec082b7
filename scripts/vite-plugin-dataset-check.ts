import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { assembleDataset } from '../src/data/assemble.ts';
import { readSeeds } from '../src/data/seeds.node.ts';
import type { FactsFile } from '../src/data/types.ts';
import { validateDataset } from '../src/data/validate.ts';

/** Fails `vite build` when the bundled dataset breaks a rule of the dataset contract (ARCHITECTURE.md §4). */
export function datasetCheck(root: string): Plugin {
  const dataDir = join(root, 'src/data');
  const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
  return {
    name: 'ip-atlas:dataset-check',
    apply: 'build',
    buildStart() {
      const factsDir = join(dataDir, 'facts');
      const dataset = assembleDataset({
        places: json(join(dataDir, 'places.json')),
        indicators: json(join(dataDir, 'indicators.json')),
        designations: json(join(dataDir, 'designations.json')),
        sources: json(join(dataDir, 'sources.json')),
        facts: readdirSync(factsDir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => json<FactsFile>(join(factsDir, f))),
      });
      const problems = validateDataset(dataset, readSeeds(join(root, 'seeds')));
      if (problems.length > 0) {
        const shown = problems
          .slice(0, 20)
          .map((p) => `  [${p.rule}] ${p.message}`)
          .join('\n');
        this.error(`The dataset has ${problems.length} problem(s):\n${shown}`);
      }
    },
  };
}
