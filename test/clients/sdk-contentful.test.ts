import { createClient } from 'contentful';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// contentful (the Content Delivery API client; axios underneath, errors shaped by contentful-sdk-core's
// `errorHandler`) throws, for an answer that is not 2xx, a plain `Error`: `name` = the body's `sys.id` (else
// '<status> <statusText>'), `message` = a JSON text (pretty-printed) of `{ status, statusText, message, details,
// request: { url, headers, method, payloadData }, requestId }`: the status, the body's `message`, `details` and
// `requestId` (only when the body has one), and the request (its Authorization header obscured). Nothing else: no
// response headers, no other own member (`name` and `message` are its only own keys). `retryOnError: false` turns
// off its retries (of 429 and 5xx).
// A failure without a response is axios's own `AxiosError` (`isAxiosError`, code 'ECONNREFUSED', `name` 'Error'),
// rethrown as is.

const scenarios = [
  // 'contentful/rate-limit-reset-header':
  // contentful/contentful.php/tests/Unit/Exception/RateLimitExceededExceptionTest.php (a CDA answer)
  fromCase('contentful/rate-limit-reset-header'),
  // 'contentful/invalid-query-unknown-path':
  // contentful/contentful.php/tests/Unit/Exception/InvalidQueryExceptionTest.php (GET /entries?name=0 on the CDA)
  fromCase('contentful/invalid-query-unknown-path'),
  // 'contentful/rate-limit-exceeded-cassette':
  // contentful/contentful-management.rb/spec/fixtures/vcr_cassettes/entry/too_many_requests.yml (recorded on the
  // Content Management API; the CDA's 429 of 'contentful/rate-limit-reset-header' has the same `sys.id` and message)
  fromCase('contentful/rate-limit-exceeded-cassette'),
];
// Not used: 'contentful/entry-not-found' answers GET /entries/not-existing. This SDK never asks for that path: its
// `getEntry(id)` asks for `/entries?sys.id=<id>` and, on an empty list, throws a `NotFoundError` of its own.

const server = serveBySegment(scenarios);

/** The client for a scenario: its host and port, and the scenario's segment as `basePath`. */
const contentful = (url: string) => {
  const { host, pathname } = new URL(url);
  return createClient({
    space: 'cfexampleapi',
    accessToken: 'b4c0n73n7fu1',
    host,
    insecure: true,
    basePath: pathname,
    retryOnError: false,
    logHandler: () => {},
  });
};
// The recorded request's query, `name=0` (a path the API does not know, so it answers InvalidQuery). The SDK's types
// name only known query keys; the SDK itself sends any key as is.
const QUERY: Record<string, string> = { name: '0' };
const getEntries = (url: string) => contentful(url).getEntries(QUERY);

/** The thrown error's message, parsed: what contentful-sdk-core's errorHandler writes there. */
interface ErrorData {
  status: number;
  statusText: string;
  message: string;
  details: unknown;
  requestId?: string;
  request: { url: string; method: string };
}

describe('contentful: the Error it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(getEntries(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({
      method: 'GET',
      path: '/spaces/cfexampleapi/environments/master/entries',
    });
    // What the SDK carries: the body's `sys.id` as the name; the status, the body's message, details and request
    // id as JSON in the message. No headers.
    expect(value).toBeInstanceOf(Error);
    const error = value as Error;
    const body = JSON.parse(sent.body) as {
      sys: { id: string };
      message: string;
      details?: unknown;
      requestId?: string;
    };
    expect(error.name).toBe(body.sys.id);
    expect(Object.keys(error)).toEqual(['name', 'message']);
    const data = JSON.parse(error.message) as ErrorData;
    expect(data).toMatchObject({ status: sent.status, message: body.message, details: body.details ?? {} });
    expect(data.requestId).toBe(body.requestId);
    expect(data.request).toMatchObject({ method: 'get' });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW), dropped(sent));
  });
});

/** Only the response headers are lost: of what the raw model reads, the retry time (X-Contentful-RateLimit-Reset). */
function dropped(sent: Scenario) {
  if (!('X-Contentful-RateLimit-Reset' in sent.headers)) return undefined;
  return {
    gives: { retryAt: undefined },
    why: 'the thrown Error keeps no response header: X-Contentful-RateLimit-Reset (the retry time) is not on it',
  };
}

describe('contentful: failures without a response', () => {
  it('connection refused (AxiosError, code ECONNREFUSED) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(getEntries(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ isAxiosError: true, code: 'ECONNREFUSED' });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
