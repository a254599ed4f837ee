import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentLimits, fieldCountProblem } from '../src/request-guards.ts';

const problem = (query: string) => fieldCountProblem(parse(query), documentLimits);
const aliases = (n: number, body: string) => Array.from({ length: n }, (_, i) => `a${i}: alliances { ${body} }`).join(' ');

describe('fieldCountProblem', () => {
  it('counts a fragment each time it is spread, under every alias', () => {
    // 65 fields as written; 10 × (1 + 30 + 25) = 560 as executed.
    const fragments = `fragment M on Alliance { ${'code '.repeat(30)} ...L } fragment L on Alliance { ${'name '.repeat(25)} }`;
    expect(problem(`{ ${aliases(10, '...M')} } ${fragments}`)).toBe(
      'Query refused: limit of 500 fields exceeded (found 560). Ask for fewer fields, or split the query.',
    );
    expect(problem(`{ ${aliases(5, '...M')} } ${fragments}`)).toBeNull();
  });

  it('counts a fragment spread twice in one selection once, as execution merges it', () => {
    const fragment = `fragment M on Alliance { ${'code '.repeat(60)} }`;
    expect(problem(`{ ${aliases(5, '...M ...M')} } ${fragment}`)).toBeNull();
  });

  it('counts fragments nested 30 levels deep, each doubling, at once', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on T { x: t { ...F${i + 1} } y: t { ...F${i + 1} } }`).join(' ');
    const started = performance.now();
    const found = problem(`{ t { ...F0 } } ${levels} fragment F30 on T { leaf }`);
    expect(performance.now() - started).toBeLessThan(100);
    // F30 is 1 field and F(i) = 2 × (1 + F(i+1)), so F0 = 3 × 2^30 − 2; `t` adds one.
    expect(found).toMatch(/limit of 500 fields exceeded \(found 3,221,225,471\)/);
  });

  it('stops at a fragment cycle, which validation refuses', () => {
    expect(problem('{ t { ...A } } fragment A on T { x ...B } fragment B on T { y ...A }')).toBeNull();
  });
});
