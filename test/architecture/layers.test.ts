import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import graph over src/ and adapters/ points one way (README, "Architecture"):
 *
 *   0 base       config, log, clock, errors, texts, roles, platform (the adapter contract), threads
 *   1 store      src/store: depends on nothing above it
 *   2 contract   src/feature.ts and what features use of the core (turn, compose, the console's views)
 *   3 features   qa, nomination, reminders, login, llm
 *   4 core       src/bot (routing, pipeline, threads' protocol)
 *   5 edges      src/http, adapters/, and the feature entries and list that wire features to them
 *   6 root       main.ts, service.ts, cli.ts, commands/, and the builders of the core
 *
 * A file imports only files of its own layer or below; only src/main.ts imports adapters/;
 * adapters never import the store.
 */

const ROOT = process.cwd();
const LAYERS = ['base', 'store', 'contract', 'features', 'core', 'edges', 'root'] as const;
type Layer = (typeof LAYERS)[number];

function layerOf(file: string): Layer {
  if (/^src\/(main\.ts|service\.ts|cli\.ts|gi-bot\.mjs)$/.test(file) || file.startsWith('src/commands/')) return 'root';
  if (['src/core.ts', 'src/bot/bot-thread.ts', 'src/bot/work-thread.ts'].includes(file)) return 'root';
  if (file.startsWith('adapters/') || file.startsWith('src/http/') || /^src\/[\w-]+\/entry\.ts$/.test(file) || file === 'src/features.ts') return 'edges';
  if (file.startsWith('src/bot/')) return 'core';
  // src/qa/types.ts: the Q&A's data (answers, citations, ingest reports), type-only and importing nothing, named by the console's view.
  if (['src/feature.ts', 'src/turn.ts', 'src/compose.ts', 'src/web-parts.ts', 'src/qa/types.ts'].includes(file)) return 'contract';
  if (/^src\/(qa|nomination|reminders|login|llm)\//.test(file)) return 'features';
  if (file.startsWith('src/store/')) return 'store';
  return 'base';
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/g;

/** Relative imports of a file, as repository paths (`.js` specifiers name the `.ts` file). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(ROOT, normalize(join(ROOT, dirname(file), specifier))).replace(/\.js$/, '.ts'));
}

const files = [...sources('src'), ...sources('adapters')];
const edges = files.flatMap((from) => importsOf(from).map((to) => [from, to] as [string, string]));

/** The imports of `graph` that point to a higher layer, as `from (layer) -> to (layer)`. */
const upwardOf = (graph: [string, string][]): string[] =>
  graph
    .filter(([from, to]) => LAYERS.indexOf(layerOf(to)) > LAYERS.indexOf(layerOf(from)))
    .map(([from, to]) => `${from} (${layerOf(from)}) -> ${to} (${layerOf(to)})`);

/** Imports of adapters/ from src/ other than the composition root's. */
const intoAdaptersOf = (graph: [string, string][]): [string, string][] =>
  graph.filter(([from, to]) => from.startsWith('src/') && to.startsWith('adapters/') && from !== 'src/main.ts');

describe('layering', () => {
  it('reads the imports it checks (the graph is not empty)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual(['src/main.ts', 'adapters/console/index.ts']);
  });

  it('has no upward import', () => {
    expect(upwardOf(edges)).toEqual([]);
  });

  it('lets only src/main.ts import adapters, and adapters never touch the store', () => {
    const intoAdapters = intoAdaptersOf(edges);
    const adapterStore = edges.filter(([from, to]) => from.startsWith('adapters/') && to.startsWith('src/store/'));
    expect(intoAdapters).toEqual([]);
    expect(adapterStore).toEqual([]);
  });

  it('writes the feature list once: only src/features.ts imports the feature entries, and the core names no feature', () => {
    expect(edges.filter(([from, to]) => /^src\/[\w-]+\/entry\.ts$/.test(to) && from !== 'src/features.ts')).toEqual([]);
    expect(edges.filter(([, to]) => to === 'src/features.ts')).toEqual([['src/core.ts', 'src/features.ts']]);
    expect(edges.filter(([from, to]) => from === 'src/core.ts' && layerOf(to) === 'features')).toEqual([]);
  });

  it('fails on an upward import (the check itself can fail)', () => {
    const planted: [string, string][] = [
      ['src/store/inbox.ts', 'src/bot/pipeline.ts'],
      ['src/web-parts.ts', 'src/qa/engine.ts'],
      ['src/qa/types.ts', 'src/qa/respond.ts'],
    ];
    expect(upwardOf([...edges, ...planted])).toEqual([
      'src/store/inbox.ts (store) -> src/bot/pipeline.ts (core)',
      'src/web-parts.ts (contract) -> src/qa/engine.ts (features)',
      'src/qa/types.ts (contract) -> src/qa/respond.ts (features)',
    ]);
    expect(intoAdaptersOf([...edges, ['src/core.ts', 'adapters/feishu/index.ts']])).toEqual([['src/core.ts', 'adapters/feishu/index.ts']]);
  });
});
