import xior, { isXiorError } from 'xior';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { NOW, refusedUrl, serveScenarios, settle } from './harness';

// xior 0.8 (axios's API on fetch) rejects a response that is not ok with a `XiorError` (name "XiorError", message
// "Request failed with status code <status>") whose `response` is `{ data, status, statusText, headers, response,
// config, request }`: `data` the body as text, parsed as JSON when it parses; `headers` the fetch `Headers`. Its own
// `timeout` aborts with a `XiorTimeoutError` ("timeout of <ms>ms exceeded"), which fetch rethrows as it is; an app's
// abort is fetch's `AbortError` (node_modules/xior/chunk-6KPX7NUH.mjs, chunk-DZATR7FS.mjs). On a 2xx the app gets
// that same response object, as with axios.

const server = serveScenarios();
const http = () => xior.create({ baseURL: server().url, redirect: 'manual' });
const path = (url: string): string => new URL(url).pathname;

describe('xior: what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => http().get(path(url)) });

  it('its error is a XiorError whose response keeps the fetch Headers', async () => {
    const { value } = await settle(http().get('/rate-limited-429'));
    expect(isXiorError(value)).toBe(true);
    expect(value).toMatchObject({ name: 'XiorError', message: 'Request failed with status code 429' });
    const { response } = value as { response: { headers: unknown; status: number } };
    expect(response.status).toBe(429);
    expect(response.headers).toBeInstanceOf(Headers);
    for (const read of [normalizeError, createNormalizer()])
      expect(read(value, { now: NOW })).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 5000 });
  });
});

describe('xior: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => xior.get(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = http().get(path(url), { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => http().get(path(url), { timeout: 50 }),
  });

  it('its timeout, an app’s signal beside it, is still timeout', async () => {
    const { value } = await settle(http().get('/slow', { timeout: 50, signal: new AbortController().signal }));
    expect(value).toMatchObject({ name: 'XiorTimeoutError' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'timeout' });
  });
});
