import { BadRequest, errors, GeneralError, NotAuthenticated, NotFound, TooManyRequests } from '@feathersjs/errors';
import { feathers, type HookContext } from '@feathersjs/feathers';
import { bodyParser, errorHandler, koa, rest } from '@feathersjs/koa';
import restClient from '@feathersjs/rest-client';
import axios, { type AxiosInstance } from 'axios';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { feathersErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  headersOnlyModel,
  NOW,
  parsedBody,
  rawModel,
  refusedUrl,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';

// Feathers 5 (`@feathersjs/rest-client` 5.0.50), as a React app calls a Feathers API: `app.service(name).get(id)`
// over `rest(url).fetch(fetch)` or `rest(url).axios(axios)`. Every failure goes through `toError`
// (node_modules/@feathersjs/rest-client/lib/base.js): connection refused with a `code` becomes an `Unavailable`,
// anything else `convert(error)` (node_modules/@feathersjs/errors/lib/index.js), which makes a body named as a
// Feathers error into that `FeathersError` (`type: 'FeathersError'`, `name`, `code` = the status, `className`,
// `message`, `data`, `errors`) and anything else into a new `Error(error.message || error)` with the value's own
// enumerable members copied on: a body's members, but not an `Error`'s name or cause. The fetch connection
// (lib/fetch.js, `checkStatus`) parses a failed response's body with `response.json()` and sets the spent
// `Response` on it as `response`: the status and headers stay, and a body that is not JSON is lost, replaced by
// `new errors[status]('JSON parsing error')` (or `Error`). The axios connection (lib/axios.js) throws
// `response.data` alone (the response itself only when the body is empty): no headers, and no status but a Feathers
// error's `code`. On a 2xx both resolve with the body alone (`null` for a 204).

const NOT_JSON_WHY =
  'the fetch connection reads the body with `response.json()`: a body that is not JSON is spent and lost, and the ' +
  'error is its own "JSON parsing error" beside the spent response (status and headers)';
const OK_WHY = 'a 2xx resolves with the body alone: its status is not kept';
const AXIOS_WHY =
  'the axios connection throws `response.data` alone: a JSON body’s members with no status and no headers, a text ' +
  'body as a bare `Error`’s message (no status, nothing to tell it from any Error)';
const AXIOS_FEATHERS_WHY = 'the axios connection throws `response.data` alone: no headers; the status is the `code`';

// ─────────────────────────────── a real Feathers server ───────────────────────────────

/**
 * What `authenticate('jwt')` fails with on an external call without a token
 * (node_modules/@feathersjs/authentication/lib/hooks/authenticate.js).
 */
const NOT_AUTHENTICATED = 'Not authenticated';

/** The docs' error hook (docs/api/errors.md, "Error Handling"): an error without a `code` becomes a GeneralError. */
const docsErrorHook = (context: HookContext): HookContext => {
  if (context.error && !context.error.code) context.error = new GeneralError('server error');
  return context;
};

/** A before hook that fails with a database driver's plain `Error` (node-postgres's words). */
const crashHook = (context: HookContext): void => {
  if (context.id === 'crash') throw new Error('Connection terminated unexpectedly');
};

class UserService {
  async get(id: string): Promise<{ id: string }> {
    // The errors guide's examples (docs/api/errors.md, "Examples"), and one rate limit.
    if (id === 'taken') throw new BadRequest('Invalid Parameters', { errors: { email: 'Email already taken' } });
    if (id === 'invalid-email') throw new BadRequest({ errors: { email: 'Invalid Email' } });
    if (id === 'missing') throw new NotFound('User does not exist');
    if (id === 'wrapped') throw new GeneralError(new Error('I exist'));
    if (id === 'busy') throw new TooManyRequests('Too many login attempts, please try again later.');
    return { id };
  }
}

class MessageService {
  async find(): Promise<unknown[]> {
    return [];
  }
}

interface FeathersServer {
  readonly url: string;
}

/** A Feathers app on Koa as the Koa API docs set it up (`errorHandler`, `bodyParser`, `rest`), on 127.0.0.1. */
function serveFeathers(): () => FeathersServer {
  let server: Server | undefined;
  let url = '';
  beforeAll(async () => {
    const app = koa(feathers());
    // One clock for the raw response and the client's: no `Date` of its own, as the scenario server.
    app.use(async (ctx, next) => {
      ctx.res.sendDate = false;
      await next();
    });
    app.use(errorHandler());
    // A rate limiter's header, set before the service fails.
    app.use(async (ctx, next) => {
      if (ctx.path === '/users/busy') ctx.set('Retry-After', '30');
      await next();
    });
    app.use(bodyParser());
    app.configure(rest());
    app.use('users', new UserService());
    app.use('messages', new MessageService());
    app.use('accounts', new UserService());
    app.service('users').hooks({ before: { get: [crashHook] } });
    app.service('accounts').hooks({ before: { get: [crashHook] }, error: { all: [docsErrorHook] } });
    app.service('messages').hooks({
      before: {
        all: [
          (context: HookContext) => {
            if (context.params.provider && !context.params.authentication)
              throw new NotAuthenticated(NOT_AUTHENTICATED);
          },
        ],
      },
    });
    const listening = await app.listen(0, '127.0.0.1');
    if (!listening.listening) await new Promise((resolve) => listening.once('listening', resolve));
    server = listening;
    url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const listening = server;
    if (!listening) return;
    listening.closeAllConnections();
    await new Promise((resolve) => listening.close(resolve));
  });
  return () => ({ url });
}

const feathersServer = serveFeathers();

/** An app's Feathers client over a connection. */
type Connection = 'fetch' | 'axios';
function clientApp(base: string, connection: Connection, http: AxiosInstance = axios.create({ maxRedirects: 0 })) {
  const transport = restClient(base);
  return feathers().configure(connection === 'fetch' ? transport.fetch(fetch) : transport.axios(http));
}

/** One call an app makes, and the same request made raw. */
interface Call {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  call(app: ReturnType<typeof clientApp>): Promise<unknown>;
}

const calls: readonly Call[] = [
  {
    name: 'BadRequest with an `errors` map (the errors guide’s example)',
    method: 'GET',
    path: '/users/taken',
    call: (app) => app.service('users').get('taken'),
  },
  {
    name: 'BadRequest without a message (the guide’s default)',
    method: 'GET',
    path: '/users/invalid-email',
    call: (app) => app.service('users').get('invalid-email'),
  },
  {
    name: 'NotAuthenticated (as `authenticate` throws it)',
    method: 'GET',
    path: '/messages',
    call: (app) => app.service('messages').find(),
  },
  {
    name: 'NotFound (the guide’s example)',
    method: 'GET',
    path: '/users/missing',
    call: (app) => app.service('users').get('missing'),
  },
  {
    name: 'NotFound of the error handler, for a path without a service',
    method: 'GET',
    path: '/nowhere',
    call: (app) => app.service('nowhere').find(),
  },
  {
    name: 'MethodNotAllowed, for a method the service lacks',
    method: 'POST',
    path: '/users',
    body: { email: 'ada@example.com' },
    call: (app) => app.service('users').create({ email: 'ada@example.com' }),
  },
  {
    name: 'TooManyRequests with Retry-After',
    method: 'GET',
    path: '/users/busy',
    call: (app) => app.service('users').get('busy'),
  },
  {
    name: 'GeneralError wrapping an Error (the guide’s example)',
    method: 'GET',
    path: '/users/wrapped',
    call: (app) => app.service('users').get('wrapped'),
  },
  {
    name: 'a plain Error from a hook (the Koa error handler sends only its message, at 500)',
    method: 'GET',
    path: '/users/crash',
    call: (app) => app.service('users').get('crash'),
  },
  {
    name: 'a plain Error from a hook, made a GeneralError by the docs’ error hook',
    method: 'GET',
    path: '/accounts/crash',
    call: (app) => app.service('accounts').get('crash'),
  },
];

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** The same request, made raw as the client makes it, and what the server answered. */
async function rawAnswer({ method, path, body }: Call): Promise<RawAnswer> {
  const response = await fetch(`${feathersServer().url}${path}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: Object.fromEntries(response.headers), body: JSON.parse(text) as unknown };
}

/** The call to a path, for the tests that look at one. */
function callTo(path: string): Call {
  const found = calls.find((call) => call.path === path);
  if (!found) throw new Error(`no call to ${path}`);
  return found;
}

const modelOf = (answer: RawAnswer): ApiError => normalizeError(answer, { now: NOW });

/** The Feathers error names `convert` rebuilds a body's as (errors/lib/index.js, `errors`). */
const FEATHERS_NAMES: ReadonlySet<string> = new Set(Object.keys(errors));

/** What the axios connection keeps of an answer: a Feathers error's body (`code` its status), else nothing. */
function axiosKept(answer: RawAnswer): ApiError {
  const { body } = answer;
  const named =
    typeof body === 'object' && body !== null && FEATHERS_NAMES.has(String((body as { name?: unknown }).name));
  return named ? modelOf({ status: answer.status, headers: {}, body }) : normalizeError(undefined, { now: NOW });
}

describe('Feathers: what the client rejects with reads as the raw response of a real Feathers server', () => {
  it.each(calls.map((call) => [call.name, call] as const))('fetch connection: %s', async (_name, call) => {
    const raw = await rawAnswer(call);
    const { threw, value } = await settle(call.call(clientApp(feathersServer().url, 'fetch')));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), modelOf(raw));
  });

  it.each(calls.map((call) => [call.name, call] as const))('axios connection: %s', async (_name, call) => {
    const raw = await rawAnswer(call);
    const { threw, value } = await settle(call.call(clientApp(feathersServer().url, 'axios')));
    expect(threw).toBe(true);
    const named = raw.body as { name?: unknown };
    const why = FEATHERS_NAMES.has(String(named.name)) ? AXIOS_FEATHERS_WHY : AXIOS_WHY;
    expectSameModel(
      normalizeError(value, { now: NOW }),
      modelOf(raw),
      droppedBetween(modelOf(raw), axiosKept(raw), why),
    );
  });

  it('the guide’s `errors` map is the field errors, over either connection', async () => {
    const call = callTo('/users/taken');
    for (const connection of ['fetch', 'axios'] as const) {
      const { value } = await settle(call.call(clientApp(feathersServer().url, connection)));
      expect(value).toMatchObject({
        type: 'FeathersError',
        name: 'BadRequest',
        code: 400,
        className: 'bad-request',
        message: 'Invalid Parameters',
        errors: { email: 'Email already taken' },
      });
      const model = normalizeError(value, { now: NOW });
      expect(model).toMatchObject({ kind: 'validation', status: 400 });
      expect(model.fieldErrors.map(({ field, message }) => ({ field, message }))).toEqual([
        { field: 'email', message: 'Email already taken' },
      ]);
    }
  });

  it('the fetch connection keeps the response’s headers (`response`), the axios connection none', async () => {
    const busy = callTo('/users/busy');
    const { value: viaFetch } = await settle(busy.call(clientApp(feathersServer().url, 'fetch')));
    expect((viaFetch as { response: Response }).response.headers.get('retry-after')).toBe('30');
    expect(normalizeError(viaFetch, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 30_000 });
    const { value: viaAxios } = await settle(busy.call(clientApp(feathersServer().url, 'axios')));
    expect(viaAxios).not.toHaveProperty('response');
    const model = normalizeError(viaAxios, { now: NOW });
    expect(model).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(model.retryAt).toBeUndefined();
  });

  it('a call without an id rejects, unsent, with a BadRequest that is no response', async () => {
    for (const connection of ['fetch', 'axios'] as const) {
      const { value } = await settle(clientApp(feathersServer().url, connection).service('users').get(''));
      expect(value).toMatchObject({ type: 'FeathersError', name: 'BadRequest', code: 400 });
      const model = normalizeError(value, { now: NOW });
      expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
      expect(model.status).toBeUndefined();
    }
  });

  it('named or not, the kit reads a FeathersError; a normalizer without its reader loses the field errors', async () => {
    const call = callTo('/users/taken');
    const { value } = await settle(call.call(clientApp(feathersServer().url, 'fetch')));
    const named = createNormalizer({ clients: [feathersErrors] })(value, { now: NOW });
    expect(named.fieldErrors).toHaveLength(1);
    expect(normalizeError(value, { now: NOW }).fieldErrors).toEqual(named.fieldErrors);
    expect(createNormalizer()(value, { now: NOW }).fieldErrors).toEqual([]);
  });
});

// ─────────────────────────────── bodies no Feathers server sent ───────────────────────────────

const server = serveScenarios();

/** The call an app makes: the scenario's path as a service, `find()` (a GET), redirects left to the app. */
function find(url: string, connection: Connection, http?: AxiosInstance): Promise<unknown> {
  const { origin, pathname } = new URL(url);
  const app = clientApp(origin, connection, http);
  return app.service(pathname.slice(1)).find({ connection: { redirect: 'manual' } });
}

/** Whether `response.json()` takes the body: what the fetch connection keeps. */
function isJson({ body }: Scenario): boolean {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

const dropsOf = (drop: (sent: Scenario) => Dropped | undefined): Partial<Record<ScenarioName, Dropped>> =>
  Object.fromEntries(
    scenarios.flatMap((sent) => {
      const dropped = sent.status < 300 ? { gives: { status: undefined }, why: OK_WHY } : drop(sent);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

describe('Feathers: the fetch connection reads as the raw response, but for a body that is not JSON', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => find(url, 'fetch'),
    drops: dropsOf((sent) =>
      isJson(sent) ? undefined : droppedBetween(rawModel(sent, NOW), headersOnlyModel(sent, NOW), NOT_JSON_WHY),
    ),
  });

  it('a body that is not JSON is the client’s "JSON parsing error", never shown as the server’s message', async () => {
    for (const name of ['plain-text', 'html-gateway', 'xml-s3']) {
      const { value } = await settle(find(`${server().url}/${name}`, 'fetch'));
      expect(value).toMatchObject({ message: 'JSON parsing error' });
      expect(normalizeError(value, { now: NOW }).message).not.toBe('JSON parsing error');
    }
  });
});

/** What the axios connection keeps of a scenario: a JSON body alone, a text body nowhere, an empty one's response. */
function axiosKeeps(sent: Scenario): ApiError {
  const body = parsedBody(sent);
  if (body === null) return rawModel(sent, NOW);
  return typeof body === 'object' ? normalizeError(body, { now: NOW }) : normalizeError(undefined, { now: NOW });
}

describe('Feathers: the axios connection reads as what it keeps of the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => find(url, 'axios'),
    drops: dropsOf((sent) => droppedBetween(rawModel(sent, NOW), axiosKeeps(sent), AXIOS_WHY)),
  });
});

// ─────────────────────────────── failures without a response ───────────────────────────────

describe('Feathers: the fetch connection’s failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => find(url, 'fetch'),
    aborted: (url) => {
      const controller = new AbortController();
      const { origin, pathname } = new URL(url);
      const pending = clientApp(origin, 'fetch')
        .service(pathname.slice(1))
        .find({ connection: { signal: controller.signal } });
      controller.abort();
      return pending;
    },
  });

  it('a timeout given as `connection: { signal: AbortSignal.timeout(ms) }` is timeout', async () => {
    const pending = clientApp(server().url, 'fetch')
      .service('slow')
      .find({ connection: { signal: AbortSignal.timeout(50) } });
    const { threw, value } = await settle(pending);
    expect(threw).toBe(true);
    // `convert` keeps only the message: the name and cause fetch gave are gone.
    expect(value).toMatchObject({ name: 'Error', message: 'The operation was aborted due to timeout' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });
});

describe('Feathers: the axios connection’s failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => find(url, 'axios'),
    aborted: (url) => {
      const controller = new AbortController();
      const { origin, pathname } = new URL(url);
      const pending = clientApp(origin, 'axios')
        .service(pathname.slice(1))
        .find({ connection: { signal: controller.signal } });
      controller.abort();
      return pending;
    },
    timedOut: (url) => find(url, 'axios', axios.create({ timeout: 50 })),
  });

  it('connection refused comes as the `Unavailable` of `toError`, still network', async () => {
    const { value } = await settle(find(await refusedUrl(), 'axios'));
    expect(value).toMatchObject({ type: 'FeathersError', name: 'Unavailable', code: 503 });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'network', format: 'network' });
    expect(model.status).toBeUndefined();
  });
});
