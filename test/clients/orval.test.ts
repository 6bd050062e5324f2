import { QueryClient } from '@tanstack/react-query';
import { AxiosError } from 'axios';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { orvalErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveScenarios,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { getScenario as axiosGetScenario } from './orval/axios';
import { scenarioServer } from './orval/base';
import { getScenario } from './orval/fetch';
import { getScenario as jsonOnlyGetScenario } from './orval/fetch-json';
import { getGetScenarioQueryKey, getGetScenarioQueryOptions } from './orval/react-query';

// Orval 8.38 generates typed clients from an OpenAPI document: here from test/clients/orval/openapi.yaml (one
// templated path, its error answers in the media types the scenarios send) and openapi-json.yaml (the same, every
// answer said to be JSON), by test/clients/orval/orval.config.ts. What the generated functions hand the app:
// - `client: 'fetch'` (test/clients/orval/fetch.ts, written by node_modules/@orval/fetch/dist/index.mjs,
//   `generateRequestFunction`): never throws on a status. It reads the body as text and resolves
//   `{ data, status, headers }` for every answer, `headers` the fetch `Headers`, `data` the text parsed with
//   `JSON.parse` when the content type has "json" (the document lists both kinds), the text as it is otherwise, and
//   `{}` when the body is empty (or the status is 204, 205 or 304). When the document says every answer is JSON, it
//   parses every non-empty body, so a body that is not JSON (a gateway's HTML page) rejects with `JSON.parse`'s
//   `SyntaxError`: status and headers are gone.
// - `client: 'axios-functions'` (test/clients/orval/axios.ts, node_modules/@orval/axios/dist/index.mjs): each function
//   is `axios.get(url, options)`, so it rejects with axios's own `AxiosError` (its `response` is `{ data, status,
//   headers, … }`) and resolves the `AxiosResponse` on a 2xx.
// - `client: 'react-query'`, `httpClient: 'fetch'` (test/clients/orval/react-query.ts,
//   node_modules/@orval/query/dist/index.mjs): the query function is the fetch function above with TanStack's signal
//   (`({ signal }) => getScenario(scenario, { signal, ...fetchOptions })`). It resolves on every status, so
//   `useQuery().error` stays null on an HTTP error and `data` is the `{ data, status, headers }` result: that is what
//   the app passes. `queryClient.fetchQuery(getGetScenarioQueryOptions(…))` runs the query function `useQuery` does.
// A failure without a response is what fetch or axios threw; the fetch client has no timeout of its own.

const server = serveScenarios();
// Every generated route starts with `scenarioServer.url` (the config's runtime `baseUrl`), read at each call.
beforeAll(() => {
  scenarioServer.url = server().url;
});

/** The scenario name of `url`, its origin made the base URL of the generated functions. */
function scenarioAt(url: string): string {
  const { origin, pathname } = new URL(url);
  scenarioServer.url = origin;
  return pathname.slice(1);
}

// A redirect is the answer, not followed, as in every client test here: the OAuth one points off this machine.
const MANUAL = { redirect: 'manual' } as const;

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
afterEach(() => queryClient.clear());

/** What `useGetScenario(name, { fetch })` runs. */
const query = (name: string, fetch: RequestInit = MANUAL) =>
  queryClient.fetchQuery(getGetScenarioQueryOptions(name, { fetch }));

describe('orval fetch: the `{ data, status, headers }` it resolves for every status reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => getScenario(scenarioAt(url), MANUAL),
    fails: () => false,
  });

  it('resolves a 429 with its status, the fetch Headers and the parsed body', async () => {
    const result = await getScenario('rate-limited-429');
    expect(result.status).toBe(429);
    expect(result.headers).toBeInstanceOf(Headers);
    expect(result.data).toEqual(JSON.parse(scenario('rate-limited-429').body));
    expect(normalizeError(result, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('orval fetch: the `{}` it puts in place of an empty body', () => {
  it('is no body: the OAuth error the redirect’s Location carries is read from the headers', async () => {
    const result = await getScenario('oauth-redirect', MANUAL);
    expect(result).toMatchObject({ data: {}, status: 302 });
    const raw = rawModel('oauth-redirect', NOW);
    const expected = { kind: 'forbidden', status: 302, code: 'access_denied', message: raw.message };
    expect(raw.messageSource).toBe('server');
    expect(normalizeError(result, { now: NOW })).toMatchObject(expected);
    expect(createNormalizer({ clients: [orvalErrors] })(result, { now: NOW })).toMatchObject(expected);
  });

  it('read without the client, it is still never shown as "[object Object]"', async () => {
    const unnamed = createNormalizer()(await getScenario('oauth-redirect', MANUAL), { now: NOW });
    expect(unnamed).toMatchObject({ status: 302, messageSource: 'default' });
  });

  it('a result whose data holds a body, or an axios response, is left to the generic reading', async () => {
    expect(orvalErrors.test?.(await getScenario('validation-422'))).toBe(false);
    expect(orvalErrors.test?.(await getScenario('whitespace-503'))).toBe(false);
    expect(orvalErrors.test?.(await getScenario('empty-404'))).toBe(true);
    const { value } = await settle(axiosGetScenario('empty-404'));
    expect((value as AxiosError).response?.data).toBe('');
    expect(orvalErrors.test?.((value as AxiosError).response)).toBe(false);
  });
});

/** Whether the generated `body ? JSON.parse(body) : {}` takes the body. */
function parses({ body }: Scenario): boolean {
  try {
    if (body) JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

const SYNTAX_WHY =
  'the document says every answer is JSON, so a body that is not is parsed anyway: `JSON.parse` throws a ' +
  'SyntaxError, and nothing of the response (status, headers, text) reaches the app';

describe('orval fetch, a document whose every answer is JSON: a body that is not rejects with a SyntaxError', () => {
  // The SyntaxError holds nothing of the response: what it can say is what nothing says.
  const drops: Partial<Record<ScenarioName, Dropped>> = {};
  for (const sent of scenarios.filter((each) => !parses(each))) {
    const dropped = droppedBetween(rawModel(sent, NOW), normalizeError(undefined, { now: NOW }), SYNTAX_WHY);
    if (dropped) drops[sent.name] = dropped;
  }
  itAgreesWithTheRawResponse(server, {
    request: (url) => jsonOnlyGetScenario(scenarioAt(url), MANUAL),
    fails: (sent) => !parses(sent),
    drops,
  });

  it('the nginx 502 page is a SyntaxError: no status, not a server error', async () => {
    const { threw, value } = await settle(jsonOnlyGetScenario('html-gateway'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(SyntaxError);
    expect(rawModel('html-gateway', NOW)).toMatchObject({ status: 502 });
    const model = normalizeError(value, { now: NOW });
    expect(model.kind).toBe('unknown');
    expect(model.status).toBeUndefined();
  });
});

describe('orval axios-functions: the AxiosError it rejects with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => axiosGetScenario(scenarioAt(url), { maxRedirects: 0 }),
  });

  it('rejects with an AxiosError whose response keeps the status and headers', async () => {
    const { threw, value } = await settle(axiosGetScenario('rate-limited-429'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(AxiosError);
    expect((value as AxiosError).response?.status).toBe(429);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('orval react-query over fetch: the query resolves the result, which reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => query(scenarioAt(url)),
    fails: () => false,
  });

  it('an HTTP error leaves `useQuery().error` null: the failure is in `data`, the result', async () => {
    const result = await query('rate-limited-429');
    expect(result.status).toBe(429);
    const state = queryClient.getQueryState(getGetScenarioQueryKey('rate-limited-429'));
    expect(state).toMatchObject({ status: 'success', error: null });
    expect(normalizeError(state?.data, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('orval fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => getScenario(scenarioAt(url)),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = getScenario(scenarioAt(url), { signal: controller.signal });
      controller.abort();
      return pending;
    },
  });

  it('has no timeout of its own: `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { value } = await settle(getScenario('slow', { signal: AbortSignal.timeout(50) }));
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

describe('orval axios-functions: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => axiosGetScenario(scenarioAt(url)),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = axiosGetScenario(scenarioAt(url), { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => axiosGetScenario(scenarioAt(url), { timeout: 50 }),
  });
});

describe('orval react-query over fetch: a failure without a response is `useQuery().error`', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => query(scenarioAt(url)),
    // The app's signal in the `fetch` options replaces TanStack's own in the query function.
    aborted: (url) => {
      const controller = new AbortController();
      const pending = query(scenarioAt(url), { signal: controller.signal });
      controller.abort();
      return pending;
    },
  });

  it('the rejection is the query’s error', async () => {
    const url = await refusedUrl();
    const { threw } = await settle(query(scenarioAt(url)));
    expect(threw).toBe(true);
    const state = queryClient.getQueryState(getGetScenarioQueryKey(scenarioAt(url)));
    expect(state?.status).toBe('error');
    expect(normalizeError(state?.error, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
