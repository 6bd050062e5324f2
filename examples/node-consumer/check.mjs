// Installs the packed tarball into a fresh directory outside the repository (so nothing can be
// resolved from the repo's node_modules) and runs consumer.mjs there with plain `node`.
// Usage: node examples/node-consumer/check.mjs path/to/api-error-kit.tgz
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tarball = resolve(process.argv[2] ?? '');
const dir = realpathSync(mkdtempSync(join(tmpdir(), 'api-error-kit-consumer-')));
try {
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  copyFileSync(fileURLToPath(new URL('./consumer.mjs', import.meta.url)), join(dir, 'consumer.mjs'));
  const install = spawnSync(
    'npm',
    ['install', tarball, '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (install.status !== 0) {
    console.log(install.stdout + install.stderr);
    console.log('node consumer: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`installed ${tarball} into ${dir}`);
  // A bare environment: no NODE_PATH or NODE_OPTIONS that could reach the repository.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const result = spawnSync(process.execPath, ['consumer.mjs'], { cwd: dir, env, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
