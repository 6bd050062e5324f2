// `npm run bench [section...]`: bundles each TypeScript bench section with esbuild (Node cannot
// import .ts) into .tmp/bench/ and runs it in this process. Sections export `run(options)`.
// A section that needs a DOM (a React render bench) can set `platform: 'browser'` and its own runner.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { corpusPlugin } from './corpus-plugin.mjs';

const sections = [
  { name: 'core', entry: 'scripts/bench/core.ts' },
  // Runs in Chromium: this entry only drives the browser, so its own imports stay external.
  { name: 'react', entry: 'scripts/bench/react.ts', external: true },
];

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const quick = process.argv.includes('--quick');
mkdirSync('.tmp/bench', { recursive: true });

for (const section of sections) {
  if (wanted.length && !wanted.includes(section.name)) continue;
  const outfile = `.tmp/bench/${section.name}.mjs`;
  await build({
    entryPoints: [section.entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: section.external ? 'external' : undefined,
    plugins: [corpusPlugin],
    // Same code as consumers get: no minification (it would not change V8's work), no sourcemaps.
    logLevel: 'warning',
  });
  const { run } = await import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
  await run(quick ? { rounds: 5, batchMs: 3, warmupMs: 15 } : {});
}
