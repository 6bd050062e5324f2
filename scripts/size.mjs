// Measures what each public entry costs a consumer: bundled from dist/ with esbuild, minified,
// peers external, then gzip level 9. Exits 1 when an entry is over its budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.peerDependencies ?? {}).flatMap((name) => [name, `${name}/*`]);
// The React layers import the core by name; each layer is measured on its own.
external.push('react', 'react/*', 'react-dom', 'react-dom/*', 'api-error-kit', 'api-error-kit/*');

/** [label, entry contents, budget in bytes (min+gzip)] */
const checks = [
  ['api-error-kit (all of core)', `export * from './dist/index.js';`, 4096],
  ['api-error-kit: normalizeError only', `export { normalizeError } from './dist/index.js';`, null],
];
if (existsSync('dist/react.js') && existsSync('dist/query.js'))
  checks.push(['api-error-kit/react + /query', `export * from './dist/react.js'; export * from './dist/query.js';`, 8192]);
if (existsSync('dist/react.js')) checks.push(['api-error-kit/react', `export * from './dist/react.js';`, null]);
if (existsSync('dist/query.js')) checks.push(['api-error-kit/query', `export * from './dist/query.js';`, null]);

let failed = 0;
const rows = [];
for (const [label, contents, budget] of checks) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, external, logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const over = budget !== null && gz > budget;
  if (over) failed++;
  rows.push({ entry: label, minified: code.length, 'min+gzip': gz, budget: budget ?? '-', status: budget === null ? '' : over ? 'OVER' : 'ok' });
}
if (existsSync('dist/styles.css')) {
  const css = readFileSync('dist/styles.css');
  const gz = gzipSync(css, { level: 9 }).length;
  const budget = 2560;
  if (gz > budget) failed++;
  rows.push({ entry: 'api-error-kit/styles.css', minified: css.length, 'min+gzip': gz, budget, status: gz > budget ? 'OVER' : 'ok' });
}
for (const row of rows)
  console.log(`${row.entry.padEnd(40)} ${String(row.minified).padStart(7)} B min  ${String(row['min+gzip']).padStart(6)} B min+gzip  budget ${String(row.budget).padStart(5)}  ${row.status}`);
if (failed) {
  console.error(`${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget`);
  process.exit(1);
}
