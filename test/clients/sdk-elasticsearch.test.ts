import { Client, errors } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @elastic/elasticsearch (on @elastic/transport, undici underneath) throws a `ResponseError` for a status of 400 or
// more (a 404 too, unless the call says `ignore: [404]`): `name` 'ResponseError', `meta` = `{ body (parsed when the
// type is JSON), statusCode, headers (a plain object, lower-case names), meta (the request, connection, attempts),
// warnings }`, and getters `body`, `statusCode`, `headers` that read `meta`. `message` is the body's `error.type`
// (with the root causes' type and reason when there are any: 'index_not_found_exception\n\tRoot causes:\n\t\t…'),
// else the body's text. A failure without a response is a `ConnectionError` (`name` 'ConnectionError', `message`
// 'connect ECONNREFUSED …', `meta` with `statusCode: 0`, `body: undefined`).

// What a real Elasticsearch sent with an index_not_found_exception 404 to a request asking for the compatible
// media type (as this client does): `X-elastic-product: Elasticsearch` (every response since 7.14 carries it; the
// client checks it) and `content-type: application/json;charset=utf-8`
// (https://github.com/elastic/elasticsearch/issues/92658). The cases show the body only, so both are added.
const ELASTIC = { 'x-elastic-product': 'Elasticsearch', 'content-type': 'application/json;charset=utf-8' } as const;

const notFound = [
  // 'elasticsearch/index-not-found': https://git2.tavasi.ir/public/elastic_tutorial/raw/commit/7489a1dc0a13f6760c6e43329f9b643bfc20d255/The%20Elasticsearch%20Documentation/results-fa.md
  fromCase('elasticsearch/index-not-found', ELASTIC),
];
const exists = [
  // 'elasticsearch/resource-already-exists-400': same source
  fromCase('elasticsearch/resource-already-exists-400', ELASTIC),
];

const server = serveBySegment([...notFound, ...exists]);

const elastic = (node: string) => new Client({ node, maxRetries: 0 });
const CALLS = {
  'indices.get': (node: string) => elastic(node).indices.get({ index: 'firsftindex' }),
  'indices.delete': (node: string) => elastic(node).indices.delete({ index: 'firsftindex' }),
  'indices.create': (node: string) => elastic(node).indices.create({ index: 'firstindex' }),
} as const;

interface Body {
  error: { type: string; reason: string; root_cause: { type: string; reason: string }[] };
}

describe('@elastic/elasticsearch: the ResponseError it throws reads as the raw response', () => {
  it.each([
    ...notFound.flatMap((sent) =>
      (['indices.get', 'indices.delete'] as const).map((how) => [`${sent.name} (${how})`, sent, how] as const),
    ),
    ...exists.map((sent) => [`${sent.name} (indices.create)`, sent, 'indices.create'] as const),
  ])('%s', async (_, sent, how) => {
    const { threw, value } = await settle(CALLS[how](server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)?.path).toMatch(/^\/(firsftindex|firstindex)$/);
    // What the SDK carries: the status, the headers and the parsed body (in `meta`, and through getters).
    expect(value).toBeInstanceOf(errors.ResponseError);
    const error = value as errors.ResponseError;
    const body = JSON.parse(sent.body) as Body;
    expect(error.name).toBe('ResponseError');
    expect(error.meta).toMatchObject({ statusCode: sent.status, body, headers: ELASTIC });
    expect(error.statusCode).toBe(sent.status);
    expect(error.body).toEqual(body);
    expect(error.headers).toMatchObject(ELASTIC);
    const [cause] = body.error.root_cause;
    expect(error.message).toBe(`${body.error.type}\n\tRoot causes:\n\t\t${cause?.type}: ${cause?.reason}`);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@elastic/elasticsearch: failures without a response', () => {
  it('connection refused (ConnectionError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(CALLS['indices.get'](origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(errors.ConnectionError);
    expect(value).toMatchObject({ name: 'ConnectionError', meta: { statusCode: 0, body: undefined } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
