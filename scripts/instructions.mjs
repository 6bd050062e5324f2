// `npm run bench:instructions [tree ...]`: machine instructions per `normalizeError` call over the fixtures, counted
// by valgrind (Debian's `valgrind` package), for this tree or for each tree named (a worktree of another commit, to
// compare two readers side by side). Wall-clock A/B on a shared machine swings by ±10% from one run to the next;
// instruction counts repeat within 1 to 2% (2% while CI ran beside it), which a change of a few percent needs. Each
// tree's core is bundled with this tree's fixtures, warmed up with 60 rounds, then counted over 40 more (the
// difference of two runs, so start-up and warm-up cancel out). `node --single-threaded` keeps the compiler's and
// collector's work on the counted thread.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROUNDS = 40;
const trees = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.log('bench:instructions needs valgrind (apt-get install -y valgrind)');
  process.exit(1);
}
mkdirSync('.tmp/instructions', { recursive: true });
const here = resolve('.');
const runner = resolve('.tmp/instructions/run.mjs');
writeFileSync(
  runner,
  `const m = await import(process.env.BUNDLE);
const wire = (f) => {
  if (typeof f.body !== 'string') return JSON.parse(JSON.stringify(f.body) ?? 'null');
  try { return JSON.parse(f.body); } catch { return f.body; }
};
const list = [...m.seedFixtures, ...m.formatFixtures].map((f) => ({ status: f.status, headers: f.headers ?? {}, body: wire(f) }));
let sink;
for (let r = 0; r < 60 + Number(process.env.ROUNDS); r++) for (const input of list) sink = m.normalizeError(input);
console.log(list.length, typeof sink);
`,
);

/** The instructions valgrind counts for one run over `rounds` counted rounds, and the fixtures' number. */
function run(bundle, rounds) {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all', '--cachegrind-out-file=/dev/null'];
  const result = spawnSync('valgrind', [...args, process.execPath, '--single-threaded', runner], {
    env: { ...process.env, BUNDLE: bundle, ROUNDS: String(rounds) },
    encoding: 'utf8',
  });
  const refs = Number(/I\s+refs:\s+([\d,]+)/.exec(result.stderr)?.[1]?.replace(/,/g, '') ?? NaN);
  return { refs, fixtures: Number.parseInt(result.stdout, 10) };
}

for (const [index, tree] of (trees.length ? trees : [here]).entries()) {
  const entry = resolve(`.tmp/instructions/entry${index}.ts`);
  const bundle = resolve(`.tmp/instructions/bundle${index}.mjs`);
  writeFileSync(
    entry,
    [
      `export { normalizeError } from '${resolve(tree)}/src/index';`,
      `export { formatFixtures } from '${here}/test/fixtures/formats';`,
      `export { seedFixtures } from '${here}/test/fixtures/seeds';`,
    ].join('\n'),
  );
  await build({ entryPoints: [entry], outfile: bundle, bundle: true, format: 'esm', platform: 'node' });
  const base = run(bundle, 0);
  const counted = run(bundle, ROUNDS);
  const calls = ROUNDS * counted.fixtures;
  const perCall = Math.round((counted.refs - base.refs) / calls);
  console.log(`${tree}: ${perCall.toLocaleString('en')} instructions per normalizeError call (${calls} calls)`);
}
