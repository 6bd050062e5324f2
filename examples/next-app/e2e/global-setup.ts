import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApi } from '../server/api.mjs';
import { freePort, serve } from './serve';

/** The API, then `next start` on 127.0.0.1 pointed at it; the tests read the app's origin from SSR_ORIGIN. */
export default async function globalSetup() {
  const app = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${app}/.next/BUILD_ID`))
    throw new Error(`no build in ${app}.next: run \`npm run test:e2e\` at the repository root`);
  const api = await startApi();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const next = await serve(
    `${app}node_modules/.bin/next`,
    ['start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      cwd: app,
      env: { API_ORIGIN: api.origin, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      origin,
    },
  );
  process.env.SSR_ORIGIN = origin;
  process.env.SSR_API_ORIGIN = api.origin;
  console.log(`next start ${origin}, API ${api.origin}`);
  return async () => {
    await next.close();
    await api.close();
  };
}
