import { createDirectus, createItem, rest } from '@directus/sdk';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @directus/sdk (`rest()`) throws a plain object, not an `Error`, for an answer that is not ok or whose JSON has an
// `errors` member: `{ errors, response }`, `errors` = the body's `errors` array as is, `response` = the fetch
// `Response` (status, headers; its body already read), plus `data` when the body has one. It reads the body only
// when the response's `content-type` starts with `application/json` (or `text/…`); any other answer is returned,
// not thrown. A failure without a response is fetch's own `TypeError` ('fetch failed'): the SDK does not wrap it.

// Directus answers every error with `application/json; charset=utf-8`; the cases show the body only, so that
// header is added.
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' } as const;

const scenarios = [
  // 'directus/record-not-unique': https://github.com/directus/directus/issues/25773
  fromCase('directus/record-not-unique', JSON_TYPE),
  // 'directus/internal-error-sql-text': https://github.com/directus/directus/issues/3185
  fromCase('directus/internal-error-sql-text', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const COLLECTION: Record<string, string> = {
  'directus/record-not-unique': 'Topics',
  'directus/internal-error-sql-text': 'collection_name',
};
const call = (url: string, collection: string) =>
  createDirectus(url)
    .with(rest())
    .request(createItem(collection, { name: 'value' }));

describe('@directus/sdk: the `{ errors, response }` it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const collection = COLLECTION[sent.name] ?? '';
    const { threw, value } = await settle(call(server.urlOf(sent), collection));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: `/items/${collection}` });
    // What the SDK carries: the body's `errors` and the fetch Response (status and headers; body already read).
    expect(value).not.toBeInstanceOf(Error);
    expect(Object.keys(value as object).sort()).toEqual(['errors', 'response']);
    const thrown = value as { errors: unknown; response: Response };
    expect(thrown.errors).toEqual((JSON.parse(sent.body) as { errors: unknown }).errors);
    expect(thrown.response).toBeInstanceOf(Response);
    expect(thrown.response.status).toBe(sent.status);
    expect(thrown.response.headers.get('content-type')).toBe(JSON_TYPE['content-type']);
    expect(thrown.response.bodyUsed).toBe(true);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@directus/sdk: failures without a response', () => {
  it("connection refused (fetch's TypeError, not wrapped) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin, 'Topics'));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
