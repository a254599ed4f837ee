import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '@alliance/stack';

/** Writes a benchmark's raw figures to bench/results/<name>-<time>.json (git-ignored) and says where. */
export async function saveResults(name: string, report: unknown): Promise<void> {
  const out = path.join(repoRoot, 'bench', 'results');
  await mkdir(out, { recursive: true });
  const file = path.join(out, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(report, null, 2));
  console.log(`\nraw figures: ${file}`);
}
