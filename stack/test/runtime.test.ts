import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');

describe('the supported Node.js runtime', () => {
  it('runs the tests on Node 22 or 24 LTS, even where the machine has Node 20 (the pinned `node` package)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    // Node 20 is past its end of life (April 2026); npm scripts run node_modules/.bin/node, the pin.
    expect([22, 24]).toContain(major);
  });

  it('pins one Node that the engines accept, installs it, and builds the image on the same major', () => {
    const pinned = root.devDependencies.node!;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(root.engines.node).toBe('^22.12.0 || >=24.0.0');
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(24);
    // npm 11 runs no install script it was not told to: the `node` package fetches its binary in one.
    expect(root.allowScripts.node).toBe(true);
    expect(dockerfile).toMatch(new RegExp(`^FROM node:${pinned.split('.')[0]}-bookworm-slim$`, 'm'));
    expect(root.devDependencies['@types/node']!.split('.')[0]).toBe(pinned.split('.')[0]);
  });

  it('is the pinned Node itself under npm test', () => {
    if (!process.env.npm_lifecycle_event) return; // a bare `npx vitest` outside npm scripts may run another node
    expect(process.versions.node).toBe(root.devDependencies.node);
  });
});
