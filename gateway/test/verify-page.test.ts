import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultVerifyPageDir, startGateway, type RunningGateway } from '../src/index.ts';

let supergraphFile: string;
let gateway: RunningGateway;
let origin: string;
const pageDir = fileURLToPath(new URL('../../web/verify/', import.meta.url));

async function start(verifyPage?: string | false): Promise<RunningGateway> {
  return startGateway({
    supergraphFile,
    auth: { secret: 'jwt-secret' },
    gatewaySecret: 'gateway-secret',
    port: 0,
    log: pino({ level: 'silent' }),
    ...(verifyPage === undefined ? {} : { verifyPage }),
  });
}

beforeAll(async () => {
  const { supergraphSdl, errors } = composeServices([
    {
      name: 'hello',
      url: 'http://127.0.0.1:9/graphql', // never called: these requests are not GraphQL
      typeDefs: parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { hello: String }'),
    },
  ]);
  if (errors) throw new Error(errors.map((e) => e.message).join('\n'));
  supergraphFile = path.join(await mkdtemp(path.join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
  await writeFile(supergraphFile, supergraphSdl!);
  gateway = await start();
  origin = new URL(gateway.url).origin;
});
afterAll(async () => gateway?.close());

/** A GET with the path sent exactly as written (fetch would normalise `..` and percent-escapes). */
function rawGet(base: string, rawPath: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectPageHeaders(headers: Headers): void {
  const csp = headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
  expect(csp).toMatch(/(^|; )connect-src 'self'(;|$)/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
}

describe('the public label check page', () => {
  it('finds web/verify from its own file, not the working directory', () => {
    expect(path.resolve(defaultVerifyPageDir)).toBe(path.resolve(pageDir));
    expect(path.isAbsolute(defaultVerifyPageDir)).toBe(true);
  });

  it('answers a Digital Link path of any depth with index.html, uncached, under a strict CSP', async () => {
    const html = await readFile(path.join(pageDir, 'index.html'), 'utf8');
    for (const linkPath of [
      '/01/09506000134352/10/LX-2026-0001/21/7K3QM9XD2F8HJ4NP',
      // A lot holding '/', '?', '%' and '#' arrives percent-encoded, as branding writes it.
      '/01/09506000134352/10/LX%2F26%3F%25%231/21/7K3QM9XD2F8HJ4NP',
      '/01/09506000134352/21/7K3QM9XD2F8HJ4NP',
      '/01/09506000134352',
    ]) {
      const answer = await fetch(`${origin}${linkPath}`);
      expect(answer.status, linkPath).toBe(200);
      expect(answer.headers.get('content-type'), linkPath).toMatch(/^text\/html/);
      expect(answer.headers.get('cache-control'), linkPath).toBe('no-cache');
      expectPageHeaders(answer.headers);
      expect(await answer.text()).toBe(html);
    }
    // A query string (a scanner adding its own parameters) still gets the page.
    expect((await fetch(`${origin}/01/09506000134352/21/ABC?utm=x`)).status).toBe(200);
    // The raw path, percent escapes untouched by any client.
    const raw = await rawGet(origin, '/01/09506000134352/10/A%2F..%2F..%2Fpackage.json/21/X');
    expect(raw.status).toBe(200);
    expect(raw.body).toBe(html);
  });

  it('serves the page’s own files at /verify/ with the right types and the same headers', async () => {
    const cases = [
      ['/verify/verify.js', /^(text|application)\/javascript/, 'verify.js'],
      ['/verify/verify.css', /^text\/css/, 'verify.css'],
      ['/verify/index.html', /^text\/html/, 'index.html'],
      ['/verify/', /^text\/html/, 'index.html'],
    ] as const;
    for (const [url, type, file] of cases) {
      const answer = await fetch(`${origin}${url}`);
      expect(answer.status, url).toBe(200);
      expect(answer.headers.get('content-type'), url).toMatch(type);
      expectPageHeaders(answer.headers);
      expect(await answer.text(), url).toBe(await readFile(path.join(pageDir, file), 'utf8'));
    }
    const bare = await fetch(`${origin}/verify`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/verify/');
  });

  it('keeps the JSON 404 for everything else: other paths, the README, dot files, escapes from the folder, other methods', async () => {
    for (const url of ['/nothing-here', '/verify/README.md', '/verify/missing.js', '/verify/test/x.js', '/verify/.env', '/010/123', '/x/01/123']) {
      const answer = await fetch(`${origin}${url}`);
      expect(answer.status, url).toBe(404);
      expect(answer.headers.get('content-type'), url).toMatch(/^application\/json/);
      expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, url).toBe('NOT_FOUND');
    }
    for (const raw of ['/verify/../package.json', '/verify/%2e%2e/%2e%2e/package.json', '/verify/..%2F..%2Fpackage.json']) {
      const answer = await rawGet(origin, raw);
      expect(answer.status, raw).toBe(404);
      expect(answer.body, raw).not.toContain('alliance-supergraph');
    }
    const post = await fetch(`${origin}/01/09506000134352/21/ABC`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(post.status).toBe(404);
  });

  it('leaves /graphql and /health without the page’s CSP (the API and its landing page are not the page)', async () => {
    const health = await fetch(`${origin}/health`);
    expect(health.headers.get('content-security-policy')).toBeNull();
    const landing = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-security-policy')).toBeNull();
  });

  it('serves the API only when turned off, or when the folder has no page', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-page-'));
    for (const setting of [false, empty] as const) {
      const other = await start(setting);
      try {
        const otherOrigin = new URL(other.url).origin;
        for (const url of ['/01/09506000134352/21/ABC', '/verify/verify.js']) {
          const answer = await fetch(`${otherOrigin}${url}`);
          expect(answer.status, `${String(setting)} ${url}`).toBe(404);
          expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
        }
      } finally {
        await other.close();
      }
    }
  });
});
