import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBoth } from '../server/static.mjs';

/**
 * Starts the API and the built app on two random 127.0.0.1 ports; the tests read their origins from the environment.
 */
export default async function globalSetup() {
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(`${root}/index.html`))
    throw new Error(`no build in ${root}: run \`npm run test:e2e\` at the repository root`);
  const { api, app, close } = await startBoth({ root });
  process.env.APP_ORIGIN = app.origin;
  process.env.API_ORIGIN = api.origin;
  console.log(`app ${app.origin}, api ${api.origin}`);
  return async () => {
    await close();
  };
}
