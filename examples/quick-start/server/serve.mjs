// Serves the built Quick start by hand, to try it in a browser: `npm run serve [-- scenario]` after
// `npm run build` (scenarios: ok, 401, 404, 429, 500; switch with POST /__scenario).
import { fileURLToPath } from 'node:url';
import { startQuickStart } from './server.mjs';

const scenario = process.argv[2] ?? 'ok';
const { origin } = await startQuickStart({ root: fileURLToPath(new URL('../dist', import.meta.url)), scenario });
console.log(`quick start ${origin} (scenario ${scenario})\nCtrl-C to stop`);
