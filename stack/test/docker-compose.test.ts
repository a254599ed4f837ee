import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../src/paths.ts';
import { subgraphModules } from '../src/subgraphs.ts';
import { COLDCHAIN_NODE_OPTIONS, SUBGRAPH_NODE_OPTIONS } from '@alliance/subgraph-kit';

/**
 * docker-compose.yml is written by hand, so it is checked against what is true: a service per
 * registered subgraph on its port, the gateway told every subgraph's URL, and no variable that no
 * code reads (a misspelt or retired one configures nothing, silently).
 */
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown>;
  healthcheck?: { test: string[] };
}

const compose = parse(readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
// Services of our image (the others, PostgreSQL, read their own variables).
const ours = Object.entries(services).filter(([, s]) => s.build !== undefined);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules' || entry === 'generated' || entry === 'test') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return entry.endsWith('.ts') ? [full] : [];
  });
}

/** Every environment variable the services' code names: `process.env.X` (or `env.X`), env schema keys (`X: z.…`), and names looked up by string. */
function variablesTheCodeReads(): { names: Set<string>; prefixes: string[] } {
  const names = new Set<string>();
  const prefixes: string[] = [];
  const roots = ['packages', 'subgraphs', 'gateways'].flatMap((d) => readdirSync(path.join(repoRoot, d)).map((p) => path.join(repoRoot, d, p, 'src')));
  for (const file of [...roots, path.join(repoRoot, 'gateway', 'src')].flatMap((dir) => { try { return sourceFiles(dir); } catch { return []; } })) {
    const text = readFileSync(file, 'utf8');
    if (!/\benv\b|parseEnvironment|\bz\.object\(/.test(text)) continue;
    for (const m of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\])/g)) names.add((m[1] ?? m[2])!);
    for (const m of text.matchAll(/\b([A-Z][A-Z0-9_]*)\s*:\s*z\s*\./g)) names.add(m[1]!);
    for (const m of text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g)) names.add(m[1]!);
    for (const m of text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_)['"`]/g)) prefixes.push(m[1]!);
  }
  return { names, prefixes };
}

describe('docker-compose.yml', () => {
  it('has a service per registered subgraph, running its main.ts on its default port with a health check', () => {
    for (const module of subgraphModules) {
      const service = services[module.name];
      expect(service, `a service for the ${module.name} subgraph`).toBeDefined();
      expect(service!.command?.join(' ')).toContain(`subgraphs/${module.name}/src/main.ts`);
      expect(service!.environment?.PORT).toBe(String(module.defaultPort));
      expect(service!.healthcheck?.test.join(' ')).toContain(`:${module.defaultPort}/health`);
    }
  });

  it('tells the gateway every subgraph URL (SUBGRAPH_URL_<NAME>), and waits for them', () => {
    const gateway = services.gateway!;
    const urls = Object.entries(gateway.environment ?? {}).filter(([key]) => key.startsWith('SUBGRAPH_URL_'));
    expect(Object.fromEntries(urls)).toEqual(
      Object.fromEntries(subgraphModules.map((m) => [`SUBGRAPH_URL_${m.name.toUpperCase()}`, `http://${m.name}:${m.defaultPort}/graphql`])),
    );
    expect(Object.keys(gateway.depends_on ?? {}).sort()).toEqual(subgraphModules.map((m) => m.name).sort());
  });

  it('offers Hive Gateway in its own profile, on the same supergraph and subgraphs as ours', () => {
    const hive = services['hive-gateway']!;
    expect(hive.command?.join(' ')).toContain('gateways/hive/src/main.ts');
    expect((hive as { profiles?: string[] }).profiles).toEqual(['hive']);
    const ofGateway = (s: Service) => Object.fromEntries(Object.entries(s.environment ?? {}).filter(([key]) => key.startsWith('SUBGRAPH_URL_') || key.startsWith('JWT_') || ['GATEWAY_SECRET', 'SUPERGRAPH_FILE', 'INTROSPECTION', 'TRUST_PROXY'].includes(key)));
    expect(ofGateway(hive)).toEqual(ofGateway(services.gateway!));
    expect(Object.keys(hive.depends_on ?? {}).sort()).toEqual(subgraphModules.map((m) => m.name).sort());
  });

  it('runs every subgraph with the V8 heap limits the bench measures them with', () => {
    for (const module of subgraphModules) {
      const expected = module.name === 'coldchain' ? `\${COLDCHAIN_NODE_OPTIONS:-${COLDCHAIN_NODE_OPTIONS}}` : `\${SUBGRAPH_NODE_OPTIONS:-${SUBGRAPH_NODE_OPTIONS}}`;
      expect(services[module.name]!.environment?.NODE_OPTIONS, module.name).toBe(expected);
    }
  });

  it('names no environment variable that the code does not read', () => {
    const { names, prefixes } = variablesTheCodeReads();
    expect(names).toContain('DATABASE_URL'); // the scan itself works
    for (const [name, service] of ours) {
      for (const variable of Object.keys(service.environment ?? {})) {
        const read = names.has(variable) || prefixes.some((prefix) => variable.startsWith(prefix));
        expect(read, `${name}: ${variable} is read by no code`).toBe(true);
      }
    }
  });

  it('builds an image holding every workspace the services run', () => {
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    const workspaces = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
    for (const workspace of workspaces.filter((w) => w !== 'bench')) {
      const folder = workspace.replace(/\/\*$/, '');
      expect(dockerfile, `Dockerfile copies ${folder}/`).toMatch(new RegExp(`^COPY ${folder}/ ${folder}/$`, 'm'));
    }
  });
});
