import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startQuickStart } from '../server/server.mjs';

/**
 * Serves the built Quick start and its API on one random 127.0.0.1 port; the tests read the origin from the
 * environment.
 */
export default async function globalSetup() {
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(`${root}/index.html`))
    throw new Error(`no build in ${root}: run \`npm run test:e2e\` at the repository root`);
  const { origin, close } = await startQuickStart({ root });
  process.env.QUICK_START_ORIGIN = origin;
  console.log(`quick start ${origin}`);
  return async () => {
    await close();
  };
}
