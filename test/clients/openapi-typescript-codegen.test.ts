import axios from 'axios';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { openapiTypescriptCodegenErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  NOW,
  parsedBody,
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
import { DefaultService as AxiosService, OpenAPI as AxiosOpenAPI } from './openapi-typescript-codegen/axios';
import { ApiError as CodegenApiError, CancelError, DefaultService, OpenAPI } from './openapi-typescript-codegen/fetch';
import { caseScenario, serveBySegment } from './vendor';

// openapi-typescript-codegen 0.31 writes a client from an OpenAPI document: here from
// test/clients/openapi-typescript-codegen/openapi.yaml (one templated path, its error answers in the media types the
// scenarios send), its `fetch` client in fetch/ and its `axios` client in axios/ (README.md there says how). Both
// are the templates in node_modules/openapi-typescript-codegen/dist/index.js, written out as core/request.ts,
// core/ApiError.ts and core/CancelablePromise.ts:
// - A status outside 2xx rejects with its `ApiError` (name "ApiError"): `url`, `status`, `statusText`, `body` and
//   `request` (the call's own options), its message "Bad Request"-like for seven statuses and "Generic Error: status:
//   …; status text: …; body: <JSON>" otherwise. No header is kept: not Retry-After, not a request id, not
//   WWW-Authenticate. The fetch client's `body` is the parsed JSON when the Content-Type starts with
//   `application/json` or `application/problem+json`, the text for any other Content-Type, and undefined when there
//   is none (the body is not read) or the status is 204; a JSON body that does not parse is logged and left undefined.
//   The axios client's `body` is axios's `data`: JSON parsed whenever it parses, else the text, `''` when empty.
// - A 2xx resolves the body alone.
// - Neither takes a signal or a timeout of its own: a call is a `CancelablePromise` whose `cancel()` rejects with its
//   `CancelError` ("Request aborted"), before the request it aborts can reject. A failure without a response is what
//   fetch or axios threw; the axios client runs on the global `axios`, so `axios.defaults.timeout` is its timeout.
// - A redirect is followed, by fetch (no `redirect` option is given) and by axios in Node: the app gets the answer at
//   the Location.

const server = serveScenarios();

/** The scenario name of `url`, its origin made the generated client's base URL (`OpenAPI.BASE`, read at each call). */
function scenarioAt(url: string, config: { BASE: string }): string {
  const { origin, pathname } = new URL(url);
  config.BASE = origin;
  return pathname.slice(1);
}

const fetchCall = (url: string) => DefaultService.getScenario(scenarioAt(url, OpenAPI));
const axiosCall = (url: string) => AxiosService.getScenario(scenarioAt(url, AxiosOpenAPI));

/** Both follow a redirect: the OAuth one would leave this machine (a redirect is tested on its own below). */
const ANSWERED = scenarios.filter((sent) => sent.status < 300 || sent.status >= 400);

const contentType = ({ headers }: Scenario): string | undefined =>
  Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];

/** The fetch client's `getResponseBody`: JSON for its two JSON types, the text for any other type, else nothing. */
function fetchBody(sent: Scenario): unknown {
  const type = contentType(sent)?.toLowerCase();
  if (type === undefined || sent.status === 204) return undefined;
  return /^application\/(?:problem\+)?json/.test(type) ? JSON.parse(sent.body) : sent.body;
}

/** The axios client's body: axios's `data`, JSON when it parses, else the text. */
function axiosBody({ body }: Scenario): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

const ERROR_WHY =
  '`ApiError` keeps the status, the status text and the body as the client read it, and no header: no Retry-After, ' +
  'no request id, no WWW-Authenticate';
const OK_WHY = 'a 2xx resolves the body alone: no status, no headers';

/** What each scenario loses through a client that keeps `body(sent)` beside the status, or the body alone on a 2xx. */
function dropsOf(body: (sent: Scenario) => unknown, only: readonly Scenario[]): Partial<Record<ScenarioName, Dropped>> {
  return Object.fromEntries(
    only.flatMap((sent) => {
      const kept =
        sent.status < 300
          ? droppedBetween(rawModel(sent, NOW), normalizeError(parsedBody(sent), { now: NOW }), OK_WHY)
          : droppedBetween(
              rawModel(sent, NOW),
              normalizeError({ status: sent.status, headers: {}, body: body(sent) }, { now: NOW }),
              ERROR_WHY,
            );
      return kept ? [[sent.name, kept]] : [];
    }),
  );
}

describe('openapi-typescript-codegen fetch: its ApiError reads as the raw response, but for the headers', () => {
  itAgreesWithTheRawResponse(server, { request: fetchCall, drops: dropsOf(fetchBody, ANSWERED) }, ANSWERED);

  it('rejects with an ApiError of status, status text and body: the Retry-After is gone', async () => {
    const { threw, value } = await settle(fetchCall(`${server().url}/rate-limited-429`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(CodegenApiError);
    const error = value as CodegenApiError;
    expect(error).toMatchObject({ name: 'ApiError', status: 429, statusText: 'Too Many Requests' });
    expect(error.body).toEqual(JSON.parse(scenario('rate-limited-429').body));
    expect(Object.keys(error).sort()).toEqual(['body', 'name', 'request', 'status', 'statusText', 'url']);
    expect(error.message).toMatch(/^Generic Error: status: 429; status text: Too Many Requests; body: \{/);
    const model = normalizeError(error, { now: NOW });
    expect(model).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(model.retryAt).toBeUndefined();
    expect(model.message).toBe(rawModel('rate-limited-429', NOW).message);
  });

  it('keeps an HTML page, text or XML as text: never markup or its own "Generic Error" as the message', async () => {
    for (const name of ['html-gateway', 'plain-text', 'xml-s3'] as const) {
      const { value } = await settle(fetchCall(`${server().url}/${name}`));
      expect((value as CodegenApiError).body).toBe(scenario(name).body);
      const model = normalizeError(value, { now: NOW });
      expect(model.message).not.toMatch(/[<>]|Generic Error|Bad Gateway/);
      expectSameModel(model, rawModel(name, NOW));
    }
  });

  it('reads no body without a Content-Type: an empty one is none, as the raw response’s', async () => {
    const { value } = await settle(fetchCall(`${server().url}/empty-502`));
    expect(value).toMatchObject({ status: 502, body: undefined, message: 'Bad Gateway' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('empty-502', NOW));
  });
});

describe('openapi-typescript-codegen: bodies it reads otherwise than the raw response', () => {
  // Have I Been Pwned's 401 sentence as its client's fixture records it (no Content-Type), and Ash's JSON:API error
  // (`application/vnd.api+json`, which the fetch client reads as text).
  const TEXT_UNTYPED = caseScenario('hibp/unauthorised-401-text');
  const JSON_API = caseScenario('ash-json-api/invalid-filter-400');
  const vendor = serveBySegment([TEXT_UNTYPED, JSON_API]);

  it('fetch: a body without a Content-Type is never read, so its sentence is lost', async () => {
    const { value } = await settle(fetchCall(vendor.urlOf(TEXT_UNTYPED)));
    expect(value).toMatchObject({ name: 'ApiError', status: 401, body: undefined });
    const raw = rawModel(TEXT_UNTYPED, NOW);
    expect(raw.messageSource).toBe('server');
    const model = normalizeError(value, { now: NOW });
    expect(model).toMatchObject({ kind: raw.kind, status: 401, messageSource: 'default' });
    expect(model.message).not.toBe(raw.message);
  });

  it('axios: the same body is axios’s text, read as the raw response', async () => {
    const { value } = await settle(axiosCall(vendor.urlOf(TEXT_UNTYPED)));
    expect(value).toMatchObject({ name: 'ApiError', status: 401, body: TEXT_UNTYPED.body });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(TEXT_UNTYPED, NOW));
  });

  it('fetch: a JSON:API body is kept as its text, which reads as the parsed body', async () => {
    const { value } = await settle(fetchCall(vendor.urlOf(JSON_API)));
    expect(value).toMatchObject({ name: 'ApiError', status: 400, body: JSON_API.body });
    const model = normalizeError(value, { now: NOW });
    expectSameModel(model, rawModel(JSON_API, NOW));
    expect(model.fieldErrors.map(({ field }) => field)).toEqual(['filter']);
  });
});

describe('openapi-typescript-codegen axios: its ApiError reads as the raw response, but for the headers', () => {
  itAgreesWithTheRawResponse(server, { request: axiosCall, drops: dropsOf(axiosBody, ANSWERED) }, ANSWERED);

  it("keeps axios’s `data` as the body: `''` for an empty one, which is none (S3’s request id is lost)", async () => {
    const { value } = await settle(axiosCall(`${server().url}/empty-404`));
    expect(value).toMatchObject({ name: 'ApiError', status: 404, body: '', message: 'Not Found' });
    const dropped = dropsOf(axiosBody, [scenario('empty-404')])['empty-404'];
    expect(dropped?.gives).toEqual({ logId: undefined });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('empty-404', NOW), dropped);
  });
});

describe('openapi-typescript-codegen: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => `${server().url}/validation-422`);

  it.each([
    ['fetch', fetchCall],
    ['axios', axiosCall],
  ] as const)('%s: the app gets the answer at the Location, read as that answer', async (_, call) => {
    const { threw, value } = await settle(call(`${hop()}/anywhere`));
    expect(threw).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('validation-422', NOW));
  });
});

/** A call to the endpoint that never answers, cancelled by the app. */
function cancelled<T>(pending: { cancel(): void } & Promise<T>): Promise<T> {
  pending.cancel();
  return pending;
}

describe('openapi-typescript-codegen fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: fetchCall,
    // Neither a signal nor a timeout can be given: `cancel()` is how a call is stopped.
    aborted: (url) => cancelled(fetchCall(url)),
  });

  it('`cancel()` rejects with its CancelError, which only its reader tells from any other error', async () => {
    const { value } = await settle(cancelled(fetchCall(`${server().url}/slow`)));
    expect(value).toBeInstanceOf(CancelError);
    expect(value).toMatchObject({ name: 'CancelError', message: 'Request aborted', isCancelled: true });
    const named = createNormalizer({ clients: [openapiTypescriptCodegenErrors] });
    expect(named(value, { now: NOW })).toMatchObject({ kind: 'cancelled', format: 'abort' });
    expect(createNormalizer()(value, { now: NOW }).kind).not.toBe('cancelled');
  });

  it('an error of the same name without its `isCancelled` is left to the generic reading', () => {
    const other = Object.assign(new Error('Promise was canceled'), { name: 'CancelError' });
    expect(openapiTypescriptCodegenErrors.read(other, () => ({ header: () => undefined }))).toBeUndefined();
  });
});

describe('openapi-typescript-codegen axios: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: axiosCall,
    aborted: (url) => cancelled(axiosCall(url)),
    // The generated client calls the global axios: its defaults are the app's only way to give a timeout.
    timedOut: async (url) => {
      const before = axios.defaults.timeout;
      axios.defaults.timeout = 50;
      try {
        return await axiosCall(url);
      } finally {
        axios.defaults.timeout = before;
      }
    },
  });
});
