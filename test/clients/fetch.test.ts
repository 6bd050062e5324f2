import { describe, expect, it } from 'vitest';
import { hasUnreadBody, HttpError, normalizeError, readApiError } from '../../src';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import { expectSameModel, failures, headersOnlyModel, NOW, refusedUrl, settle, serveScenarios } from './harness';

// fetch resolves for every status. The kit's pattern throws `HttpError.fromResponse(res)` for a
// response that is not ok (the body read once); a GraphQL 200 with `errors` is thrown as
// `new HttpError(res.status, res.headers, body)`. An app may instead throw the `Response` itself:
// `normalizeError` then has the status and headers, and `readApiError` reads the body.
const server = serveScenarios();

async function fetchOrThrowHttpError(url: string): Promise<unknown> {
  const res = await fetch(url, { redirect: 'manual' });
  if (!res.ok) throw await HttpError.fromResponse(res);
  const body = await res.json();
  if (body.errors) throw new HttpError(res.status, res.headers, body);
  return body;
}

async function fetchOrThrowResponse(url: string): Promise<unknown> {
  const res = await fetch(url, { redirect: 'manual' });
  if (!res.ok) throw res;
  return res.json();
}

describe('fetch + HttpError.fromResponse reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, { request: fetchOrThrowHttpError, fails: () => true });
});

describe('a thrown fetch Response: readApiError reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    server,
    { request: fetchOrThrowResponse, read: (value) => readApiError(value, { now: NOW }) },
    failures,
  );
});

describe('a thrown fetch Response: normalizeError, before the body is read', () => {
  it.each(failures.map((scenario) => [scenario.name, scenario] as const))(
    '%s: the model of the status and headers',
    async (name, scenario) => {
      const { value } = await settle(fetchOrThrowResponse(`${server().url}/${name}`));
      expect(hasUnreadBody(value)).toBe(true);
      expectSameModel(normalizeError(value, { now: NOW }), headersOnlyModel(scenario, NOW));
    },
  );
});

describe('fetch: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => fetch(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = fetch(url, { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => fetch(url, { signal: AbortSignal.timeout(50) }),
  });
});
