import redaxios from 'redaxios';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { NOW, refusedUrl, settle, serveScenarios } from './harness';

// redaxios rejects with a plain object (no Error, no name) for a response that is not ok: every
// field of the fetch `Response` copied over, so `body` is the stream it has already used, and `data`
// the body it read: parsed when it is JSON, else the text. On a 2xx the app gets the same object.
// redaxios takes no `signal`, no timeout and no `redirect` option; an app sets them through its
// `fetch` option, as here.
const server = serveScenarios();

/** The app's fetch for redaxios: redirects left to the app, and its abort signal when it has one. */
const appFetch =
  (init: RequestInit = {}): typeof fetch =>
  (input, options) =>
    fetch(input, { ...options, redirect: 'manual', ...init });

describe('redaxios: what it rejects with or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => redaxios.get(url, { fetch: appFetch() }) });
});

describe('redaxios: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => redaxios.get(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = redaxios.get(url, { fetch: appFetch({ signal: controller.signal }) });
      controller.abort();
      return pending;
    },
  });
  it('has no timeout of its own: a timeout given as `AbortSignal.timeout(ms)` through its fetch is timeout', async () => {
    const { value } = await settle(
      redaxios.get(`${server().url}/slow`, { fetch: appFetch({ signal: AbortSignal.timeout(50) }) }),
    );
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
