// One node:http server on 127.0.0.1 for the Quick start: the built app (a SPA: index.html for every
// route), its API and a sign-in page, all on the same origin, because the Quick start fetches the
// relative URL /api/users/1. The API answers with the scenario a test sets at POST /__scenario.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { listen } from '../../vite-app/server/listen.mjs';
import { SCENARIOS } from './responses.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

// The same strict policy as examples/vite-app: the Quick start must need no inline script or style.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Where the Quick start's "Sign in" link goes: a plain page, so following the link can be checked. */
const LOGIN = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Sign in</title></head>
  <body>
    <main>
      <h1>Sign in</h1>
      <p>This page stands in for the app's sign-in.</p>
    </main>
  </body>
</html>
`;

/**
 * Starts the server for the build in `root` (a random port unless given), answering `scenario`
 * until a test sets another:
 * - `POST /__scenario` `{"scenario":"429"}` sets it and clears the counts (204; 400 for an unknown name);
 * - `GET /__hits` says how many API requests were made since, per "METHOD /path".
 * A 429 is served once; the requests after it get the data, so a retry succeeds.
 */
export async function startQuickStart({ root, port = 0, scenario: initial = 'ok' }) {
  if (!Object.hasOwn(SCENARIOS, initial))
    throw new Error(`unknown scenario ${initial}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  let scenario = initial;
  let hits = {};
  let served429 = false;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = `${req.method} ${url.pathname}`;
    const sendJson = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };

    if (route === 'POST /__scenario') {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        let next;
        try {
          next = JSON.parse(raw).scenario;
        } catch {
          return sendJson(400, { message: 'send {"scenario": name}' });
        }
        if (!Object.hasOwn(SCENARIOS, next))
          return sendJson(400, { message: `unknown scenario ${next}; known: ${Object.keys(SCENARIOS).join(', ')}` });
        scenario = next;
        hits = {};
        served429 = false;
        res.writeHead(204).end();
      });
      return;
    }
    if (route === 'GET /__hits') return sendJson(200, hits);

    if (url.pathname.startsWith('/api/')) {
      hits[route] = (hits[route] ?? 0) + 1;
      if (req.method !== 'GET' || !/^\/api\/users\/[^/]+$/.test(url.pathname))
        return sendJson(404, { message: 'No such endpoint' });
      // The 429 once; every request after it gets the data.
      const name = scenario === '429' && served429 ? 'ok' : scenario;
      if (name === '429') served429 = true;
      const [status, headers, body] = SCENARIOS[name];
      return sendJson(status, body, headers);
    }

    if (url.pathname === '/login') {
      res.writeHead(200, {
        'Content-Type': TYPES['.html'],
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': CSP,
      });
      return res.end(LOGIN);
    }
    serveApp(root, url.pathname, res);
  });

  return {
    ...(await listen(server, port)),
    setScenario: (name) => {
      if (!Object.hasOwn(SCENARIOS, name)) throw new Error(`unknown scenario ${name}`);
      scenario = name;
      hits = {};
      served429 = false;
    },
  };
}

/** Files from `root` by path, index.html for every route (as any static host serving a SPA). */
async function serveApp(root, pathname, res) {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
  try {
    if (!inside || !extname(file) || file === join(root, 'index.html')) throw new Error('a route, not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  } catch {
    if (extname(pathname) && pathname !== '/index.html') {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('Not found');
    }
    try {
      const html = await readFile(join(root, 'index.html'));
      res.writeHead(200, {
        'Content-Type': TYPES['.html'],
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': CSP,
      });
      res.end(html);
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`no build in ${root}`);
    }
  }
}
