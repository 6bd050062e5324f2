// `npm run screenshots`: serves the static Storybook build (building it first if needed) and saves
// PNGs of the key stories with Debian's Chromium, for the README. Play functions run first, so a
// story shows the state its play function leads to.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = 'storybook-static';
const out = 'docs/screenshots';
const shots = [
  { file: 'error-summary.png', id: 'components-errorsummary--with-field-errors', waitFor: '.aek-summary' },
  { file: 'rate-limit.png', id: 'components-ratelimitnotice--counting-down', waitFor: '[role=timer]' },
  { file: 'server-error.png', id: 'components-servererrornotice--debug-details-on', waitFor: 'details[open]' },
  { file: 'permission-403.png', id: 'components-permissionnotice--no-access', waitFor: '.aek-notice' },
  {
    file: 'dark-french.png',
    id: 'components-ratelimitnotice--french',
    globals: 'theme:dark;locale:fr',
    waitFor: '[role=timer]',
  },
  {
    file: 'playground.png',
    id: 'playground--normalizer-playground',
    waitFor: '.aek-summary',
    width: 1200,
    height: 760,
  },
];

if (!existsSync(join(root, 'iframe.html')) || process.argv.includes('--build')) {
  const build = spawnSync('npm', ['run', 'build-storybook'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
  response
    .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    .end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
mkdirSync(out, { recursive: true });
let failed = 0;
for (const shot of shots) {
  const page = await browser.newPage({
    viewport: { width: shot.width ?? 760, height: shot.height ?? 480 },
    deviceScaleFactor: 1,
  });
  const globals = shot.globals ? `&globals=${shot.globals}` : '';
  try {
    // localhost, not 127.0.0.1: a secure context, so Mock Service Worker can register.
    await page.goto(`http://localhost:${port}/iframe.html?id=${shot.id}&viewMode=story${globals}`);
    await page.waitForSelector(shot.waitFor, { timeout: 20_000 });
    await page.waitForTimeout(600); // let the play function finish and the focus ring settle
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, shot.file), fullPage: !shot.height });
    console.log(`saved ${join(out, shot.file)}`);
  } catch (error) {
    failed++;
    console.error(`could not capture ${shot.id}: ${error.message}`);
  } finally {
    await page.close();
  }
}
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
