// The API the server-rendered examples (next-app, react-router-app) fetch from, on 127.0.0.1: real
// error bodies and headers copied from test/conformance/cases/*.ts, so the apps meet what servers send.
import { createServer } from 'node:http';
import { listen } from '../../vite-app/server/listen.mjs';

export const USER = { id: '1', name: 'Ada Lovelace' };

/** Seconds the 429 asks to wait (Falcon's test_429 sends Retry-After: 60). */
export const RETRY_AFTER_SECONDS = 60;

/** GET /api/users/:id -> [status, headers, body, source] for each id that fails. */
export const USERS = {
  // rails/public-exceptions-json-404: rails/rails actionpack/test/dispatch/public_exceptions_test.rb@9c0284e5
  404: [404, { 'Content-Type': 'application/json' }, { status: 404, error: 'Not Found' }],
  // falcon/429-retry-after: falconry/falcon tests/test_httperror.py@023eb690 (HTTPTooManyRequests, retry_after=60)
  429: [
    429,
    { 'Content-Type': 'application/json', 'Retry-After': String(RETRY_AFTER_SECONDS) },
    { title: 'Too many requests', description: '1 per minute' },
  ],
  // discord/user-rate-limit: https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
  // (the wait is also in the body, retry_after, which survives React Router's thrown data())
  discord: [
    429,
    {
      'Content-Type': 'application/json',
      'Retry-After': '65',
      'X-RateLimit-Limit': '10',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset-After': '64.57',
      'X-RateLimit-Scope': 'user',
    },
    { message: 'You are being rate limited.', retry_after: 64.57, global: false },
  ],
  // laravel/server-error-masked: laravel/framework tests/Foundation/FoundationExceptionsHandlerTest.php@01b1450b
  500: [500, { 'Content-Type': 'application/json' }, { message: 'Server Error' }],
};

/** POST /api/payments: drf/serializer-field-map, encode/django-rest-framework docs/api-guide/exceptions.md@0455e271. */
export const PAYMENT_INVALID = [
  400,
  { 'Content-Type': 'application/json' },
  { amount: ['A valid integer is required.'], description: ['This field may not be blank.'] },
];

/** Starts the API on a free 127.0.0.1 port; `hits()` counts requests per "METHOD /path". */
export async function startApi({ port = 0 } = {}) {
  const hits = {};
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = `${req.method} ${url.pathname}`;
    hits[route] = (hits[route] ?? 0) + 1;
    const send = ([status, headers, body]) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const user = /^\/api\/users\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && user)
      return send(
        USERS[user[1]] ?? (user[1] === USER.id ? [200, { 'Content-Type': 'application/json' }, USER] : USERS[404]),
      );
    if (route === 'POST /api/payments') {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        let payment = {};
        try {
          payment = JSON.parse(raw);
        } catch {
          // Not JSON: the empty payment fails the checks below.
        }
        // Like DRF's serializer: both fields checked, every message at once.
        if (!/^\d+$/.test(String(payment.amount ?? '')) || !String(payment.description ?? '').trim())
          return send(PAYMENT_INVALID);
        send([201, { 'Content-Type': 'application/json' }, { id: 'pay_1', ...payment }]);
      });
      return;
    }
    send([404, { 'Content-Type': 'application/json' }, { message: 'No such endpoint' }]);
  });
  return { ...(await listen(server, port)), hits: () => ({ ...hits }) };
}
