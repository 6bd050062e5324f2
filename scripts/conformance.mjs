// `npm run conformance [--check] [--filter text] [--quiet] [--agreement]`: bundles test/conformance/run.ts with
// esbuild (Node cannot import .ts) into .tmp/ and runs it. `--check` validates the cases without normalizing any;
// `--agreement` compares the corpus with its blind second reading (test/conformance/agreement.ts) instead.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { corpusPlugin } from './corpus-plugin.mjs';

mkdirSync('.tmp', { recursive: true });
// One bundle per run: two runs in one checkout (the corpus and `pending/` side by side) must not import each other's.
const outfile = `.tmp/conformance-${process.pid}.mjs`;
const args = process.argv.slice(2);
const agreement = args.includes('--agreement');
await build({
  entryPoints: [agreement ? 'test/conformance/agreement.ts' : 'test/conformance/run.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [corpusPlugin],
  logLevel: 'warning',
});
const loaded = await import(pathToFileURL(outfile).href);
rmSync(outfile, { force: true });
if (agreement) process.exit(await loaded.agreement({ quiet: args.includes('--quiet') }));
const { run } = loaded;
const filterAt = args.indexOf('--filter');
process.exitCode = await run({
  check: args.includes('--check'),
  quiet: args.includes('--quiet'),
  filter: filterAt >= 0 ? args[filterAt + 1] : undefined,
});
