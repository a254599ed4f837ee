import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.ts';
import { supergraphFile } from '../src/paths.ts';
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
});
