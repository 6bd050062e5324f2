// Proves that importing one thing brings only that thing: bundles small consumer entries from dist/
// with esbuild (minified, tree-shaken, peers external, the package's own `sideEffects` honoured)
// and checks what each bundle contains. Prints the figures; exits 1 if a check fails.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = (file) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const alias = {
  'api-error-kit': dist('index.js'),
  'api-error-kit/formats': dist('formats.js'),
  'api-error-kit/clients': dist('clients.js'),
  'api-error-kit/react': dist('react.js'),
  'api-error-kit/query': dist('query.js'),
  'api-error-kit/forms': dist('forms.js'),
};
const external = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'];

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    write: false,
    alias,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

// Markers: strings only the named code contains (they survive minification).
const markers = {
  React: /from"react"|from"react\/jsx-runtime"/,
  'TanStack Query': /@tanstack\/react-query/,
  'the retry policy': /retryDelay\(/,
  // The notice landmark: the summary shares the notices' action and dismiss buttons (and their classes), not this.
  notices: /"section"/,
  'the rate-limit countdown': /role:"timer"/,
  'the support ID copy button': /aek-support/,
  'the announcer': /data-api-error-announcer/,
  // Formats by their names, which only their own files hold.
  'the problem+json format': /"problem\+json"/,
  'the other formats': /"json:api"|"express-validator"|"meta-envelope"|"field-dictionary"|"message-description"/,
  // The XML reader went into its format: an app that reads no XML does not carry it.
  'the XML format': /CDATA/,
  // Clients by the names their errors carry, which only their own files hold.
  'the tRPC client': /"TRPCClientError"/,
  'the other clients': /"ClerkAPIResponseError"|"FirebaseError"|"WebAPIPlatformError"|"AI_APICallError"/,
};

// What a normalizer brings is checked apart: every other case reads with all the formats.
const layers = Object.keys(markers).slice(0, 7);

const cases = [
  {
    name: "import { normalizeError } from 'api-error-kit'",
    code: "import { normalizeError } from 'api-error-kit'; export default normalizeError;",
    absent: layers,
  },
  {
    name: "import { ErrorSummary } from 'api-error-kit/react'",
    code: "import { ErrorSummary } from 'api-error-kit/react'; export default ErrorSummary;",
    present: ['React'],
    absent: ['TanStack Query', 'the retry policy', 'notices', 'the rate-limit countdown', 'the support ID copy button'],
  },
  {
    name: "import { retryPolicy } from 'api-error-kit/query'",
    code: "import { retryPolicy } from 'api-error-kit/query'; export default retryPolicy;",
    present: ['the retry policy'],
    // Bare imports of peers stay (a bundler cannot know `react` has no side effects); no kit code comes along.
    absent: ['notices', 'the rate-limit countdown', 'the support ID copy button', 'the announcer'],
  },
  {
    // Server actions call it (Conform's reply is made there): no React, no component comes along.
    name: "import { toConformErrors } from 'api-error-kit/forms'",
    code: "import { toConformErrors } from 'api-error-kit/forms'; export default toConformErrors;",
    absent: layers,
  },
  {
    // Pay for what you use: one format, and none of the others.
    name: 'createNormalizer({ formats: [problemJson] })',
    code: "import { createNormalizer } from 'api-error-kit'; import { problemJson } from 'api-error-kit/formats'; export default createNormalizer({ formats: [problemJson] });",
    present: ['the problem+json format'],
    absent: ['the other formats', 'the XML format', 'the tRPC client', 'the other clients', ...layers],
  },
  {
    // And one client: its errors read as responses, and no other client's reader.
    name: 'createNormalizer({ formats: [problemJson], clients: [trpcErrors] })',
    code: "import { createNormalizer } from 'api-error-kit'; import { problemJson } from 'api-error-kit/formats'; import { trpcErrors } from 'api-error-kit/clients'; export default createNormalizer({ formats: [problemJson], clients: [trpcErrors] });",
    present: ['the problem+json format', 'the tRPC client'],
    absent: ['the other formats', 'the XML format', 'the other clients', ...layers],
  },
  {
    name: 'everything (for comparison)',
    code: "export * from 'api-error-kit'; export * from 'api-error-kit/react'; export * from 'api-error-kit/query';",
    present: Object.keys(markers),
  },
];

let failures = 0;
for (const { name, code, present = [], absent = [] } of cases) {
  const { code: output, gzip } = await bundle(code);
  const problems = [
    ...present.filter((marker) => !markers[marker].test(output)).map((marker) => `missing ${marker}`),
    ...absent.filter((marker) => markers[marker].test(output)).map((marker) => `contains ${marker}`),
  ];
  failures += problems.length;
  console.log(
    `${problems.length ? 'FAIL' : 'ok  '} ${name.padEnd(55)} ${String(output.length).padStart(6)} B min ${String(gzip).padStart(6)} B min+gzip`,
  );
  if (absent.length && !problems.length) console.log(`       without: ${absent.join(', ')}`);
  for (const problem of problems) console.log(`       ${problem}`);
}
process.exit(failures ? 1 : 0);
