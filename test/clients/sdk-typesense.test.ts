import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { Client, Errors, type ConfigurationOptions } from 'typesense';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { typesenseErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { caseScenario, sendScenario, serveBySegment } from './vendor';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  serveRedirect,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';

// typesense 3.1 (node_modules/typesense/lib/Typesense/ApiCall.js `performRequest` and `customErrorForResponse`,
// Errors/TypesenseError.js, Configuration.js; axios underneath) throws, for a response outside 2xx, a subclass of
// `TypesenseError` picked by the status: `RequestMalformed` (400), `RequestUnauthorized` (401), `ObjectNotFound` (404),
// `ObjectAlreadyExists` (409), `ObjectUnprocessable` (422), `ServerError` (5xx), `HTTPError` (any other). Each has
// `name` = its class's, `httpStatus`, `httpBody` = the body of the REQUEST (the document `create()` sent; undefined for
// a search) and `message` = 'Request failed with HTTP code <status>', followed by ' | Server said: <message>' when
// its `transformResponse` parsed the body (only for a Content-Type starting `application/json`) and the body's
// `message` is a non-blank string. No header, no other member of the body is kept. On a 2xx it resolves the parsed
// body alone. A 5xx, like a failure without a response, is retried (`numRetries`, default the number of nodes, so one
// retry with one node; `retryIntervalSeconds`, default 0.1 s, Retry-After unread) across nodes before the last error is
// thrown; a 4xx is not. A failure without a response is axios's own `AxiosError` (ECONNREFUSED; ECONNABORTED 'timeout
// of <ms>ms exceeded' for `connectionTimeoutSeconds`, default 5 s, per attempt). An app's `abortSignal` ends the call
// with a plain `new Error('Request aborted by caller.')`. A configuration without `apiKey` or `nodes` throws
// `MissingConfigurationError` from `new Client()`. In Node axios follows a redirect (the browser's XHR does too).
// The package's browser bundle (dist/typesense.min.js) names every one of these classes "t".

const server = serveScenarios();

/** The OAuth redirect points off this machine, and axios follows it: a redirect is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');

/** One try per call, as the tests below want it; what the defaults do is tested on its own. */
const FAST = { numRetries: 0, logLevel: 'silent' } as const;
/** Its own timeout, short, for the endpoint that never answers. */
const TIMED = { ...FAST, connectionTimeoutSeconds: 0.05 } as const;

/**
 * A client of one node at `url`. The client appends its own path (`/collections/…`) to a node's: written after a `?`,
 * it reaches the scenario server in the query, which leaves the path (`/<scenario>`) naming the scenario.
 */
const client = (url: string, options: Partial<ConfigurationOptions> = FAST) =>
  new Client({ nodes: [{ url: `${url}?` }], apiKey: 'xyz', ...options });

/** React InstantSearch's call, through typesense-instantsearch-adapter: a search of one collection. */
const search = (url: string, options?: Partial<ConfigurationOptions>, abortSignal?: AbortSignal) =>
  client(url, options).collections('books').documents().search({ q: 'dune', query_by: 'title' }, { abortSignal });

const contentType = ({ headers }: Scenario): string =>
  Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';

/** The body as its `transformResponse` hands it over: parsed only under a type starting `application/json`. */
function transformed(sent: Scenario): unknown {
  return contentType(sent).startsWith('application/json') ? JSON.parse(sent.body) : sent.body;
}

/** What its error keeps, read as a response: the status and a non-blank string `message` of the body; no headers. */
function keptModel(sent: Scenario): ApiError {
  const data = transformed(sent);
  const said: unknown = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : '';
  const message = typeof said === 'string' ? said : '';
  return normalizeError({ status: sent.status, headers: {}, body: message.trim() ? { message } : null }, { now: NOW });
}

const ERROR_WHY =
  'its error keeps the status and the JSON body’s `message` (in its own message): no headers, no other member of ' +
  'the body, nothing of a body that is not `application/json`';
const OK_WHY = 'a 2xx resolves the parsed body alone: its status is not kept';

const drops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  ANSWERED.flatMap((sent) => {
    const raw = rawModel(sent, NOW);
    const dropped =
      sent.status < 300
        ? droppedBetween(raw, normalizeError(transformed(sent), { now: NOW }), OK_WHY)
        : droppedBetween(raw, keptModel(sent), ERROR_WHY);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('typesense: what `search()` throws or resolves reads as the raw response, but for its drops', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => search(url), drops }, ANSWERED);

  it('keeps a JSON body’s `message` in its own message, and nothing else of the response', async () => {
    // The drops are real: a Laravel 422 keeps its sentence but not its field errors, a 429 not its Retry-After.
    expect(drops['validation-422']?.gives).toEqual({ fieldErrors: [] });
    expect(drops['rate-limited-429']?.gives).toMatchObject({ retryAt: undefined });
    const { value } = await settle(search(`${server().url}/validation-422`));
    expect(value).toBeInstanceOf(Errors.ObjectUnprocessable);
    expect(value).toMatchObject({
      name: 'ObjectUnprocessable',
      httpStatus: 422,
      httpBody: undefined,
      message: 'Request failed with HTTP code 422 | Server said: The email field is required. (and 2 more errors)',
    });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({
      kind: 'validation',
      status: 422,
      message: 'The email field is required. (and 2 more errors)',
      messageSource: 'server',
      fieldErrors: [],
    });
    // Its own words are developer text, never the person's.
    expect(model.details).toContain('Request failed with HTTP code 422');
  });

  it('a body that is not JSON leaves only the status: its own words are not the message', async () => {
    const { value } = await settle(search(`${server().url}/plain-text`));
    expect(value).toMatchObject({
      name: 'RequestMalformed',
      httpStatus: 400,
      message: 'Request failed with HTTP code 400',
    });
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: 'bad-request', status: 400, messageSource: 'default' });
  });
});

describe('typesense: Typesense’s own error bodies', () => {
  // Typesense answers every API response with `application/json; charset=utf-8` (typesense/typesense
  // include/http_data.h, `http_res`'s default `content_type_header`); the case shows the body only, so it is added.
  const forbidden = caseScenario('typesense/forbidden-api-key-401', {
    'content-type': 'application/json; charset=utf-8',
  });
  const vendor = serveBySegment([forbidden]);

  it('typesense/forbidden-api-key-401: a RequestUnauthorized, read as the raw response', async () => {
    // The node as an app writes it: host, port, protocol (and the path its server is behind).
    const { hostname, port, pathname } = new URL(vendor.urlOf(forbidden));
    const typesense = new Client({
      nodes: [{ host: hostname, port: Number(port), protocol: 'http', path: pathname }],
      apiKey: 'a key that is not valid',
      ...FAST,
    });
    const { threw, value } = await settle(
      typesense.collections('companies').documents().search({ q: 'stark', query_by: 'company_name' }),
    );
    expect(threw).toBe(true);
    expect(vendor.received(forbidden)).toMatchObject({
      method: 'GET',
      path: '/collections/companies/documents/search',
    });
    expect(value).toBeInstanceOf(Errors.RequestUnauthorized);
    expect(value).toMatchObject({
      name: 'RequestUnauthorized',
      httpStatus: 401,
      message:
        'Request failed with HTTP code 401 | Server said: ' +
        'Forbidden - a valid `x-typesense-api-key` header must be sent.',
    });
    const model = normalizeError(value, { now: NOW });
    expectSameModel(model, rawModel(forbidden, NOW));
    // The case's own expectations: a 401 whatever the words, and the server's sentence (its "Forbidden - " is the
    // raw reading's to take off, or not: the model is the raw response's, above).
    expect(model).toMatchObject({ kind: 'unauthenticated', messageSource: 'server' });
    expect(model.message).toContain('a valid `x-typesense-api-key` header must be sent');
  });
});

describe('typesense: `retrieve()` and `create()`', () => {
  it('`collections().retrieve()` throws the same error, read the same way', async () => {
    const { threw, value } = await settle(client(`${server().url}/xml-s3`).collections('books').retrieve());
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'ObjectNotFound', httpStatus: 404, httpBody: undefined });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('xml-s3', NOW), drops['xml-s3']);
  });

  it('`create()` keeps the document it sent as `httpBody`: never read as what the server said', async () => {
    const document = { id: '7', title: 'Dune', message: 'the document’s own field' };
    const sent = scenario('validation-422');
    const { threw, value } = await settle(
      client(`${server().url}/${sent.name}`).collections('books').documents().create(document),
    );
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'ObjectUnprocessable', httpStatus: 422, httpBody: document });
    const model = normalizeError(value, { now: NOW });
    expectSameModel(model, rawModel(sent, NOW), drops['validation-422']);
    expect(model.message).toBe('The email field is required. (and 2 more errors)');
  });
});

/** A server that counts the requests it answers with a scenario. */
function countingServer(): { url: () => string; asked: () => number; answer: (sent: Scenario) => void } {
  let server: Server | undefined;
  let count = 0;
  let sent: Scenario = scenario('unavailable-503');
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        count += 1;
        sendScenario(res, sent);
      });
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return {
    url: () => `http://127.0.0.1:${(server?.address() as AddressInfo).port}/`,
    asked: () => count,
    answer: (next) => {
      count = 0;
      sent = next;
    },
  };
}

describe('typesense: its retries, as an app has them by default', () => {
  const counting = countingServer();
  // The defaults: `numRetries` is the number of nodes, `retryIntervalSeconds` 0.1.
  const defaults = { logLevel: 'silent' } as const;

  it('a 5xx is asked again once with one node (Retry-After unread), then its last ServerError thrown', async () => {
    const sent = scenario('unavailable-503');
    counting.answer(sent);
    const { threw, value } = await settle(search(counting.url(), defaults));
    expect(threw).toBe(true);
    expect(counting.asked()).toBe(2);
    expect(value).toMatchObject({ name: 'ServerError', httpStatus: 503 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), drops['unavailable-503']);
  });

  it('a 4xx is asked once', async () => {
    const sent = scenario('rate-limited-429');
    counting.answer(sent);
    const { value } = await settle(search(counting.url(), defaults));
    expect(counting.asked()).toBe(1);
    expect(value).toMatchObject({ name: 'HTTPError', httpStatus: 429 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), drops['rate-limited-429']);
  });
});

describe('typesense: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => `${server().url}/json-error`);

  it('the app gets the answer at the Location, read as that answer but for its drops', async () => {
    const { threw, value } = await settle(search(`${hop()}/`));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'HTTPError', httpStatus: 402 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW), drops['json-error']);
  });
});

describe('typesense: its browser bundle (dist/typesense.min.js), whose classes are all named "t"', () => {
  /** The bundle a `<script>` tag loads, run as it is: it defines `Typesense`. */
  const bundled = (): { Client: typeof Client } => {
    const file = createRequire(import.meta.url).resolve('typesense/dist/typesense.min.js');
    return runInThisContext(`(function () {\n${readFileSync(file, 'utf8')}\nreturn Typesense;\n})`, {
      filename: file,
    })() as { Client: typeof Client };
  };

  it.each(['validation-422', 'unavailable-503'] as const)(
    '%s: read by its shape, as the package’s own',
    async (name) => {
      const typesense = new (bundled().Client)({
        nodes: [{ url: `${server().url}/${name}?` }],
        apiKey: 'xyz',
        ...FAST,
      });
      const { threw, value } = await settle(
        typesense.collections('books').documents().search({ q: 'dune', query_by: 'title' }),
      );
      expect(threw).toBe(true);
      expect(value).toMatchObject({ name: 't', httpStatus: scenario(name).status });
      expectSameModel(normalizeError(value, { now: NOW }), rawModel(name, NOW), drops[name]);
    },
  );
});

describe('typesense: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => search(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = search(url, FAST, controller.signal);
      controller.abort();
      return pending;
    },
    timedOut: (url) => search(url, TIMED),
  });

  it('an abort is its own plain Error, which only its reader tells from any other', async () => {
    const controller = new AbortController();
    const pending = search(`${server().url}/slow`, FAST, controller.signal);
    controller.abort();
    const { value } = await settle(pending);
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({ name: 'Error', message: 'Request aborted by caller.' });
    expect(Object.keys(value as object)).toEqual([]);
    expect(createNormalizer({ clients: [typesenseErrors] })(value, { now: NOW }).kind).toBe('cancelled');
    expect(createNormalizer()(value, { now: NOW }).kind).not.toBe('cancelled');
  });

  it('connection refused and its timeout are axios’s own errors, passed on as they are', async () => {
    const refused = await settle(search(await refusedUrl()));
    expect(refused.value).toMatchObject({ isAxiosError: true, code: 'ECONNREFUSED' });
    const timedOut = await settle(search(`${server().url}/slow`, TIMED));
    expect(timedOut.value).toMatchObject({
      isAxiosError: true,
      code: 'ECONNABORTED',
      message: 'timeout of 50ms exceeded',
    });
  });

  it('the words without the shape are left to the generic reading', () => {
    expect(typesenseErrors.test?.(new Error('Request failed with HTTP code 404'))).toBe(false);
    const mismatched = Object.assign(new Error('Request failed with HTTP code 500'), { httpStatus: 404, httpBody: '' });
    expect(typesenseErrors.test?.(mismatched)).toBe(false);
    const own = Object.assign(new Error('Request aborted by caller.'), { code: 'ERR_APP' });
    expect(typesenseErrors.test?.(own)).toBe(false);
  });

  it('a configuration it cannot use is developer text, never shown as what a server said', async () => {
    let thrown: unknown;
    try {
      new Client({ nodes: [{ url: server().url }] } as unknown as ConfigurationOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Errors.MissingConfigurationError);
    expect(thrown).toMatchObject({ name: 'MissingConfigurationError', message: 'Ensure that apiKey is set' });
    const model = normalizeError(thrown, { now: NOW });
    expect(model).toMatchObject({ kind: 'unknown', messageSource: 'default' });
    expect(model.status).toBeUndefined();
    expect(model.details).toContain('Ensure that apiKey is set');
  });
});
