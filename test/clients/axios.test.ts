import axios from 'axios';
import { describe } from 'vitest';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { refusedUrl, serveScenarios } from './harness';

// axios throws an AxiosError whose `response` is `{ status, headers: AxiosHeaders, data }`, with the
// body parsed as JSON or left as text, and `''` for an empty body. On a 2xx (the GraphQL 200) the app
// gets that same response object. `maxRedirects: 0` so the OAuth redirect reaches the app, as in a
// browser, where axios never sees a redirect's target either.
const server = serveScenarios();

describe('axios: what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => axios.get(url, { maxRedirects: 0 }) });
});

describe('axios: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => axios.get(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = axios.get(url, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => axios.get(url, { timeout: 50 }),
  });
});
