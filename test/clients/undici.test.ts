import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { connect } from 'node:net';
import { Worker } from 'node:worker_threads';
import { Agent, fetch as undiciFetch, interceptors, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasUnreadBody, HttpError, normalizeError, readApiError, type ApiError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  headersOnlyModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type Scenario,
} from './harness';

// undici 7.30 (what Node's global fetch runs on; Node 20 bundles its 6.x) against the shared scenarios.
// - `request(url)` fails no status: it resolves `{ statusCode, statusText, headers, trailers, opaque, body, context }`,
//   `headers` a record of lower-cased names (a repeated header an array), `body` a `BodyReadable` (a Node stream with
//   fetch's `text()`, `json()`, `bytes()`, `dump()` and `bodyUsed`) nobody has read (lib/api/api-request.js
//   `onHeaders`, lib/api/readable.js). `throwOnError` is gone in 7 (lib/core/request.js throws on it).
// - `interceptors.responseError()` (its replacement) rejects a status of 400 or more with a `ResponseError` (name
//   "ResponseError", code "UND_ERR_RESPONSE", message "Response Error") holding `statusCode`, `headers` and `body`:
//   the text only for a type that starts `application/json` (then parsed) or `text/plain`, else '' (lib/interceptor/
//   response-error.js, lib/core/errors.js).
// - `interceptors.retry()` gives up on a retried status (429, 500, 502, 503, 504) with a `RequestRetryError` (name
//   "RequestRetryError", code "UND_ERR_REQ_RETRY", message "Request failed") holding `statusCode`, `headers` and
//   `data: { count }`, never the body (lib/handler/retry-handler.js).
// - `fetch` (undici's and the global one) is fetch: a `Response`; without a response it rejects `TypeError("fetch
//   failed")` whose `cause` is undici's error, and a body that fails midway rejects `TypeError("terminated")` with it
//   as `cause` (lib/web/fetch/index.js).
// - Without a response, `request` rejects with undici's own error (lib/core/errors.js): `HeadersTimeoutError`
//   (UND_ERR_HEADERS_TIMEOUT), `BodyTimeoutError` (UND_ERR_BODY_TIMEOUT, from the body's reads),
//   `ConnectTimeoutError` (UND_ERR_CONNECT_TIMEOUT), `SocketError` (UND_ERR_SOCKET, "other side closed"), Node's
//   `ECONNREFUSED`, and a signal's `reason` (an `AbortError` DOMException, or `AbortSignal.timeout`'s `TimeoutError`).
const server = serveScenarios();

type ResponseData = Awaited<ReturnType<typeof request>>;

/** The body as an app reads it after `request`: parsed when its type says JSON (`res.body.json()`), else text. */
async function readBody(res: ResponseData): Promise<unknown> {
  const type = String(res.headers['content-type'] ?? '');
  const text = await res.body.text();
  return /[/+]json\b/i.test(type) ? JSON.parse(text) : text;
}

describe('undici `request`: the result with its body read as text reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: async (url) => {
      const res = await request(url);
      return { ...res, body: await res.body.text() };
    },
    fails: () => false,
  });
});

describe('undici `request`: the result with its body read as JSON where it is JSON reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: async (url) => {
      const res = await request(url);
      return { ...res, body: await readBody(res) };
    },
    fails: () => false,
  });
});

// Its body is a stream, which no synchronous reading can see: the status and headers speak, as a fetch `Response`'s do
// before its body is read.
describe('undici `request`: the result as it resolves, its body unread', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))(
    '%s: normalizeError reads the status and headers',
    async (name, sent) => {
      const res = await request(`${server().url}/${name}`);
      try {
        expect(res.headers).not.toBeInstanceOf(Headers);
        expect(res.body.bodyUsed).toBe(false);
        expectSameModel(normalizeError(res, { now: NOW }), headersOnlyModel(sent, NOW));
      } finally {
        await res.body.dump();
      }
    },
  );
});

describe('undici `request`: the result as it resolves, read by readApiError, reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => request(url),
    fails: () => false,
    read: (value) => readApiError(value, { now: NOW }),
  });

  it('it has an unread body until readApiError spends it', async () => {
    const res = await request(`${server().url}/validation-422`);
    expect(hasUnreadBody(res)).toBe(true);
    expect(await readApiError(res, { now: NOW })).toMatchObject({ kind: 'validation', cause: res });
    expect(res.body.bodyUsed).toBe(true);
    expect(hasUnreadBody(res)).toBe(false);
  });
});

/** The body a `ResponseError` keeps: text for a type starting `application/json` (parsed) or `text/plain`, else ''. */
function responseErrorBody({ headers, body }: Scenario): unknown {
  const type = headers['content-type'] ?? '';
  if (type.startsWith('application/json')) {
    try {
      return JSON.parse(body);
    } catch {
      return body;
    }
  }
  return type.startsWith('text/plain') ? body : '';
}

const RESPONSE_ERROR_WHY =
  'a ResponseError keeps the body only when its type starts `application/json` or `text/plain`: problem+json, HTML ' +
  'and XML come as an empty string';

describe('undici `interceptors.responseError()`: its ResponseError reads as the raw response, but for the body', () => {
  const dispatcher = new Agent().compose(interceptors.responseError());
  afterAll(() => dispatcher.close());
  itAgreesWithTheRawResponse(server, {
    request: async (url) => {
      const res = await request(url, { dispatcher });
      // A status under 400 resolves as without it; the app reads its body.
      return { ...res, body: await readBody(res) };
    },
    fails: (sent) => sent.status >= 400,
    drops: Object.fromEntries(
      failures.flatMap((sent) => {
        const kept = { status: sent.status, headers: sent.headers, body: responseErrorBody(sent) };
        const dropped = droppedBetween(rawModel(sent, NOW), normalizeError(kept, { now: NOW }), RESPONSE_ERROR_WHY);
        return dropped ? [[sent.name, dropped]] : [];
      }),
    ),
  });

  it('its error is a ResponseError with the status, the headers and the body it kept', async () => {
    const { threw, value } = await settle(request(`${server().url}/rate-limited-429`, { dispatcher }));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'ResponseError', code: 'UND_ERR_RESPONSE', statusCode: 429 });
    expect((value as { headers: unknown }).headers).toMatchObject({ 'retry-after': '5' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

const RETRIED: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
const RETRY_WHY = 'a RequestRetryError keeps the status and headers of the last try, never its body';

describe('undici `interceptors.retry()`: the RequestRetryError it gives up with reads as status and headers', () => {
  // One retry, waiting at most 10 ms whatever Retry-After says, so the test does not sleep for 5 s.
  const dispatcher = new Agent().compose(interceptors.retry({ maxRetries: 1, minTimeout: 1, maxTimeout: 10 }));
  afterAll(() => dispatcher.close());
  const retried = failures.filter((sent) => RETRIED.has(sent.status));
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => request(url, { dispatcher }),
      drops: Object.fromEntries(
        retried.flatMap((sent) => {
          const dropped = droppedBetween(rawModel(sent, NOW), headersOnlyModel(sent, NOW), RETRY_WHY);
          return dropped ? [[sent.name, dropped]] : [];
        }),
      ),
    },
    retried,
  );

  it('its error is a RequestRetryError whose `data` is the count of tries, not a body', async () => {
    const { value } = await settle(request(`${server().url}/unavailable-503`, { dispatcher }));
    expect(value).toMatchObject({ name: 'RequestRetryError', statusCode: 503, data: { count: 2 } });
  });
});

/**
 * undici's `fetch`, typed as the DOM's: its own `Response` type is not (its `Headers` iterators lack
 * `[Symbol.dispose]`), so an app that hands it to `HttpError.fromResponse` casts it so too.
 */
const fetchOfUndici = undiciFetch as unknown as typeof fetch;

describe('undici `fetch`: a Response, read as fetch’s is', () => {
  itAgreesWithTheRawResponse(server, {
    request: async (url) => {
      const res = await fetchOfUndici(url, { redirect: 'manual' });
      if (!res.ok) throw await HttpError.fromResponse(res);
      const body: unknown = await res.json();
      throw new HttpError(res.status, res.headers, body);
    },
    fails: () => true,
  });

  itAgreesWithTheRawResponse(
    server,
    {
      request: async (url) => {
        const res = await fetchOfUndici(url, { redirect: 'manual' });
        if (!res.ok) throw res;
        return res.json();
      },
      read: (value) => readApiError(value, { now: NOW }),
    },
    failures,
  );
});

/** The abort of an app's own controller, before any answer. */
function aborted<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const pending = call(controller.signal);
  controller.abort();
  return pending;
}

/** A server on 127.0.0.1 that answers each request as `answer` does, for the failures the scenarios cannot give. */
function serveRaw(answer: Parameters<typeof createServer>[1]): () => string {
  let raw: Server | undefined;
  beforeAll(async () => {
    const started = createServer(answer);
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    raw = started;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        raw?.closeAllConnections();
        return raw ? raw.close(() => resolve()) : resolve();
      }),
  );
  return () => {
    if (!raw) throw new Error('the server is started in beforeAll');
    return `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  };
}

/** Connections Linux's accept queue holds for a backlog of 1 (backlog + 1): past them a SYN is dropped. */
const QUEUED = 2;

/**
 * A listening socket on 127.0.0.1 that never accepts, its queue filled, so a connect is never answered: a worker
 * listens with a backlog of 1 (Node takes 0 for its default, 511) and blocks its own event loop until it is told
 * to close.
 */
function serveUnaccepted(): () => string {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker | undefined;
  let port = 0;
  const filler: Socket[] = [];
  beforeAll(async () => {
    worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       const server = require('node:net').createServer();
       server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
         parentPort.postMessage(server.address().port);
         Atomics.wait(workerData, 0, 0, 60000);
         server.close();
       });`,
      { eval: true, workerData: gate },
    );
    port = await new Promise<number>((resolve) => worker?.once('message', resolve));
    for (let i = 0; i < QUEUED; i += 1) {
      const socket = connect(port, '127.0.0.1');
      filler.push(socket);
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    }
  });
  afterAll(async () => {
    for (const socket of filler) socket.destroy();
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    await worker?.terminate();
  });
  return () => `http://127.0.0.1:${port}/json-error`;
}

const sent = scenario('json-error');

describe('undici `request`: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => request(url),
    aborted: (url) => aborted((signal) => request(url, { signal })),
    timedOut: (url) => request(url, { dispatcher: new Agent({ headersTimeout: 50 }) }),
  });

  it('its HeadersTimeoutError is timeout', async () => {
    const dispatcher = new Agent({ headersTimeout: 50 });
    const { value } = await settle(request(`${server().url}/slow`, { dispatcher }));
    await dispatcher.close();
    expect(value).toMatchObject({ name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  it('`AbortSignal.timeout(ms)` is timeout', async () => {
    const { value } = await settle(request(`${server().url}/slow`, { signal: AbortSignal.timeout(50) }));
    expect(value).toMatchObject({ name: 'TimeoutError' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout' });
  });

  const stalled = serveRaw((_req, res) => {
    res.writeHead(sent.status, { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) });
    res.write(sent.body.slice(0, 10));
  });
  it('a body that stalls past `bodyTimeout` is timeout', async () => {
    const dispatcher = new Agent({ bodyTimeout: 50 });
    const res = await request(`${stalled()}/json-error`, { dispatcher });
    const { threw, value } = await settle(res.body.text());
    await dispatcher.destroy();
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'BodyTimeoutError', code: 'UND_ERR_BODY_TIMEOUT' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  const unaccepted = serveUnaccepted();
  it('a connect never answered past `connect.timeout` is timeout', async () => {
    const dispatcher = new Agent({ connect: { timeout: 50 }, headersTimeout: 3000 });
    const { value } = await settle(request(unaccepted(), { dispatcher }));
    await dispatcher.destroy();
    expect(value).toMatchObject({ name: 'ConnectTimeoutError', code: 'UND_ERR_CONNECT_TIMEOUT' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });

  const closing = serveRaw((req, res) => {
    if (req.url === '/before-headers') {
      req.socket.destroy();
      return;
    }
    res.writeHead(sent.status, { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) });
    res.write(sent.body.slice(0, 10), () => res.socket?.destroy());
  });
  it('a socket closed before the headers is network', async () => {
    const { value } = await settle(request(`${closing()}/before-headers`));
    expect(value).toMatchObject({ name: 'SocketError', code: 'UND_ERR_SOCKET', message: 'other side closed' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
  it('a socket closed mid-body is network', async () => {
    const res = await request(`${closing()}/mid-body`);
    const { threw, value } = await settle(res.body.text());
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'SocketError', code: 'UND_ERR_SOCKET' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});

/** The kind a fetch failure reads as, with the undici error in its `cause`. */
async function fetchFailure(pending: Promise<unknown>): Promise<{ error: unknown; model: ApiError }> {
  const { threw, value } = await settle(pending);
  expect(threw, 'the call must fail').toBe(true);
  return { error: value, model: normalizeError(value, { now: NOW }) };
}

for (const [label, fetchOf] of [
  ['Node’s global fetch', fetch],
  ['undici `fetch`', fetchOfUndici],
] as const)
  describe(`${label}: failures without a response, with an undici Agent as its \`dispatcher\``, () => {
    /** fetch's init with undici's `dispatcher`, which Node's global fetch takes too. */
    const via = (dispatcher: Agent): RequestInit => ({ dispatcher }) as RequestInit;

    itTellsTransportFailures(server, refusedUrl, {
      refused: (url) => fetchOf(url),
      aborted: (url) => aborted((signal) => fetchOf(url, { signal })),
      timedOut: (url) => fetchOf(url, via(new Agent({ headersTimeout: 50 }))),
    });

    it('`headersTimeout`: "fetch failed" caused by a HeadersTimeoutError is timeout', async () => {
      const dispatcher = new Agent({ headersTimeout: 50 });
      const { error, model } = await fetchFailure(fetchOf(`${server().url}/slow`, via(dispatcher)));
      await dispatcher.close();
      expect(error).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
      expect((error as Error).cause).toMatchObject({ code: 'UND_ERR_HEADERS_TIMEOUT' });
      expect(model).toMatchObject({ kind: 'timeout', format: 'timeout' });
    });

    it('`AbortSignal.timeout(ms)` is timeout', async () => {
      const { error, model } = await fetchFailure(fetchOf(`${server().url}/slow`, { signal: AbortSignal.timeout(50) }));
      expect(error).toMatchObject({ name: 'TimeoutError' });
      expect(model.kind).toBe('timeout');
    });

    const stalled = serveRaw((_req, res) => {
      res.writeHead(sent.status, { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) });
      res.write(sent.body.slice(0, 10));
    });
    it('`bodyTimeout`: "terminated" caused by a BodyTimeoutError is timeout', async () => {
      const dispatcher = new Agent({ bodyTimeout: 50 });
      const res = await fetchOf(`${stalled()}/json-error`, via(dispatcher));
      const { error, model } = await fetchFailure(res.text());
      await dispatcher.destroy();
      expect(error).toMatchObject({ name: 'TypeError', message: 'terminated' });
      expect((error as Error).cause).toMatchObject({ code: 'UND_ERR_BODY_TIMEOUT' });
      expect(model).toMatchObject({ kind: 'timeout', format: 'timeout' });
    });

    const unaccepted = serveUnaccepted();
    it('`connect.timeout`: "fetch failed" caused by a ConnectTimeoutError is timeout', async () => {
      const dispatcher = new Agent({ connect: { timeout: 50 }, headersTimeout: 3000 });
      const { error, model } = await fetchFailure(fetchOf(unaccepted(), via(dispatcher)));
      await dispatcher.destroy();
      expect((error as Error).cause).toMatchObject({ code: 'UND_ERR_CONNECT_TIMEOUT' });
      expect(model).toMatchObject({ kind: 'timeout', format: 'timeout' });
    });

    const closing = serveRaw((req, res) => {
      if (req.url === '/before-headers') {
        req.socket.destroy();
        return;
      }
      res.writeHead(sent.status, { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) });
      res.write(sent.body.slice(0, 10), () => res.socket?.destroy());
    });
    it('a socket closed before the headers: "fetch failed" caused by a SocketError is network', async () => {
      const { error, model } = await fetchFailure(fetchOf(`${closing()}/before-headers`));
      expect((error as Error).cause).toMatchObject({ code: 'UND_ERR_SOCKET', message: 'other side closed' });
      expect(model).toMatchObject({ kind: 'network', format: 'network' });
    });
    it('a socket closed mid-body: "terminated" caused by a SocketError is network', async () => {
      const res = await fetchOf(`${closing()}/mid-body`);
      const { error, model } = await fetchFailure(res.text());
      expect(error).toMatchObject({ name: 'TypeError', message: 'terminated' });
      expect((error as Error).cause).toMatchObject({ code: 'UND_ERR_SOCKET' });
      expect(model).toMatchObject({ kind: 'network', format: 'network' });
    });
  });
