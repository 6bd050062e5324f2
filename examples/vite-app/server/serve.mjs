// Starts the API and the built app by hand, to try the example in a browser: `npm run serve` after `npm run build`.
import { fileURLToPath } from 'node:url';
import { startBoth } from './static.mjs';

const { api, app } = await startBoth({ root: fileURLToPath(new URL('../dist', import.meta.url)) });
console.log(`app ${app.origin}\napi ${api.origin}\nCtrl-C to stop`);
