import superagent from 'superagent';
import { describe } from 'vitest';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { refusedUrl, serveScenarios } from './harness';

// superagent throws an Error with `status` and `response` (`{ status, headers, body, text }`) for a
// 4xx or 5xx, and for a redirect it is told not to follow. It parses only JSON into `body`; text types
// leave `body` as `{}` with the text in `text`, and other types (XML) come as a Buffer in `body`.
// On a 2xx the app gets the same response object.
const server = serveScenarios();

describe('superagent: what it throws or returns reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: (url) => superagent.get(url).redirects(0) });
});

describe('superagent: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => superagent.get(url),
    aborted: (url) => {
      const request = superagent.get(url);
      // `then` sends the request; `abort()` is superagent's own cancel (it takes no AbortSignal).
      const pending = request.then();
      request.abort();
      return pending;
    },
    timedOut: (url) => superagent.get(url).timeout(50),
  });
});
