import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { NOW, refusedUrl, settle, serveScenarios } from './harness';

// openapi-fetch never throws for a status: it resolves with `{ data, error, response }`, the body
// parsed into `error` (or `data` on a 2xx) and the `Response` for status and headers. The app hands
// that result over whole. A failure without a response is the fetch error, thrown.

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

const server = serveScenarios();
const client = (baseUrl: string) =>
  createClient<paths>({ baseUrl, fetch: (request) => fetch(request, { redirect: 'manual' }) });
const get = (url: string, signal?: AbortSignal) => {
  const { origin, pathname } = new URL(url);
  return client(origin).GET('/{scenario}', { params: { path: { scenario: pathname.slice(1) } }, signal });
};

describe('openapi-fetch: the `{ data, error, response }` it resolves with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => get(url), fails: () => false });
});

describe('openapi-fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => get(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = get(url, controller.signal);
      controller.abort();
      return pending;
    },
  });
  it('has no timeout of its own: `signal: AbortSignal.timeout(ms)` is timeout', async () => {
    const { value } = await settle(get(`${server().url}/slow`, AbortSignal.timeout(50)));
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
