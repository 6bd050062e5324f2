import ky from 'ky';
import { describe } from 'vitest';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { refusedUrl, serveScenarios } from './harness';

// ky 2 throws an `HTTPError` for any response that is not ok (a manual redirect included), with the
// body already read into `data` (parsed JSON by content type, else text, undefined when empty) and
// the `Response` for status and headers. On a 2xx the app's `.json()` gets the body alone.
const server = serveScenarios();

describe('ky 2: what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => ky.get(url, { retry: 0, redirect: 'manual' }).json(),
    drops: {
      'graphql-200': {
        gives: { status: undefined },
        why: 'a 2xx resolves `.json()` with the body alone; pass `{ status: res.status, headers: res.headers, body }` from `await ky(url)` to keep them',
      },
    },
  });
});

describe('ky 2: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => ky.get(url, { retry: 0 }),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = ky.get(url, { retry: 0, signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => ky.get(url, { retry: 0, timeout: 50 }),
  });
});
