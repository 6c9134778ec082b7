import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ import one way: i18n and lib at the bottom, then data, then
 * state, then the views, with the app shell and the entry at the top. This reads
 * every import of the app's own code (tests aside) and fails on a folder cycle, or
 * on an import that goes the wrong way.
 */

const SRC = import.meta.dirname;

/** Each folder, and the folders it may import from. The top-level files (main.ts, App.svelte) may import anything. */
const ALLOWED: Record<string, string[]> = {
  i18n: [],
  lib: ['i18n'],
  data: ['i18n', 'lib'],
  state: ['data', 'i18n', 'lib'],
  export: ['state', 'data', 'i18n', 'lib'],
  panels: ['export', 'state', 'data', 'i18n', 'lib'],
  map: ['panels', 'export', 'state', 'data', 'i18n', 'lib'],
  embed: ['map', 'panels', 'export', 'state', 'data', 'i18n', 'lib'],
  share: ['embed', 'state', 'data', 'i18n', 'lib'],
  present: ['share', 'offline', 'map', 'panels', 'export', 'state', 'data', 'i18n', 'lib'],
  offline: ['state', 'lib'],
  shell: ['present', 'share', 'offline', 'embed', 'map', 'panels', 'export', 'state', 'data', 'i18n', 'lib'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.(test|bench)\.ts$/.test(name) ? [path] : [];
  });
}

const folderOf = (path: string) => {
  const parts = relative(SRC, path).split('/');
  return parts.length > 1 ? parts[0]! : '(root)';
};

/** Folder → folders it imports, with one example file per edge. */
function folderGraph(files: { path: string; source: string }[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { path, source } of files) {
    const from = folderOf(path);
    for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)) {
      const to = folderOf(resolve(dirname(path), m[1]!));
      if (to === from || to === '(root)' || !resolve(dirname(path), m[1]!).startsWith(SRC)) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(SRC, path));
      graph.set(from, edges);
    }
  }
  return graph;
}

/** A cycle in the graph, as a list of folders, or null. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const graph = folderGraph(sourceFiles(SRC).map((path) => ({ path, source: readFileSync(path, 'utf8') })));

describe('the folder layout', () => {
  it('has no cycle between folders', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('imports only downwards: lib and i18n at the bottom, data, state, then the views', () => {
    const wrong = [...graph].flatMap(([from, edges]) =>
      [...edges].filter(([to]) => from !== '(root)' && !(ALLOWED[from] ?? []).includes(to)).map(([to, file]) => `${file} imports ${to}/`),
    );
    expect(wrong).toEqual([]);
  });

  it('knows every folder', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});

describe('findCycle', () => {
  it('finds a cycle planted between two folders', () => {
    const planted = new Map([
      ['panels', new Map([['export', 'panels/ChartFrame.svelte']])],
      ['export', new Map([['panels', 'export/records.ts']])],
    ]);
    expect(findCycle(planted)).toEqual(['panels', 'export', 'panels']);
  });
});
