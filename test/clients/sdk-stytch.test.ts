import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, RequestError, StytchError } from 'stytch';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { stytchErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  serveRedirect,
  settle,
  SLOW,
  type Dropped,
  type Scenario,
  type ScenarioServer,
} from './harness';
import { REQUEST_ID, STYTCH } from './stytch-bodies';
import { sendScenario } from './vendor';

// Stytch's Node SDK, `stytch` 14.2 (what a Next.js route handler or server action calls), read in
// node_modules/stytch/dist/shared/index.js (`request`), shared/errors.js with types/lib/shared/errors.d.ts, and
// shared/client.js (`BaseClient`):
// - Every call is `fetch(new URL(path, baseURL))` then `response.json()`. A body that does not parse as JSON, on any
//   status (a 2xx too), is a `RequestError` ("Unable to parse JSON response from server: <the parser's words>") with
//   only `request` (the SDK's method, path, headers and data) beside it: nothing of the answer is kept.
// - A JSON answer of 400 or more is a `StytchError` (its `name` stays "Error": the class sets none) whose message is
//   `JSON.stringify(body)`, the whole body, and whose members are the body's: `status_code` (the body's, not the
//   answer's status), `request_id`, `error_type`, `error_message`, `error_url`, `error_details`; for an OAuth body
//   (`"error" in body`), `error`, `error_description` and `error_uri` in the place of the middle three. No header is
//   kept (Retry-After, a request id header). A JSON answer under 400 resolves as the parsed body alone.
// - A fetch that threw is a `RequestError` with fetch's message ("fetch failed") and `request`; fetch's error, and so
//   its `cause` (ECONNREFUSED, a dispatcher's timeout), is not kept.
// - It follows redirects (fetch's default; no option reaches `redirect`). `env` takes any base URL (with a console
//   warning); `custom_base_url` must be https. Its `timeout` option is passed to fetch as an init member fetch does not
//   know (`{ ...fetchConfig }`): it never ends a call. No call takes an `AbortSignal`: an app cannot cancel one. A
//   timeout is only the `dispatcher`'s (an undici `Agent`, the README's "Customizing the HTTPS Agent").

/** The OAuth redirect points off this machine, and fetch follows it: a redirect is followed to this machine below. */
const ANSWERED: readonly Scenario[] = [...scenarios.filter((sent) => sent.name !== 'oauth-redirect'), ...STYTCH];

/** A scenario's name as one path segment: the SDK puts it in its own path (`/v1/users/<user_id>`). */
const segment = (sent: Scenario): string => sent.name.replace('/', '--');

/**
 * A server on 127.0.0.1 playing Stytch's API: the SDK builds its own absolute path (`/v1/users/<id>`) on the base
 * URL, so the scenario is the path segment that names one; a path naming `slow` is never answered.
 */
function serveStytch(): () => ScenarioServer {
  let server: Server | undefined;
  let url = '';
  beforeAll(async () => {
    const bySegment = new Map(ANSWERED.map((sent) => [segment(sent), sent]));
    const listening = createServer((req, res) => {
      const segments = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.split('/');
      req.resume();
      req.on('end', () => {
        if (segments.includes(SLOW)) return;
        const sent = segments.map((part) => bySegment.get(part)).find(Boolean);
        if (sent) sendScenario(res, sent);
        else res.writeHead(500, { 'content-type': 'text/plain' }).end('no scenario');
      });
    });
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    server = listening;
    url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    const listening = server;
    if (!listening) return;
    listening.closeAllConnections();
    await new Promise((resolve) => listening.close(resolve));
  });
  return () => ({ url, close: () => Promise.resolve() });
}

const server = serveStytch();

/** The SDK's `env` warns that it is no Stytch host: true, and said once per client. */
const quiet = <T>(make: () => T): T => {
  const { warn } = console;
  console.warn = () => {};
  try {
    return make();
  } finally {
    console.warn = warn;
  }
};
/**
 * Its `dispatcher` is typed with the undici 6 `Dispatcher` of its own dependency; the app's undici `Agent` (7 here)
 * is what Node's fetch takes at run time, and what the test below runs with.
 */
type StytchDispatcher = NonNullable<ConstructorParameters<typeof Client>[0]['dispatcher']>;
const stytch = (origin: string, options: { dispatcher?: StytchDispatcher } = {}) =>
  quiet(
    () => new Client({ project_id: 'project-test-local', secret: 'secret-test-local', env: `${origin}/`, ...options }),
  );

/** An app's call: Get user, `GET /v1/users/<user_id>`, the scenario named by the id. */
const getUser = (url: string, options?: { dispatcher?: StytchDispatcher }) => {
  const { origin, pathname } = new URL(url);
  return stytch(origin, options).users.get({ user_id: pathname.slice(1).replace('/', '--') });
};

const parsed = (sent: Scenario): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(sent.body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** The model of what its error or result keeps of an answer, from the SDK's behaviour above. */
function keptModel(sent: Scenario): ApiError {
  const body = parsed(sent);
  if (!body) return normalizeError(undefined, { now: NOW });
  if (sent.status < 400) return normalizeError(body, { now: NOW });
  const status = typeof body.status_code === 'number' ? body.status_code : undefined;
  return normalizeError({ status, headers: {}, body }, { now: NOW });
}

const WHY_JSON =
  'its StytchError keeps the JSON body whole (as its message), the status only as the body’s own `status_code`, ' +
  'and no headers';
const WHY_TEXT = 'a body that is not JSON is a RequestError keeping only the parser’s words: nothing of the answer';
const WHY_OK = 'a 2xx resolves the parsed body alone: no status, no headers';

const drops: Record<string, Dropped> = {};
for (const sent of ANSWERED) {
  const why = !parsed(sent) ? WHY_TEXT : sent.status < 400 ? WHY_OK : WHY_JSON;
  const dropped = droppedBetween(rawModel(sent, NOW), keptModel(sent), why);
  if (dropped) drops[sent.name] = dropped;
}

describe('stytch (Node): what a call throws or resolves reads as the raw response, but for its drops', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => getUser(url), drops }, ANSWERED);

  it('loses nothing of Stytch’s own error bodies; of others, the status and headers, or all of a body not JSON', () => {
    for (const sent of STYTCH) expect(drops[sent.name], sent.name).toBeUndefined();
    // The drops are real: a Laravel 422 keeps its fields but not its status, a 429 not its Retry-After.
    expect(drops['validation-422']?.gives).toEqual({ status: undefined });
    expect(drops['rate-limited-429']?.gives).toEqual({ status: undefined, retryAt: undefined, logId: undefined });
    expect(drops['plain-text']?.gives).toMatchObject({ kind: 'unknown', status: undefined });
  });
});

describe('stytch (Node): its StytchError', () => {
  const [useHttps] = STYTCH;

  it('carries the body’s members and the whole body as its message, under the name "Error"', async () => {
    if (!useHttps) throw new Error('no Stytch body');
    const { threw, value } = await settle(getUser(`${server().url}/${segment(useHttps)}`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(StytchError);
    const body = parsed(useHttps);
    expect(value).toMatchObject({ name: 'Error', message: useHttps.body, ...body, error_details: undefined });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'use_https',
      message: 'Please use https instead of http.',
      messageSource: 'server',
      logId: REQUEST_ID,
      // Stytch's page on the error is for the developer.
      details: 'https://stytch.com/docs/b2b/api/errors/403#use_https',
    });
    expect(createNormalizer({ clients: [stytchErrors] })(value, { now: NOW })).toMatchObject({
      kind: 'forbidden',
      code: 'use_https',
      logId: REQUEST_ID,
    });
  });

  it('a body that is not Stytch’s keeps its fields in the message, though no status', async () => {
    const { value } = await settle(getUser(`${server().url}/validation-422`));
    expect(value).toMatchObject({ name: 'Error', status_code: undefined, error_type: undefined });
    const model = normalizeError(value, { now: NOW });
    expect(model.status).toBeUndefined();
    expect(model.fieldErrors.map(({ field }) => field)).toEqual(['email', 'items.0.qty', 'password']);
    expect(model.message).toBe('The email field is required. (and 2 more errors)');
  });

  it('an OAuth body keeps its words: the SDK moves them to its members, the message keeps them as sent', async () => {
    const { value } = await settle(getUser(`${server().url}/unavailable-503`));
    expect(value).toMatchObject({ error_type: 'temporarily_unavailable', status_code: undefined });
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      code: 'temporarily_unavailable',
      message: 'The authorization server is temporarily unable to handle the request due to maintenance.',
    });
  });

  it('an answer that is not JSON is a RequestError: the server answered, so it is no network failure', async () => {
    const { value } = await settle(getUser(`${server().url}/html-gateway`));
    expect(value).toBeInstanceOf(RequestError);
    expect(Object.keys(value as object)).toEqual(['request']);
    expect((value as Error).message).toMatch(/^Unable to parse JSON response from server: /);
    expect((value as RequestError).request).toMatchObject({ method: 'GET', url: '/v1/users/html-gateway' });
    const model = normalizeError(value, { now: NOW });
    expect(model.kind).toBe('unknown');
    expect(model.status).toBeUndefined();
  });
});

describe('stytch: the reader on values that are not Stytch’s', () => {
  it('a hostile value (a Proxy whose every trap throws) is read as no Stytch error, without a throw', () => {
    const hostile: object = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('hostile');
        },
        ownKeys: () => {
          throw new Error('hostile');
        },
      },
    );
    // Each client's test and read run guarded (src/core/clients/client.ts): a throwing trap leaves the generic reading.
    expect(normalizeError(hostile, { now: NOW }).kind).toBe('unknown');
  });

  it('a Stytch body the app passes itself is left to the generic reading, which reads it the same', () => {
    const [useHttps] = STYTCH;
    const body = useHttps && parsed(useHttps);
    expect(stytchErrors.test?.(body)).toBe(false);
  });
});

describe('stytch (Node): a redirect is followed, never handed over', () => {
  const [useHttps] = STYTCH;
  const hop = serveRedirect(() => `${server().url}/v1/users/${useHttps ? segment(useHttps) : ''}`);

  it('the app gets the answer at the Location, read as that answer', async () => {
    if (!useHttps) throw new Error('no Stytch body');
    const { threw, value } = await settle(stytch(hop()).users.get({ user_id: 'user-test-local' }));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(useHttps, NOW));
  });
});

describe('stytch (Node): failures without a response', () => {
  it('connection refused (a RequestError with fetch’s "fetch failed") is network', async () => {
    const { threw, value } = await settle(getUser(await refusedUrl()));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(RequestError);
    expect(value).toMatchObject({ message: 'fetch failed' });
    expect((value as Error).cause).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it(
    'its dispatcher’s timeout comes back network: the RequestError keeps only "fetch failed", not the timeout ' +
      'behind it',
    async () => {
      const dispatcher = new Agent({ headersTimeout: 50 });
      try {
        const { threw, value } = await settle(
          getUser(`${server().url}/${SLOW}`, { dispatcher: dispatcher as unknown as StytchDispatcher }),
        );
        expect(threw).toBe(true);
        expect(value).toMatchObject({ message: 'fetch failed' });
        expect((value as Error).cause).toBeUndefined();
        expect(normalizeError(value, { now: NOW }).kind).toBe('network');
      } finally {
        await dispatcher.close();
      }
    },
  );
});
