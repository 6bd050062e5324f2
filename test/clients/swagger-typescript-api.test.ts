import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { createNormalizer, hasUnreadBody, normalizeError, readApiError } from '../../src';
import { swaggerTypescriptApiErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  expectSameModel,
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
import { Api as AxiosApi } from './swagger-typescript-api/axios';
import { Api, type HttpResponse } from './swagger-typescript-api/fetch';

// swagger-typescript-api 13.13 writes a client from an OpenAPI document: here from
// test/clients/swagger-typescript-api/openapi.yaml (one templated path, its error answers in the media types the
// scenarios send), its fetch `HttpClient` in fetch.ts and its axios one in axios.ts (README.md there says how).
// - fetch (node_modules/swagger-typescript-api/templates/base/http-clients/fetch-http-client.ejs, `request`): a
//   response that is not ok is THROWN as the fetch `Response` itself, with `data` and `error` set on it; a 2xx is
//   resolved so. The route's format (`json`, the document's 2xx being JSON) is read from a `clone()`, so the
//   response's own body is never read: its result goes to `error` (not ok) or `data` (ok), and when `json()` fails
//   (text, an HTML page, XML, an empty body) `error` is the `SyntaxError` it rejected with. The headers are the
//   `Response`'s own. `redirect: 'follow'` is its default, which a call's params (fetch's `RequestInit`) replace; so
//   is `signal`. A call is aborted by the client's own `abortRequest(cancelToken)`; it has no timeout of its own. A
//   failure without a response is what fetch threw.
// - axios (templates/base/http-clients/axios-http-client.ejs): each call is `instance.request(…)` on its own
//   `axios.create(config)`, so it rejects with axios's `AxiosError` and resolves the `AxiosResponse`.

const server = serveScenarios();
const path = (url: string): string => new URL(url).pathname.slice(1);

/** A redirect is the answer, not followed, as in every client test here: the OAuth one points off this machine. */
const fetchCall = (url: string) =>
  new Api({ baseUrl: new URL(url).origin }).scenario.getScenario(path(url), { redirect: 'manual' });
const axiosCall = (url: string) =>
  new AxiosApi({ baseURL: new URL(url).origin, maxRedirects: 0 }).scenario.getScenario(path(url));

/** Whether the client's `json()` takes the body: then `error` (or `data`) holds it, else the parser's SyntaxError. */
function parses({ body }: Scenario): boolean {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

const read = (value: unknown) => readApiError(value, { now: NOW });

describe('swagger-typescript-api fetch: `readApiError` reads the Response it throws as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: fetchCall, read });

  it('throws the fetch Response with `data` and `error` of its own, its body unread', async () => {
    const { threw, value } = await settle(fetchCall(`${server().url}/rate-limited-429`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Response);
    const response = value as HttpResponse<unknown, unknown>;
    expect(Object.keys(response).sort()).toEqual(['data', 'error']);
    expect(response).toMatchObject({ status: 429, ok: false, data: null, bodyUsed: false });
    expect(response.error).toEqual(JSON.parse(scenario('rate-limited-429').body));
    expect(response.headers.get('retry-after')).toBe('5');
    expect(hasUnreadBody(response)).toBe(true);
    expect(normalizeError(response, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('swagger-typescript-api fetch: `normalizeError` reads what the Response holds now', () => {
  // A JSON body is in `error` (or `data`): the whole response, read at once.
  itAgreesWithTheRawResponse(server, { request: fetchCall }, scenarios.filter(parses));

  // Any other body is still in the unread stream, which only an await reads: the status and headers speak.
  it.each(scenarios.filter((sent) => !parses(sent)).map((sent) => [sent.name, sent] as const))(
    '%s: `error` is the SyntaxError of `json()`, read as no body, never as the server’s code or words',
    async (name, sent) => {
      const { threw, value } = await settle(fetchCall(`${server().url}/${name}`));
      expect(threw).toBe(true);
      const { error } = value as HttpResponse<unknown, unknown>;
      expect(error).toBeInstanceOf(SyntaxError);
      const model = normalizeError(value, { now: NOW });
      expectSameModel(model, headersOnlyModel(sent, NOW));
      expect(model.code).not.toBe('SyntaxError');
      expect(model.message).not.toContain((error as SyntaxError).message);
      expect(createNormalizer({ clients: [swaggerTypescriptApiErrors] })(value, { now: NOW }).code).toBe(model.code);
    },
  );

  it('read without the client, the parser’s SyntaxError would be the body, its name the code', async () => {
    const { value } = await settle(fetchCall(`${server().url}/html-gateway`));
    expect(createNormalizer()(value, { now: NOW }).code).toBe('SyntaxError');
    expect(rawModel('html-gateway', NOW).code).toBeUndefined();
  });

  it('a 2xx resolves the Response with the parsed body as `data`', async () => {
    const resolved = await fetchCall(`${server().url}/graphql-200`);
    expect(resolved).toMatchObject({ status: 200, ok: true, error: null });
    expect(resolved.data).toEqual(JSON.parse(scenario('graphql-200').body));
    expectSameModel(normalizeError(resolved, { now: NOW }), rawModel('graphql-200', NOW));
  });
});

describe('swagger-typescript-api fetch: once the app has read the thrown Response’s body', () => {
  /** What the app has after a logger of its own read the body: the same Response, `bodyUsed` now true. */
  async function spent(name: string): Promise<HttpResponse<unknown, unknown>> {
    const { value } = await settle(fetchCall(`${server().url}/${name}`));
    const response = value as HttpResponse<unknown, unknown>;
    await response.text();
    expect(response.bodyUsed).toBe(true);
    return response;
  }

  it.each(['validation-422', 'rate-limited-429', 'json-error'] as const)(
    '%s: `error` still holds the parsed body, read by either function',
    async (name) => {
      const response = await spent(name);
      expect(hasUnreadBody(response)).toBe(false);
      expectSameModel(normalizeError(response, { now: NOW }), rawModel(name, NOW));
      expectSameModel(await read(response), rawModel(name, NOW));
    },
  );

  it.each(['html-gateway', 'plain-text-429', 'whitespace-503'] as const)(
    '%s: a body `json()` refused is gone from the Response: the status and headers speak',
    async (name) => {
      const response = await spent(name);
      expectSameModel(await read(response), headersOnlyModel(name, NOW));
    },
  );
});

describe('swagger-typescript-api axios: the AxiosError it rejects with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: axiosCall });

  it('rejects with an AxiosError whose response keeps the status and headers', async () => {
    const { threw, value } = await settle(axiosCall(`${server().url}/rate-limited-429`));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(AxiosError);
    expect((value as AxiosError).response?.status).toBe(429);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('swagger-typescript-api fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: fetchCall,
    aborted: (url) => {
      const api = new Api({ baseUrl: new URL(url).origin });
      const pending = api.scenario.getScenario(path(url), { cancelToken: 'slow' });
      api.abortRequest('slow');
      return pending;
    },
  });

  it('has no timeout of its own: `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const api = new Api({ baseUrl: server().url });
    const { value } = await settle(api.scenario.getScenario('slow', { signal: AbortSignal.timeout(50) }));
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});

describe('swagger-typescript-api axios: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: axiosCall,
    aborted: (url) => {
      const controller = new AbortController();
      const api = new AxiosApi({ baseURL: new URL(url).origin });
      const pending = api.scenario.getScenario(path(url), { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => new AxiosApi({ baseURL: new URL(url).origin }).scenario.getScenario(path(url), { timeout: 50 }),
  });
});
