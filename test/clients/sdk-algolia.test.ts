import { algoliasearch } from 'algoliasearch';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// algoliasearch v5 (its transporter in @algolia/client-common; Node's http underneath) throws an `ApiError` for a
// status it does not retry (a 4xx other than 429): `name` 'ApiError' (`DetailedApiError` with an `error` member when
// the body has one), `message` = the body's `message` (the body's text when it is not JSON; ' (Correlation-ID: …)'
// appended when the response has that header), `status`, `correlationId`, and `stackTrace` = one frame per attempt:
// `{ request: { url, method, headers (the API key as '*****'), data, … }, response: { status, content (the body's
// text), headers (a plain object), isTimedOut }, host, triesLeft }`. Neither the parsed body nor the headers are
// on the error itself. A failure without a response is a `RetryError` once every host has failed: `name`
// 'RetryError', `message` 'Unreachable hosts - your application id may be incorrect. …', `stackTrace` whose
// frames' `response` is `{ status: 0, content: <the socket error's message>, isTimedOut: false }`; no status.
// The classes are not exported by `algoliasearch` (they live in @algolia/client-common), so they are told by name.

// Algolia answers every error with `application/json; charset=UTF-8`; the case shows the body only, so that header
// is added.
const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' } as const;

const scenarios = [
  // 'algolia/invalid-credentials-403': algolia/api-clients-automation,
  // tests/output/java/src/test/java/com/algolia/client/Search.test.java@4c03a34111d21a7cd77eebb91a77a8cc0147a710
  fromCase('algolia/invalid-credentials-403', JSON_TYPE),
];

const server = serveBySegment(scenarios);

// Every path starts at `/1/`; the transporter writes `${protocol}://${url}${port ? `:${port}` : ''}/${path}`, so the
// host's `url` carries the port and the scenario's segment. Retries: one host only, no rate-limit retries.
const client = (base: string) => {
  const { host, pathname } = new URL(base);
  return algoliasearch('APPID', 'wrong-key', {
    hosts: [{ url: `${host}${pathname}`, protocol: 'http', accept: 'readWrite' }],
    maxRateLimitRetries: 0,
    timeouts: { connect: 1000, read: 1000, write: 1000 },
  });
};
const search = (base: string) => client(base).searchSingleIndex({ indexName: 'movies', searchParams: { query: 'a' } });

interface AlgoliaApiError extends Error {
  status: number;
  correlationId?: string;
  stackTrace: { response: { status: number; content: string; headers?: Record<string, string> } }[];
}

describe('algoliasearch: the ApiError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent: Scenario) => {
    const { threw, value } = await settle(search(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/1/indexes/movies/query' });
    // What the SDK carries: the status and the body's message; the body's text and the headers in the stack trace.
    expect(value).toBeInstanceOf(Error);
    const error = value as AlgoliaApiError;
    const body = JSON.parse(sent.body) as { message: string };
    expect(error).toMatchObject({ name: 'ApiError', status: sent.status, message: body.message });
    expect(error.correlationId).toBeUndefined();
    expect(error).not.toHaveProperty('error');
    expect(error.stackTrace).toHaveLength(1);
    expect(error.stackTrace[0]?.response).toMatchObject({
      status: sent.status,
      content: sent.body,
      headers: JSON_TYPE,
      isTimedOut: false,
    });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('algoliasearch: failures without a response', () => {
  it('connection refused (RetryError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(search(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Error);
    expect(value).toMatchObject({
      name: 'RetryError',
      message: expect.stringMatching(/^Unreachable hosts - your application id may be incorrect\./) as unknown,
      stackTrace: [{ response: { status: 0, isTimedOut: false, content: expect.stringContaining('ECONNREFUSED') } }],
    });
    expect(value).not.toHaveProperty('status');
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
