// `npm run bench:compare [tree ...]`: wall-clock time per `normalizeError` call over the fixtures, summed over a run
// (GC and all), for this tree or each tree named (a `git archive` copy of another commit), side by side. Each tree's
// core is bundled with this tree's fixtures and run in its own `node --single-threaded` process: 60 rounds to warm up,
// then 400 counted; five runs per tree, interleaved, medians printed. A median of short batches (`npm run bench`) hides
// the garbage an allocation in a hot path leaves; valgrind's counts (`npm run bench:instructions`) can jump with the
// compiler's choices: compare with both.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const RUNS = 5;
const trees = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const here = resolve('.');
mkdirSync('.tmp/compare', { recursive: true });
const runner = resolve('.tmp/compare/run.mjs');
writeFileSync(
  runner,
  `const m = await import(process.env.BUNDLE);
const wire = (f) => {
  if (typeof f.body !== 'string') return JSON.parse(JSON.stringify(f.body) ?? 'null');
  try { return JSON.parse(f.body); } catch { return f.body; }
};
const list = [...m.seedFixtures, ...m.formatFixtures].map((f) => ({ status: f.status, headers: f.headers ?? {}, body: wire(f) }));
for (let r = 0; r < 60; r++) for (const input of list) m.normalizeError(input);
const start = performance.now();
for (let r = 0; r < 400; r++) for (const input of list) m.normalizeError(input);
console.log(((performance.now() - start) * 1000) / (400 * list.length));
`,
);

const bundles = [];
for (const [index, tree] of (trees.length ? trees : [here]).entries()) {
  const entry = resolve(`.tmp/compare/entry${index}.ts`);
  const bundle = resolve(`.tmp/compare/bundle${index}.mjs`);
  writeFileSync(
    entry,
    [
      `export { normalizeError } from '${resolve(tree)}/src/index';`,
      `export { formatFixtures } from '${here}/test/fixtures/formats';`,
      `export { seedFixtures } from '${here}/test/fixtures/seeds';`,
    ].join('\n'),
  );
  await build({ entryPoints: [entry], outfile: bundle, bundle: true, format: 'esm', platform: 'node' });
  bundles.push({ tree, bundle, times: [] });
}
for (let run = 0; run < RUNS; run++)
  for (const item of bundles) {
    const result = spawnSync(process.execPath, ['--single-threaded', runner], {
      env: { ...process.env, BUNDLE: item.bundle },
      encoding: 'utf8',
    });
    item.times.push(Number(result.stdout));
  }
for (const { tree, times } of bundles) {
  const sorted = times.sort((a, b) => a - b);
  console.log(
    `${tree}: ${sorted[Math.floor(RUNS / 2)]?.toFixed(2)} µs per normalizeError call (runs: ${sorted.map((t) => t.toFixed(2)).join(', ')})`,
  );
}
