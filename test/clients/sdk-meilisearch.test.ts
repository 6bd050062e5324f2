import { Meilisearch, MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// meilisearch (the JavaScript client; fetch underneath) throws a `MeilisearchApiError` for a response that is not ok:
// `name` 'MeilisearchApiError', `cause` = the parsed body as is (`{ message, code, type, link }`), `response` = the
// fetch `Response` (status, headers; its body already read), `message` = the body's `message` (else
// '<status>: <statusText>'). A failure without a response is a `MeilisearchRequestError`: `name`
// 'MeilisearchRequestError', `message` 'Request to <url> has failed', `cause` = fetch's `TypeError` ('fetch failed').

// Meilisearch answers every error with `application/json`; the cases show the body only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'meilisearch/index-not-found': meilisearch/meilisearch,
  // crates/meilisearch/tests/search/errors.rs@854641ef494a23dc89f81b9a5d499bc97822bbd4
  fromCase('meilisearch/index-not-found', JSON_TYPE),
  // 'meilisearch/invalid-search-offset': same source
  fromCase('meilisearch/invalid-search-offset', JSON_TYPE),
  // 'meilisearch/missing-authorization-header': meilisearch/specifications,
  // text/0061-error-format-and-definitions.md@0032cafee329ff5c885222eba7e05c999af0d821
  fromCase('meilisearch/missing-authorization-header', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const meili = (host: string) => new Meilisearch({ host });
/** The requests the sources made: a search of a missing index, GET ?offset=doggo, a search without a key. */
const CALLS: Record<string, (host: string) => Promise<unknown>> = {
  'meilisearch/index-not-found': (host) => meili(host).index('DOES_NOT_EXISTS').search('hello'),
  // The SDK's types ask for a number; the source's request sent `doggo`, and the SDK puts it in the query as is.
  'meilisearch/invalid-search-offset': (host) =>
    meili(host)
      .index('test')
      .searchGet('', { offset: 'doggo' as unknown as number }),
  'meilisearch/missing-authorization-header': (host) => meili(host).index('movies').search('hello'),
};
const PATHS: Record<string, string> = {
  'meilisearch/index-not-found': 'POST /indexes/DOES_NOT_EXISTS/search',
  'meilisearch/invalid-search-offset': 'GET /indexes/test/search',
  'meilisearch/missing-authorization-header': 'POST /indexes/movies/search',
};

describe('meilisearch: the MeilisearchApiError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const call = CALLS[sent.name];
    if (!call) throw new Error(`no call for ${sent.name}`);
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    const received = server.received(sent);
    expect(`${received?.method} ${received?.path}`).toBe(PATHS[sent.name]);
    // What the SDK carries: the parsed body (as `cause`) and the fetch Response (status and headers).
    expect(value).toBeInstanceOf(MeilisearchApiError);
    const error = value as MeilisearchApiError;
    const body = JSON.parse(sent.body) as { message: string };
    expect(error).toMatchObject({ name: 'MeilisearchApiError', message: body.message, cause: body });
    expect(error.response).toBeInstanceOf(Response);
    expect(error.response.status).toBe(sent.status);
    expect(error.response.headers.get('content-type')).toBe('application/json');
    expect(error.response.bodyUsed).toBe(true);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('meilisearch: failures without a response', () => {
  it('connection refused (MeilisearchRequestError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(meili(origin).index('movies').search('hello'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(MeilisearchRequestError);
    expect(value).toMatchObject({
      name: 'MeilisearchRequestError',
      message: `Request to ${origin}/indexes/movies/search has failed`,
      cause: { name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
