import { ofetch } from 'ofetch';
import { describe } from 'vitest';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { refusedUrl, serveScenarios } from './harness';

// ofetch throws a `FetchError` for a 4xx or 5xx, with the parsed body in `data` and the `Response` in
// `response`. A 3xx or 2xx is no failure to ofetch: `ofetch.raw` resolves with the `Response`, its
// parsed body in `_data`, which is what an app that needs the status (the OAuth redirect, a GraphQL
// 200 with errors) hands over.
const server = serveScenarios();

describe('ofetch: what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => ofetch.raw(url, { retry: 0, redirect: 'manual' }),
    fails: (scenario) => scenario.status >= 400,
  });
});

describe('ofetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => ofetch(url, { retry: 0 }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = ofetch(url, { retry: 0, signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => ofetch(url, { retry: 0, timeout: 50 }),
  });
});
