// Serves the built app (dist/) on its own 127.0.0.1 origin, as any static host would: files by
// path, index.html for every route. The API's origin is written into index.html when served, so
// one build runs against an API on any port.
import { createServer } from 'node:http';
import { listen } from './listen.mjs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Starts the static server for `root` (a random port unless given). Pages carry a strict Content
 * Security Policy: scripts and styles only from the app's own files, requests only to the API, so the
 * kit is proven to need no inline script or style sheet.
 */
export async function startStatic({ root, port = 0, apiOrigin }) {
  let api = apiOrigin ?? '';
  const csp = () =>
    `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${api}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
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
      const html = (await readFile(join(root, 'index.html'), 'utf8')).replace('__API_ORIGIN__', api);
      res.writeHead(200, {
        'Content-Type': TYPES['.html'],
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': csp(),
      });
      res.end(html);
    }
  });

  return { ...(await listen(server, port)), setApiOrigin: (value) => (api = value) };
}

/** Starts the API and the app on two random ports of 127.0.0.1 and wires each to the other's origin. */
export async function startBoth({ root }) {
  const { startApi } = await import('./api.mjs');
  const [api, app] = await Promise.all([startApi(), startStatic({ root })]);
  api.setAppOrigin(app.origin);
  app.setApiOrigin(api.origin);
  return { api, app, close: () => Promise.all([api.close(), app.close()]) };
}
