import { Errors, Pinecone } from '@pinecone-database/pinecone';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @pinecone-database/pinecone (the official TypeScript SDK; fetch underneath) throws, for an answer that is not 2xx,
// an error class picked by status (`mapHttpStatusError`): 400 and 403 → `PineconeBadRequestError`, 401 →
// `PineconeAuthorizationError`, 404 → `PineconeNotFoundError`, 405, 409, 422, 500, 501, 503 → a class each, any
// other → `PineconeUnmappedHttpError`. The body is read as text; when it is JSON with a `message`, that message is
// taken. What each class keeps is only `name` (the class name) and a `message`: for 400/403 the body's message as
// is; for 404 and 401 a sentence of the SDK's own naming the URL; for 409, 422, 500, 503 the SDK's sentence with the
// status in it and (409, 422) the body's message appended. No status member, no headers, no code, no body.
// `maxRetries` (default 3) retries 5xx only. A failure without a response is a `PineconeConnectionError` (the SDK's
// own message, `cause` = fetch's `TypeError: fetch failed`).

// Pinecone answers errors with `application/json`; the case shows the body only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'pinecone/default-namespace-not-allowed-400': https://github.com/neuron-core/neuron-ai/pull/162
  // (Guzzle's log of POST https://<index>.pinecone.io/vectors/upsert; that client sent an API version before
  // 2025-04, this SDK sends 'X-Pinecone-Api-Version: 2026-04', so the real service would not answer it this
  // sentence: served here as Pinecone's 400 shape, `{ code, message, details }`.)
  fromCase('pinecone/default-namespace-not-allowed-400', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const upsert = (host: string) =>
  new Pinecone({ apiKey: 'pcsk_test', maxRetries: 0 })
    .index({ host })
    .upsert({ records: [{ id: 'vec1', values: [0.1, 0.2, 0.3] }], namespace: '__default__' });

/** What the class drops: the status (400 and 403 both give a PineconeBadRequestError) and the body's `code`. */
const NO_STATUS_NOR_CODE = {
  gives: { status: undefined, code: undefined },
  why:
    "a PineconeBadRequestError keeps only `name` and the body's `message`: not the status (its class stands for " +
    "400 or 403) and not the body's `code` (3)",
};

describe('@pinecone-database/pinecone: the error it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(upsert(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/vectors/upsert' });
    // What the SDK carries: the class (400 or 403) and the body's message. Nothing else.
    expect(value).toBeInstanceOf(Errors.PineconeBadRequestError);
    const body = JSON.parse(sent.body) as { message: string };
    expect(value).toMatchObject({ name: 'PineconeBadRequestError', message: body.message, cause: undefined });
    expect(Object.keys(value as object).sort()).toEqual(['cause', 'name']);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), NO_STATUS_NOR_CODE);
  });
});

describe('@pinecone-database/pinecone: failures without a response', () => {
  it('connection refused (PineconeConnectionError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(upsert(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Errors.PineconeConnectionError);
    expect(value).toMatchObject({ name: 'PineconeConnectionError', cause: { message: 'fetch failed' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
