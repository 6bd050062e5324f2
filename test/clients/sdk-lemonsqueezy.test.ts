import { createCheckout, getStore, lemonSqueezySetup } from '@lemonsqueezy/lemonsqueezy.js';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Agent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { lemonSqueezyErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioServer,
} from './harness';
import { caseScenario, sendScenario } from './vendor';

// @lemonsqueezy/lemonsqueezy.js 4.0 (the official SDK) against a real server on 127.0.0.1. Every call goes through
// one request function (`r` in node_modules/@lemonsqueezy/lemonsqueezy.js/dist/index.js; its result is
// `FetchResponse` in dist/index.d.ts) that never rejects for a response: it resolves `{ statusCode, data, error }`.
// - Not ok, with a JSON body: `statusCode` the status, `data` the body as `response.json()` parsed it, `error` an
//   `Error` named "Lemon Squeezy Error" (made by `G`) whose message is `response.statusText` and whose `cause` is the
//   body's `errors`, else its `error`, else its `message`, else the words "unknown cause".
// - A 2xx: `{ statusCode, data, error: null }`.
// - A body that is not JSON (text, HTML, XML, empty or blank), whatever the status: `response.json()` throws, and the
//   result is `{ statusCode: null, data: null, error }`, `error` that `SyntaxError`: status and body are gone.
// - No response: the same, `error` fetch's `TypeError("fetch failed")`. No API key set: no request, `error` a "Lemon
//   Squeezy Error" with the SDK's own sentence and cause "Missing API key".
// No header is ever kept. The same `error` goes to `lemonSqueezySetup({ onError })`. Redirects are followed (fetch's
// default). The SDK takes no signal and has no timeout: an app can neither abort a call nor time it out, so neither
// is tested. Its only host is the constant `https://api.lemonsqueezy.com` (no base URL option) and it calls the global
// `fetch`: the test installs an undici dispatcher whose connector opens a TCP connection to the server on 127.0.0.1 in
// place of TLS to that host, so the URL, method, headers and body the SDK writes and the answer fetch reads are
// unchanged. The server answers with the scenario the API key names (`Authorization: Bearer <name>`), so any of the
// SDK's functions can be answered with any scenario.

/** The SDK's host, the only one the dispatcher connects to: nothing leaves this machine. */
const HOST = 'api.lemonsqueezy.com';
/** Where the server's redirect hop points, on the SDK's own host. */
const REDIRECTED = '/v1/redirected';
/** A key of this prefix is answered with a 302 to `REDIRECTED` first, then with the scenario after it. */
const VIA_REDIRECT = 'via-redirect:';
/** The store and variant the calls name; the server answers by key, not by id. */
const STORE = 'dasdasd';
const VARIANT = '652';

// The cases show Lemon Squeezy's bodies only; the SDK parses every body with `response.json()` whatever its type,
// so no header is added.
/** Lemon Squeezy's own error bodies, from the conformance corpus. */
// https://github.com/lmsqueezy/laravel/issues/76 (GET /v1/stores/dasdasd)
const NOT_FOUND = caseScenario('lemon-squeezy/route-not-found-404');
// https://github.com/lmsqueezy/lemonsqueezy.js/issues/9 (POST /v1/checkouts)
const INVALID = caseScenario('lemon-squeezy/checkout-data-not-array-422');
const LEMON_SQUEEZY = [
  NOT_FOUND,
  INVALID,
  // https://github.com/NuroDev/lemonsqueezy.ts/issues/17 (POST /v1/checkouts)
  caseScenario('lemon-squeezy/unexpected-error-500'),
];
/** The cases made by a checkout; the others answer `getStore`, as their sources did. */
const BY_CHECKOUT = new Set(['lemon-squeezy/checkout-data-not-array-422', 'lemon-squeezy/unexpected-error-500']);
/**
 * JSON:API error documents of another API, Patreon's, for what the corpus holds no Lemon Squeezy body of: a 401 and a
 * 429 whose item says its wait. Lemon Squeezy's API is JSON:API too.
 */
const JSON_API = [
  // mxpv/patreon-go/error_test.go@2e4ed0dfaa1642d3eef2be3e0fac73f17ffe586c
  caseScenario('patreon/unauthorized-jsonapi-401'),
  // Patreon/platform-documentation/source/includes/_rate_limits.md@067b18a8f8bcf9f3962afaa574bc876f3400c9cf
  caseScenario('patreon/request-throttled-429'),
];
/** The OAuth redirect points off this machine, and fetch follows it: a redirect on the SDK's host is tested below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

/** What the SDK asked the server for, with one key, last. */
interface Asked {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly accept: string;
  readonly body: string;
}

interface LemonSqueezyServer {
  /** The server as the agreement harness takes it: `${url}/<name>` names the scenario a call is answered with. */
  server(): ScenarioServer;
  port(): number;
  asked(key: string): Asked | undefined;
}

/** Lemon Squeezy's API on 127.0.0.1, started before the file's tests: each request answered as its API key says. */
function serveLemonSqueezy(served: readonly Scenario[]): LemonSqueezyServer {
  const byName = new Map(served.map((sent) => [sent.name, sent]));
  const asked = new Map<string, Asked>();
  let server: Server | undefined;
  beforeAll(async () => {
    const started = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        const path = req.url ?? '';
        const body = Buffer.concat(chunks).toString();
        asked.set(key, {
          method: req.method ?? '',
          host: req.headers.host ?? '',
          path,
          accept: req.headers.accept ?? '',
          body,
        });
        if (key.startsWith(VIA_REDIRECT) && path !== REDIRECTED)
          return void res.writeHead(302, { location: `https://${HOST}${REDIRECTED}` }).end();
        const sent = byName.get(key.replace(VIA_REDIRECT, ''));
        if (sent) sendScenario(res, sent);
        else res.writeHead(500, { 'content-type': 'text/plain' }).end(`no scenario "${key}"`);
      });
    });
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    server = started;
  });
  afterAll(async () => {
    const listening = server;
    if (!listening) return;
    listening.closeAllConnections();
    await new Promise((resolve) => listening.close(resolve));
  });
  const port = (): number => {
    if (!server) throw new Error('the server is started in beforeAll');
    return (server.address() as AddressInfo).port;
  };
  return {
    server: () => ({ url: `http://127.0.0.1:${port()}`, close: () => Promise.resolve() }),
    port,
    asked: (key) => asked.get(key),
  };
}

/** An undici dispatcher whose connections to Lemon Squeezy's host are TCP connections to `port` on 127.0.0.1. */
function toThisMachine(port: number): Agent {
  return new Agent({
    connect: (options, done) => {
      if (options.hostname !== HOST)
        return done(new Error(`no connection off this machine: ${options.hostname}`), null);
      const socket = connect({ host: '127.0.0.1', port });
      const failed = (error: Error) => done(error, null);
      socket.once('error', failed).once('connect', () => {
        socket.off('error', failed);
        done(null, socket);
      });
    },
  });
}

/** Runs `call` with the global fetch's connections going to `port`, and puts the app's dispatcher back after. */
async function routedTo<T>(port: number, call: () => Promise<T>): Promise<T> {
  const before: Dispatcher = getGlobalDispatcher();
  const agent = toThisMachine(port);
  setGlobalDispatcher(agent);
  try {
    return await call();
  } finally {
    setGlobalDispatcher(before);
    await agent.close();
  }
}

const lemon = serveLemonSqueezy([...scenarios, ...LEMON_SQUEEZY, ...JSON_API]);
const server = () => lemon.server();

// Every test's fetch goes to the server; each test that needs another target routes its own call.
let appDispatcher: Dispatcher | undefined;
beforeAll(() => {
  appDispatcher = getGlobalDispatcher();
  setGlobalDispatcher(toThisMachine(lemon.port()));
});
afterAll(async () => {
  const ours = getGlobalDispatcher();
  if (appDispatcher) setGlobalDispatcher(appDispatcher);
  await ours.close();
});

/** The result every Lemon Squeezy call resolves with (`FetchResponse` in dist/index.d.ts), whatever its data. */
interface Result {
  readonly statusCode: number | null;
  readonly data: unknown;
  readonly error: Error | null;
}

/** The call an app makes, answered with the scenario `name`: `getStore`, or `createCheckout` where its source did. */
function call(name: string): Promise<Result> {
  lemonSqueezySetup({ apiKey: name });
  return BY_CHECKOUT.has(name)
    ? createCheckout(STORE, VARIANT, { checkoutData: { email: 'jane@example.com' } })
    : getStore(STORE);
}
/** The harness's `${url}/<name>`: the call answered with that scenario. */
const request = (url: string): Promise<Result> => call(new URL(url).pathname.slice(1));
const errorOf = (result: unknown): unknown => (result as Result).error;

/** The model of nothing at all: what a call that kept neither status, headers nor body can say. */
const NOTHING = normalizeError(undefined, { now: NOW });

/** The body as `response.json()` parses it; undefined where it throws (text, HTML, XML, empty, blank). */
function jsonOf({ body }: Scenario): { body: unknown } | undefined {
  try {
    return { body: JSON.parse(body) as unknown };
  } catch {
    return undefined;
  }
}

const NOT_JSON_WHY =
  '`response.json()` throws on a body that is not JSON: the result holds only that SyntaxError, no status or body';
const RESULT_WHY = 'the result keeps the status and the parsed body, no header';

/** What the whole result drops of a scenario. */
function resultDrops(sent: Scenario): Dropped | undefined {
  const json = jsonOf(sent);
  const kept = json ? normalizeError({ status: sent.status, headers: {}, body: json.body }, { now: NOW }) : NOTHING;
  return droppedBetween(rawModel(sent, NOW), kept, json ? RESULT_WHY : NOT_JSON_WHY);
}

/** The member of a body the SDK puts in its error's `cause` (`errors || error || message`), under its own name. */
function causeOf(body: unknown): Record<string, unknown> | undefined {
  const members = (body ?? {}) as Record<string, unknown>;
  for (const member of ['errors', 'error', 'message']) if (members[member]) return { [member]: members[member] };
  return undefined;
}

const ERROR_WHY =
  'the error keeps only the body’s `errors` (else `error`, else `message`) as its `cause`: no status, no header';

/** What the result's `error` alone drops of a scenario. */
function errorDrops(sent: Scenario): Dropped | undefined {
  const json = jsonOf(sent);
  const cause = json && causeOf(json.body);
  const kept = cause ? normalizeError({ headers: {}, body: cause }, { now: NOW }) : NOTHING;
  return droppedBetween(rawModel(sent, NOW), kept, json ? ERROR_WHY : NOT_JSON_WHY);
}

const dropsOf = (only: readonly Scenario[], drops: (sent: Scenario) => Dropped | undefined) =>
  Object.fromEntries(
    only.flatMap((sent) => {
      const dropped = drops(sent);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

const OWN_AND_JSON_API = [...LEMON_SQUEEZY, ...JSON_API];
const failing = (only: readonly Scenario[]) => only.filter((sent) => sent.status >= 300);

describe('Lemon Squeezy SDK: the `{ statusCode, data, error }` result reads as the raw response, but for drops', () => {
  itAgreesWithTheRawResponse(server, { request, fails: () => false, drops: dropsOf(ANSWERED, resultDrops) }, ANSWERED);
  itAgreesWithTheRawResponse(
    server,
    { request, fails: () => false, drops: dropsOf(OWN_AND_JSON_API, resultDrops) },
    OWN_AND_JSON_API,
  );
});

describe('Lemon Squeezy SDK: the result’s `error` alone (what `if (error)` and `onError` hand on)', () => {
  const only = failing(ANSWERED);
  itAgreesWithTheRawResponse(
    server,
    { request, fails: () => false, pass: errorOf, drops: dropsOf(only, errorDrops) },
    only,
  );
  itAgreesWithTheRawResponse(
    server,
    { request, fails: () => false, pass: errorOf, drops: dropsOf(OWN_AND_JSON_API, errorDrops) },
    OWN_AND_JSON_API,
  );
});

describe('Lemon Squeezy SDK: what it resolves with', () => {
  it('asks its own host for the path it writes, with the key and JSON:API’s media type', async () => {
    await call(NOT_FOUND.name);
    expect(lemon.asked(NOT_FOUND.name)).toMatchObject({
      method: 'GET',
      host: HOST,
      path: `/v1/stores/${STORE}`,
      accept: 'application/vnd.api+json',
    });
    await call(INVALID.name);
    const asked = lemon.asked(INVALID.name);
    expect(asked).toMatchObject({ method: 'POST', host: HOST, path: '/v1/checkouts' });
    expect(JSON.parse(asked?.body ?? '')).toMatchObject({
      data: { type: 'checkouts', attributes: { checkout_data: { email: 'jane@example.com' } } },
    });
  });

  it('a JSON:API error: the status, the parsed body, and an error whose cause is the `errors`', async () => {
    const sent = NOT_FOUND;
    const result = await call(sent.name);
    expect(result).toEqual({ statusCode: 404, data: JSON.parse(sent.body), error: expect.any(Error) as unknown });
    expect(result.error).toMatchObject({
      name: 'Lemon Squeezy Error',
      message: 'Not Found',
      cause: (JSON.parse(sent.body) as { errors: unknown }).errors,
    });
  });

  it('a body that is not JSON: only the SyntaxError, no status', async () => {
    const result = await call('plain-text');
    expect(result).toEqual({ statusCode: null, data: null, error: expect.any(SyntaxError) as unknown });
  });

  it('a 2xx: the status and the body, no error', async () => {
    const sent = scenario('graphql-200');
    expect(await call(sent.name)).toEqual({ statusCode: 200, data: JSON.parse(sent.body), error: null });
  });

  it('`onError` is handed the result’s own error', async () => {
    const handed: Error[] = [];
    lemonSqueezySetup({ apiKey: 'validation-422', onError: (error) => handed.push(error) });
    const result = await getStore(STORE);
    expect(handed).toEqual([result.error]);
    expect(handed[0]).toBe(result.error);
    lemonSqueezySetup({ apiKey: '' });
  });
});

describe('Lemon Squeezy SDK: what the person is told', () => {
  /** The model of the result, and of its error alone. */
  async function models(name: string): Promise<[ApiError, ApiError]> {
    const result = await call(name);
    return [normalizeError(result, { now: NOW }), normalizeError(result.error, { now: NOW })];
  }
  const fields = (model: ApiError) => model.fieldErrors.map(({ field, message }) => [field, message]);

  it('a route that is not found is not-found, with its sentence, from the result or its error', async () => {
    for (const model of await models('lemon-squeezy/route-not-found-404'))
      expect(model).toMatchObject({
        kind: 'not-found',
        status: 404,
        message: 'The route v1/stores/dasdasd could not be found.',
      });
  });

  it('a JSON:API 422 is validation, its `source.pointer` the canonical field path', async () => {
    for (const model of await models('lemon-squeezy/checkout-data-not-array-422')) {
      expect(model).toMatchObject({ kind: 'validation', status: 422 });
      expect(fields(model)).toEqual([['checkout_data', 'The checkout data must be an array.']]);
    }
  });

  it('a JSON:API 401 asks to sign in, from the result or its error', async () => {
    for (const model of await models('patreon/unauthorized-jsonapi-401'))
      expect(model).toMatchObject({ kind: 'unauthenticated', status: 401 });
  });

  it('a JSON:API 429 keeps the wait its item says, from the result or its error', async () => {
    for (const model of await models('patreon/request-throttled-429'))
      expect(model).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: NOW + 9000 });
  });

  it('a 401 with an empty body (its sentence in WWW-Authenticate) says only that something failed', async () => {
    for (const model of await models('unauthorized-401'))
      expect([model.kind, model.status, model.messageSource]).toEqual(['unknown', undefined, 'default']);
  });

  it('the SyntaxError of a body that is not JSON is never the code or the message', async () => {
    for (const name of ['html-gateway', 'xml-s3', 'plain-text'])
      for (const model of await models(name)) {
        expect(model.code).toBeUndefined();
        expect(model.messageSource).toBe('default');
        expect(model.details).toMatch(/SyntaxError/);
      }
  });

  it('the error alone: read by a normalizer naming it as `normalizeError` reads it, else as any Error', async () => {
    const { error } = await call('lemon-squeezy/route-not-found-404');
    const named = createNormalizer({ clients: [lemonSqueezyErrors] })(error, { now: NOW });
    expect(named).toMatchObject({ kind: 'not-found', status: 404 });
    expectSameModel(named, normalizeError(error, { now: NOW }));
    expect(createNormalizer()(error, { now: NOW })).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });
});

describe('Lemon Squeezy SDK: a redirect', () => {
  it('is followed: the result holds the answer at its Location, the 302 is gone', async () => {
    const key = `${VIA_REDIRECT}json-error`;
    const result = await call(key);
    expect(lemon.asked(key)?.path).toBe(REDIRECTED);
    expect(result.statusCode).toBe(402);
    expectSameModel(
      normalizeError(result, { now: NOW }),
      rawModel('json-error', NOW),
      resultDrops(scenario('json-error')),
    );
  });
});

describe('Lemon Squeezy SDK: failures without a response', () => {
  it('connection refused is network, from the result or its error', async () => {
    const port = +new URL(await refusedUrl()).port;
    const { threw, value } = await settle(routedTo(port, () => call('json-error')));
    expect(threw).toBe(false);
    const result = value as Result;
    expect(result).toEqual({ statusCode: null, data: null, error: expect.any(TypeError) as unknown });
    for (const passed of [result, result.error])
      expect(normalizeError(passed, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('no API key: no request; the SDK’s sentence is for the developer, never the person', async () => {
    lemonSqueezySetup({ apiKey: '' });
    const result = await getStore(STORE);
    expect(result).toEqual({ statusCode: null, data: null, error: expect.any(Error) as unknown });
    expect(result.error).toMatchObject({ name: 'Lemon Squeezy Error', cause: 'Missing API key' });
    for (const passed of [result, result.error]) {
      const model = normalizeError(passed, { now: NOW });
      expect([model.kind, model.status, model.messageSource]).toEqual(['unknown', undefined, 'default']);
      expect(model.details).toMatch(/Please provide your Lemon Squeezy API key/);
    }
  });
});
