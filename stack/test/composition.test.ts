import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.ts';
import { repoRoot, supergraphFile } from '../src/paths.ts';
import { subgraphModules } from '../src/subgraphs.ts';

describe('composition', () => {
  it('composes every subgraph without errors, and the committed supergraph is up to date', () => {
    const composed = composeSupergraph(subgraphModules);
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composed);
    for (const m of subgraphModules) expect(composed).toContain(`${m.name.toUpperCase()} @join__graph(name: "${m.name}"`);
  });

  it('reports a composition error instead of writing a broken supergraph', () => {
    const members = subgraphModules.find((m) => m.name === 'members')!;
    const clash = { ...members, name: 'clash', defaultPort: 4999, sdl: 'type Query { alliances: Int }' };
    expect(() => composeSupergraph([members, clash])).toThrow(/Composition failed/);
  });

  it('registers every subgraph folder that codegen generates for (the folders with src/mappers.ts), and no other', () => {
    const folders = readdirSync(path.join(repoRoot, 'subgraphs')).filter((name) => existsSync(path.join(repoRoot, 'subgraphs', name, 'src', 'mappers.ts')));
    expect(subgraphModules.map((m) => m.name).sort()).toEqual(folders.sort());
  });

  it('gives every subgraph its own default port', () => {
    const ports = subgraphModules.map((m) => m.defaultPort);
    expect(new Set(ports).size).toBe(ports.length);
    expect(ports).not.toContain(4000);
  });
});
