// The example's API: plain node:http on 127.0.0.1, on another origin than the app, so the browser
// applies CORS for real. It answers with the seed documents' error bodies and headers.
import { createServer } from 'node:http';
import { listen } from './listen.mjs';
import {
  accessDenied,
  badGateway502,
  GATEWAY_REQUEST_ID,
  octopus400,
  octopus401,
  octopus403,
  octopus404,
  serverError500,
  tooManyRequests429,
  validationFailure422,
} from './seeds.mjs';

/**
 * What a browser may read besides the safelisted headers: without this there is no countdown and no gateway support
 * ID.
 */
export const EXPOSED = 'Retry-After, Date, X-Request-Id';
/** Seconds the rate-limited endpoints ask the app to wait. */
export const RETRY_AFTER_SECONDS = 3;

/**
 * Starts the API on 127.0.0.1 (a random port unless given). Only `appOrigin` (set now or later
 * with `setAppOrigin`) is allowed by CORS. Requests are counted per `?session=` (the app sends one
 * per page load), so tests running side by side can each read their own counts at `/__hits`.
 */
export async function startApi({ port = 0, appOrigin } = {}) {
  let allowed = appOrigin;
  /** session -> "METHOD /path" -> count */
  const hits = new Map();
  const count = (session, key) => {
    const own = hits.get(session) ?? new Map();
    hits.set(session, own);
    const n = (own.get(key) ?? 0) + 1;
    own.set(key, n);
    return n;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const session = url.searchParams.get('session') ?? '';
    const origin = req.headers.origin;
    const n = url.pathname === '/__hits' ? 0 : count(session, `${req.method} ${url.pathname}`);

    /** Sends a response; CORS headers only for the app's origin, as a real API would. */
    const send = (status, body, { headers = {}, expose = EXPOSED } = {}) => {
      const json = typeof body !== 'string';
      const out = {
        'Content-Type': json ? 'application/json; charset=utf-8' : 'text/html',
        Date: new Date().toUTCString(),
        'Cache-Control': 'no-store',
        Vary: 'Origin',
        ...headers,
      };
      if (origin && origin === allowed) {
        out['Access-Control-Allow-Origin'] = allowed;
        if (expose) out['Access-Control-Expose-Headers'] = expose;
      }
      res.writeHead(status, out);
      res.end(json ? JSON.stringify(body) : body);
    };

    // Test-only: how many requests a page load made, read by the tests from Node (no CORS).
    if (url.pathname === '/__hits') return send(200, Object.fromEntries(hits.get(session) ?? []));

    if (req.method === 'OPTIONS') {
      // Preflight for the JSON POST: only the app's origin, only GET/POST, only the content-type header.
      const ok = origin === allowed && /^(GET|POST)$/.test(String(req.headers['access-control-request-method']));
      res.writeHead(
        204,
        ok
          ? {
              'Access-Control-Allow-Origin': allowed,
              'Access-Control-Allow-Methods': 'GET, POST',
              'Access-Control-Allow-Headers': 'content-type',
              'Access-Control-Max-Age': '600',
              Vary: 'Origin',
            }
          : { Vary: 'Origin' },
      );
      return res.end();
    }

    // Drain any request body before answering.
    req.resume();
    req.on('end', () => {
      switch (`${req.method} ${url.pathname}`) {
        case 'GET /api/projects':
          return send(400, octopus400);
        case 'GET /api/account':
          return send(401, octopus401);
        case 'GET /api/admin/users':
          return send(403, octopus403);
        case 'GET /api/releases/Releases-404':
          return send(404, octopus404);
        case 'POST /api/signup':
          return send(422, validationFailure422);
        // 429 with Retry-After (and Date) the first time in a session, then the data.
        case 'GET /api/reports':
          return n === 1
            ? send(429, tooManyRequests429, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } })
            : send(200, { reports: ['Quarterly report', 'Annual report'] });
        // The same, from an API that forgot Access-Control-Expose-Headers: the browser hides Retry-After.
        case 'GET /api/exports':
          return n === 1
            ? send(429, tooManyRequests429, { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) }, expose: '' })
            : send(200, { exports: ['Export ready: customers.csv'] });
        case 'GET /api/entries/ba8a92bd-0e5f-465e-acec-3cdb3db38df6':
          return send(500, serverError500);
        case 'GET /api/status':
          return send(502, badGateway502, { headers: { 'X-Request-Id': GATEWAY_REQUEST_ID } });
        case 'GET /oauth/authorize': {
          // The authorization server: the person declined, so it redirects back with seed 002's error.
          const redirect = url.searchParams.get('redirect_uri') ?? '';
          if (!allowed || !redirect.startsWith(`${allowed}/`))
            return send(400, { error: 'invalid_request', error_description: 'The redirect_uri is not registered' });
          const back = new URL(redirect);
          back.searchParams.set('error', accessDenied.error);
          back.searchParams.set('error_description', accessDenied.error_description);
          const state = url.searchParams.get('state');
          if (state) back.searchParams.set('state', state);
          res.writeHead(302, { Location: back.href, 'Cache-Control': 'no-store' });
          return res.end();
        }
        default:
          return send(404, { message: 'Not Found', description: 'The requested resource was not found' });
      }
    });
  });

  return { ...(await listen(server, port)), setAppOrigin: (value) => (allowed = value) };
}
