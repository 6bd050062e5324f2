import Airtable from 'airtable';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// airtable (the official Airtable.js, node-fetch underneath) rejects, for an answer that is not 2xx, with an
// `AirtableError`: a plain class, not an `Error` subclass, with three members: `error` (a code), `message` and
// `statusCode`. For most statuses both are the SDK's own, whatever the body says: 401 'AUTHENTICATION_REQUIRED', 403
// 'NOT_AUTHORIZED', 404 'NOT_FOUND' with the body's `error.message` or else 'Could not find what you are looking
// for', 413, 429, 500 and 503 fixed; for 422 and other statuses ≥ 400 the body's `error.type` and `error.message`
// (else fixed text). Neither the headers nor the rest of the body are kept. A 429 is retried with backoff unless
// `noRetryIfRateLimited`. A failure without a response is an `AirtableError` too: `error` 'CONNECTION_ERROR',
// `message` = node-fetch's message, `statusCode` null.

const scenarios = [
  // 'airtable/meta-tables-not-found':
  // grouparoo/grouparoo/plugins/@grouparoo/airtable/__tests__/fixtures/no-meta-access/client.js
  fromCase('airtable/meta-tables-not-found'),
];

const server = serveBySegment(scenarios);

// The recorded request is GET /v0/meta/bases/appA1Qak1T4cGoiP7/tables (the metadata API). Airtable.js has no method
// for it; its public `makeRequest` builds `<endpointUrl>/v0/<base id><path>`, so the base id 'meta' and the path
// '/bases/<id>/tables' make exactly that request.
const BASE_ID = 'appA1Qak1T4cGoiP7';
const listTables = (endpointUrl: string) =>
  new Airtable({ apiKey: 'patTest', endpointUrl, noRetryIfRateLimited: true })
    .base('meta')
    .makeRequest({ path: `/bases/${BASE_ID}/tables` });

describe('airtable: the AirtableError it rejects with reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(listTables(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'GET', path: `/v0/meta/bases/${BASE_ID}/tables` });
    // What the SDK carries: its own code and message for a 404 (the body has no `error.message`), and the status.
    expect(value).toBeInstanceOf(Airtable.Error);
    expect(value).not.toBeInstanceOf(Error);
    expect({ ...(value as object) }).toEqual({
      error: 'NOT_FOUND',
      message: 'Could not find what you are looking for',
      statusCode: 404,
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('airtable: failures without a response', () => {
  it("connection refused (AirtableError 'CONNECTION_ERROR', statusCode null) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(listTables(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Airtable.Error);
    expect(value).toMatchObject({ error: 'CONNECTION_ERROR', statusCode: null });
    expect((value as { message: string }).message).toMatch(/ECONNREFUSED/);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
