// The published types never show a name like `FieldError_2`. The declaration bundler renames a declaration
// when two share a name: the component `FieldError` and the model's `FieldError` became `FieldError_2`, and
// toReport's `Report` met the DOM's global `Report`. A user then sees the renamed name in every hover and error.
// Run after `npm run build`; exits 1 when a .d.ts in dist/ declares or exports a name ending in `_<digits>`.
// A namespace import of another package (`import * as React_2 from 'react'`, renamed around @types/react's
// global `React`) declares nothing of the kit's and is left alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../dist/', import.meta.url).pathname;
const SUFFIXED = String.raw`[A-Za-z$][\w$]*_\d+`;
const patterns = [
  // `declare interface FieldError_2`, `export declare function Report_2`, `declare const x_3`
  new RegExp(
    String.raw`\bdeclare\s+(?:abstract\s+)?(?:interface|type|function|const|let|var|class|enum|namespace)\s+(${SUFFIXED})\b`,
    'g',
  ),
  // `export interface Report_2`, `export type Thing_2`
  new RegExp(String.raw`\bexport\s+(?:interface|type|class|enum|namespace|function|const)\s+(${SUFFIXED})\b`, 'g'),
  // `export { FieldError_2 as FieldError }`
  new RegExp(String.raw`\bexport\s*(?:type\s*)?\{[^}]*?\b(${SUFFIXED})\s+as\b`, 'g'),
];

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  );

let found;
try {
  found = files(DIST);
} catch {
  console.error('declaration names: no dist/ (run `npm run build` first)');
  process.exit(1);
}
const problems = [];
for (const file of found) {
  const text = readFileSync(file, 'utf8');
  const names = new Set(patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1])));
  for (const name of names) problems.push(`${file.slice(DIST.length)}: ${name}`);
}
if (problems.length) {
  console.error(
    `declaration names: ${problems.length} renamed for a clash (give each its own name):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`declaration names: ok (${found.length} .d.ts files, no name renamed for a clash)`);
