import apiFetch from '@wordpress/api-fetch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNormalizer, defaultText, normalizeError, readApiError, type ApiError } from '../../src';
import { wpApiFetchErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  COMPARED,
  droppedBetween,
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  settle,
  type ComparedField,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// WordPress's `@wordpress/api-fetch` 7.56 (what the block editor and wp-admin's React screens call), on Node 20's
// global fetch (node_modules/@wordpress/api-fetch/src/index.ts, `defaultFetchHandler`; src/utils/response.ts):
// - with the default `parse: true`, a response that is not ok rejects with its body parsed by `JSON.parse`, nothing
//   around it: no status, no headers (`parseAndThrowError`). WordPress's REST errors carry their status in the body
//   (`{ code, message, data: { status } }`); any other body loses it. A body `JSON.parse` refuses (text, HTML, XML,
//   empty, a 302's) rejects with the client's own `{ code: 'invalid_json', message: 'The response is not a valid JSON
//   response.' }`; a 2xx resolves its parsed body (null for a 204 or an empty one), and rejects with that same
//   `invalid_json` when it is not JSON;
// - with `parse: false`, a response that is not ok rejects with the `Response` itself, and a 2xx resolves it;
// - a fetch that rejects: an `AbortError` (an app's `signal`) is rethrown as it is; anything else becomes `{ code:
//   'fetch_error', message: 'Could not get a valid response from the server.' }`, or `{ code: 'offline_error',
//   message: 'Unable to connect. Please check your Internet connection.' }` when `navigator.onLine` is false. Its
//   messages go through `__()`, so they are translated: only the code tells them. It has no timeout option, and an
//   `AbortSignal.timeout(ms)`'s `TimeoutError` is not an `AbortError`: it comes back as `fetch_error`.
// The reader `wpApiFetchErrors` reads `data.status` from a WordPress error body and tells the client's own objects.

/**
 * What WordPress's REST server always sends with an error (wp-includes/rest-api/class-wp-rest-server.php,
 * `serve_request`: `Content-Type: application/json; charset=<blog_charset>`, UTF-8 by default); the cases show only
 * the body, whose `data.status` is the status WordPress answered with (`error_to_response`).
 */
const WP_JSON = { 'Content-Type': 'application/json; charset=UTF-8' };
/** WordPress's and WooCommerce's (a plugin on WordPress's REST server) error bodies from the conformance corpus. */
const wordpress = [
  caseScenario('wordpress/wp-error-additional-errors-400', WP_JSON),
  caseScenario('woocommerce/rest-invalid-param-params-map-400', WP_JSON),
  caseScenario('woocommerce/product-invalid-id-400', WP_JSON),
  caseScenario('woocommerce/term-invalid-404', WP_JSON),
];
const served = serveBySegment([...scenarios, ...wordpress]);

// api-fetch reads `navigator.onLine` when fetch rejects, as a page has it. Node 20 has no `navigator`: the tests give
// it a browser's member, online (Node 21 and later have a `navigator` without `onLine`, which reads as offline).
beforeEach(() => {
  vi.stubGlobal('navigator', { onLine: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A call as an app makes it, to a URL; the redirect is the answer, not followed (it points off this machine). */
const call = (url: string) => apiFetch({ url, redirect: 'manual' });
const callUnparsed = (url: string) => apiFetch({ url, parse: false, redirect: 'manual' });

/** The body as `parseJsonAndNormalizeError` reads it: `JSON.parse` of the text; undefined when it throws. */
function jsonBody({ body }: Scenario): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return undefined;
  }
}

/** The model of what the client keeps of a JSON answer: its body, neither status nor headers. */
const bodyOnlyModel = (value: unknown): ApiError => normalizeError({ headers: {}, body: value }, { now: NOW });

const [SERVER_TITLE, SERVER_MESSAGE] = defaultText.server;
/**
 * What `invalid_json` says: the server answered, not in JSON (whatever the status: a 2xx too). A WordPress REST API
 * answers JSON, errors included; a body that is not is a PHP error page, a host's, a proxy's or a login page: the
 * service is at fault, not the connection (`network`) nor the person's input (`bad-request`).
 */
const INVALID_JSON_MODEL: Readonly<Record<ComparedField, unknown>> = {
  kind: 'server',
  status: undefined,
  code: undefined,
  message: SERVER_MESSAGE,
  title: SERVER_TITLE,
  fieldErrors: [],
  retryAt: undefined,
  logId: undefined,
};

/** The fields of `model` on which the raw response's says otherwise: what the client drops, and what it gives. */
function droppedTo(sent: Scenario, model: Readonly<Record<ComparedField, unknown>>, why: string): Dropped {
  const raw = rawModel(sent, NOW);
  const said = (field: ComparedField): unknown =>
    field === 'fieldErrors'
      ? raw.fieldErrors.map(({ field: path, message }) => ({ field: path, message }))
      : raw[field];
  const lost = COMPARED.filter((field) => JSON.stringify(said(field)) !== JSON.stringify(model[field]));
  return { gives: Object.fromEntries(lost.map((field) => [field, model[field]])), why };
}

const BODY_WHY = '`parse: true` rejects with the parsed body alone: no status, no headers';
const OK_WHY = 'a 2xx resolves its parsed body alone: its status is not kept';
const INVALID_WHY =
  'a body `JSON.parse` refuses becomes its own `invalid_json`: the status, the headers and the body are gone';

/** What `parse: true` drops on each scenario, and why. */
const parsedDrops: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  scenarios.flatMap((sent) => {
    const json = jsonBody(sent);
    const dropped = json
      ? droppedBetween(rawModel(sent, NOW), bodyOnlyModel(json.value), sent.status < 300 ? OK_WHY : BODY_WHY)
      : droppedTo(sent, INVALID_JSON_MODEL, INVALID_WHY);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

describe('api-fetch `parse: true`: what it rejects or resolves with reads as the raw response, but for drops', () => {
  itAgreesWithTheRawResponse(served.server, { request: call, drops: parsedDrops });

  it('a body that is not JSON is its own `invalid_json`: the service’s fault, not the person’s input', async () => {
    for (const name of ['plain-text', 'html-gateway', 'xml-s3', 'empty-404', 'unauthorized-401', 'oauth-redirect']) {
      const { threw, value } = await settle(call(`${served.server().url}/${name}`));
      expect(threw).toBe(true);
      expect(value).toEqual({ code: 'invalid_json', message: 'The response is not a valid JSON response.' });
      const model = normalizeError(value, { now: NOW });
      expect(model).toMatchObject({ kind: 'server', messageSource: 'default', retryable: true });
      expect(model.details).toBe('invalid_json: The response is not a valid JSON response.');
    }
  });

  it('a JSON error body keeps its sentence, code and fields; only the status and headers are gone', async () => {
    const { value } = await settle(call(`${served.server().url}/rate-limited-429`));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value).not.toHaveProperty('status');
    const model = normalizeError(value, { now: NOW });
    // The body's code still says rate-limited; the Retry-After countdown and the request-id header are lost.
    expect(model).toMatchObject({ kind: 'rate-limited', code: 'TooManyRequests' });
    expect([model.status, model.retryAt, model.logId]).toEqual([undefined, undefined, undefined]);
  });
});

describe('api-fetch `parse: false`: the Response it rejects or resolves with reads as the raw response', () => {
  itAgreesWithTheRawResponse(served.server, {
    request: callUnparsed,
    read: (value) => readApiError(value, { now: NOW }),
  });

  it('a 2xx resolves the Response itself, its body unread', async () => {
    const { threw, value } = await settle(callUnparsed(`${served.server().url}/graphql-200`));
    expect(threw).toBe(false);
    expect(value).toBeInstanceOf(Response);
    expect((value as Response).bodyUsed).toBe(false);
  });
});

describe('api-fetch: WordPress REST error bodies say their status, read from `data.status`', () => {
  it.each(wordpress.map((sent) => [sent.name, sent] as const))('%s, parse: true', async (_, sent) => {
    const { threw, value } = await settle(call(served.urlOf(sent)));
    expect(threw).toBe(true);
    expect(value).toEqual(JSON.parse(sent.body));
    // The body is all that arrives, and WordPress put its status there: nothing of the model is lost.
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it.each(wordpress.map((sent) => [sent.name, sent] as const))('%s, parse: false', async (_, sent) => {
    const { threw, value } = await settle(callUnparsed(served.urlOf(sent)));
    expect(threw).toBe(true);
    expectSameModel(await readApiError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it('rest_invalid_param is validation, `data.params` its field errors; a missing term is not-found', async () => {
    const [, invalidParam, , missing] = wordpress as [Scenario, Scenario, Scenario, Scenario];
    const invalid = normalizeError((await settle(call(served.urlOf(invalidParam)))).value, { now: NOW });
    expect(invalid).toMatchObject({ kind: 'validation', status: 400, code: 'rest_invalid_param' });
    expect(invalid.fieldErrors.map(({ field }) => field)).toEqual(['parent']);
    const notFound = normalizeError((await settle(call(served.urlOf(missing)))).value, { now: NOW });
    expect(notFound).toMatchObject({ kind: 'not-found', status: 404, code: 'woocommerce_rest_term_invalid' });
  });

  it('read with only the clients an app names, `wpApiFetchErrors` reads the status; without it, none', async () => {
    const missing = wordpress[3] as Scenario;
    const { value } = await settle(call(served.urlOf(missing)));
    expect(createNormalizer({ clients: [wpApiFetchErrors] })(value, { now: NOW })).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
    expect(createNormalizer()(value, { now: NOW }).status).toBeUndefined();
  });

  it('through WordPress’s root URL middleware and a `path`, as wp-admin calls it, the same', async () => {
    const missing = wordpress[3] as Scenario;
    const middleware = apiFetch.createRootURLMiddleware(`${served.urlOf(missing)}/wp-json/`);
    apiFetch.use(middleware);
    try {
      const { threw, value } = await settle(apiFetch({ path: '/wc/v3/products/categories/7' }));
      expect(threw).toBe(true);
      expect(served.received(missing)?.path).toBe('/wp-json/wc/v3/products/categories/7');
      expectSameModel(normalizeError(value, { now: NOW }), rawModel(missing, NOW));
    } finally {
      apiFetch.unregister(middleware);
    }
  });
});

describe('api-fetch: failures without a response', () => {
  itTellsTransportFailures(served.server, refusedUrl, {
    refused: (url) => apiFetch({ url }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = apiFetch({ url, signal: controller.signal });
      controller.abort();
      return pending;
    },
  });

  it('a refused connection is its own `fetch_error`, read as network', async () => {
    const { value } = await settle(apiFetch({ url: await refusedUrl() }));
    expect(value).toEqual({ code: 'fetch_error', message: 'Could not get a valid response from the server.' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('offline (`navigator.onLine` false), its `offline_error` is network too', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const { value } = await settle(apiFetch({ url: await refusedUrl() }));
    expect(value).toMatchObject({ code: 'offline_error' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('it has no timeout option, and an `AbortSignal.timeout(ms)` comes back as `fetch_error`: network', async () => {
    const { value } = await settle(apiFetch({ url: `${served.server().url}/slow`, signal: AbortSignal.timeout(50) }));
    // fetch rejects with the signal's `TimeoutError`, which is not the `AbortError` api-fetch rethrows.
    expect(value).toMatchObject({ code: 'fetch_error' });
    expect(normalizeError(value, { now: NOW }).kind).toBe('network');
  });

  it('on Node 20 without `navigator`, a refused connection rejects with a TypeError on `onLine`', async () => {
    vi.stubGlobal('navigator', undefined);
    const { value } = await settle(apiFetch({ url: await refusedUrl() }));
    expect(value).toBeInstanceOf(TypeError);
    expect(String((value as TypeError).message)).toMatch(/onLine/);
    // A TypeError in the client's code, not an answer: read as any app's bug is.
    expect(normalizeError(value, { now: NOW }).kind).toBe('unknown');
  });
});
