// `npm run conformance [--check] [--filter text] [--quiet]`: bundles test/conformance/run.ts with esbuild
// (Node cannot import .ts) into .tmp/ and runs it. `--check` validates the cases without normalizing any.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { corpusPlugin } from './corpus-plugin.mjs';

mkdirSync('.tmp', { recursive: true });
const outfile = '.tmp/conformance.mjs';
await build({
  entryPoints: ['test/conformance/run.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [corpusPlugin],
  logLevel: 'warning',
});
const { run } = await import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
const args = process.argv.slice(2);
const filterAt = args.indexOf('--filter');
process.exitCode = await run({
  check: args.includes('--check'),
  quiet: args.includes('--quiet'),
  filter: filterAt >= 0 ? args[filterAt + 1] : undefined,
});
