import { QueryClient } from '@tanstack/react-query';
import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, normalizeError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { NOW, rawModel, refusedUrl, scenario, serveScenarios, settle } from './harness';

// openapi-react-query 0.5 (TanStack Query hooks over openapi-fetch): its query function throws openapi-fetch's
// `error`, the body alone (node_modules/openapi-react-query/dist/index.mjs: `if (error) { throw error; }`), so
// `useQuery().error` has no status and no headers: no countdown, no header support ID, and a body that does not say
// its own status gives no kind. openapi-fetch's middleware sees the `Response` before that: one whose `onResponse`
// throws `HttpError.fromResponse(response)` for a response that is not ok hands the query the whole response.
// `queryClient.fetchQuery(api.queryOptions(…))` runs the same query function `useQuery` does.

/** The scenario server's API as openapi-typescript would write it: one path, any scenario. */
interface paths {
  '/{scenario}': {
    get: {
      parameters: { path: { scenario: string } };
      responses: {
        200: { content: { 'application/json': { data: unknown; errors?: unknown[] } } };
        default: { content: { 'application/json': unknown; 'text/plain': string } };
      };
    };
  };
}

/** The middleware an app adds so that a failed query keeps its response. */
const keepResponses: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await HttpError.fromResponse(response);
  },
};

const server = serveScenarios();
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
afterEach(() => queryClient.clear());

/** The query `useQuery(api.queryOptions('get', '/{scenario}', …))` runs, for the scenario at `url`. */
function query(url: string, { keep = false, signal }: { keep?: boolean; signal?: AbortSignal } = {}) {
  const { origin, pathname } = new URL(url);
  const fetchClient = createFetchClient<paths>({
    baseUrl: origin,
    // As the other clients here: a redirect is the answer, not followed (the OAuth one points off this machine).
    fetch: (request) => fetch(request, { redirect: 'manual', signal }),
  });
  if (keep) fetchClient.use(keepResponses);
  const api = createQueryHooks(fetchClient);
  return queryClient.fetchQuery(
    api.queryOptions('get', '/{scenario}', { params: { path: { scenario: pathname.slice(1) } } }),
  );
}

describe('openapi-react-query: the error is the body alone', () => {
  it('a 429 with Retry-After: its code still says rate-limited, but the status, countdown and support ID are gone', async () => {
    const sent = scenario('rate-limited-429');
    const { threw, value } = await settle(query(`${server().url}/${sent.name}`));
    expect(threw).toBe(true);
    const raw = rawModel(sent, NOW);
    expect(raw).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: NOW + 5000 });
    expect(raw.logId).toBeDefined();
    const model = normalizeError(value, { now: NOW });
    // Microsoft Graph's `code: "TooManyRequests"` is in the body; Retry-After and request-id were headers.
    expect(model).toMatchObject({ kind: 'rate-limited', message: raw.message });
    expect(model.status).toBeUndefined();
    expect(model.retryAt).toBeUndefined();
    expect(model.logId).toBeUndefined();
  });

  it('a 422 keeps what its body says: the field errors and the code', async () => {
    const sent = scenario('validation-422');
    const { value } = await settle(query(`${server().url}/${sent.name}`));
    const raw = rawModel(sent, NOW);
    const model = normalizeError(value, { now: NOW });
    expect(raw.fieldErrors.length).toBeGreaterThan(0);
    expect(model.fieldErrors).toEqual(raw.fieldErrors);
    expect(model.code).toBe(raw.code);
  });
});

describe('openapi-react-query with a middleware that throws the response: the error reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => query(url, { keep: true }),
    // A 2xx resolves with the body alone (openapi-fetch's `data`): GraphQL's errors sent with a 200 lose the status.
    drops: {
      'graphql-200': {
        gives: { status: undefined },
        why: 'a 2xx is no failure to the query: it resolves with the body alone',
      },
    },
  });
});

describe('openapi-react-query: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => query(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = query(url, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => query(url, { signal: AbortSignal.timeout(50) }),
  });
});
