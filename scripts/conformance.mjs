// `npm run conformance [--check] [--filter text] [--quiet]`: bundles test/conformance/run.ts with esbuild
// (Node cannot import .ts) into .tmp/ and runs it. `--check` validates the cases without normalizing any.
import { build } from 'esbuild';
import { mkdirSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

mkdirSync('.tmp', { recursive: true });
const outfile = '.tmp/conformance.mjs';
// esbuild has no import.meta.glob: the corpus module is replaced by one that imports each case file.
const files = readdirSync('test/conformance/cases').filter((f) => f.endsWith('.ts')).sort();
const corpusModule = {
  name: 'corpus',
  setup(b) {
    b.onResolve({ filter: /\/corpus$/ }, () => ({ path: 'corpus', namespace: 'corpus' }));
    b.onLoad({ filter: /.*/, namespace: 'corpus' }, () => ({
      resolveDir: process.cwd(),
      loader: 'ts',
      contents:
        files.map((f, i) => `import c${i} from './test/conformance/cases/${f}';`).join('\n') +
        `\nexport const corpus = [${files.map((f, i) => `...c${i}.map((c) => ({ ...c, file: ${JSON.stringify(f)} }))`).join(', ')}];`,
    }));
  },
};
await build({
  entryPoints: ['test/conformance/run.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [corpusModule],
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
