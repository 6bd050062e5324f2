import { ClientError, createClient, ServerError } from '@sanity/client';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @sanity/client (on get-it; Node's http underneath) throws a `ServerError` for a status of 500 or more and a
// `ClientError` for 400 to 499: `statusCode`, `response` = get-it's response (`{ body (parsed when JSON), url,
// method, headers (a plain object, lower-case names), statusCode, statusMessage }`), `responseBody` = the body as
// text (`JSON.stringify(body, null, 2)` when the type is JSON), `traceId` (from a `traceparent` header),
// `details` = the body's `error` object for a mutation error (else undefined), and `message`: for a mutation error
// the `error.description` followed by ':\n- ' and each item's `error.description`; for a body with a string
// `error` and a string `message`, '<error> - <message>'. `name` is 'Error'. A failure without a response is
// get-it's socket error as is (an `Error` 'connect ECONNREFUSED …' with `code` and `request`; no status).

// Sanity's API answers with `application/json; charset=utf-8` (the type its 401 in the corpus shows); the 500's
// source shows the body only, so that header is added there.
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' } as const;

const serverErrors = [
  // 'sanity/mutation-document-without-type-500': https://github.com/sanity-io/gradient/issues/516
  fromCase('sanity/mutation-document-without-type-500', JSON_TYPE),
];
const clientErrors = [
  // 'sanity/session-not-found-401': https://github.com/sanity-io/squizzy/issues/20 (headers as the source shows)
  fromCase('sanity/session-not-found-401'),
];

const server = serveBySegment([...serverErrors, ...clientErrors]);

const sanity = (apiHost: string) =>
  createClient({
    projectId: 'abc123',
    dataset: 'production',
    apiHost,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: 'v1',
    token: 'sk-test',
    maxRetries: 0,
  });
/**
 * A create (POST /v1/data/mutate/production, as the 401's source shows); the 500's source creates a document
 * without `_type`.
 */
const CALLS: Record<string, (apiHost: string) => Promise<unknown>> = {
  'sanity/mutation-document-without-type-500': (apiHost) =>
    // The SDK's types ask for `_type`; the source's request had none, and the SDK sends it as is.
    sanity(apiHost).create({ title: 'No type' } as unknown as { _type: string }),
  'sanity/session-not-found-401': (apiHost) => sanity(apiHost).create({ _type: 'post', title: 'Hello' }),
};

describe('@sanity/client: the ClientError / ServerError it throws reads as the raw response', () => {
  it.each([
    ...serverErrors.map((sent) => [sent.name, sent, ServerError] as const),
    ...clientErrors.map((sent) => [sent.name, sent, ClientError] as const),
  ])('%s', async (_, sent, Class) => {
    const call = CALLS[sent.name];
    if (!call) throw new Error(`no call for ${sent.name}`);
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/v1/data/mutate/production' });
    // What the SDK carries: the status, the headers and the parsed body (in `response`), the body as text.
    expect(value).toBeInstanceOf(Class);
    const error = value as ClientError | ServerError;
    const body = JSON.parse(sent.body) as Record<string, unknown>;
    expect(error.statusCode).toBe(sent.status);
    expect(error.response).toMatchObject({
      statusCode: sent.status,
      method: 'POST',
      body,
      headers: Object.fromEntries(Object.entries(sent.headers).map(([name, v]) => [name.toLowerCase(), v])),
    });
    expect(error.responseBody).toBe(JSON.stringify(body, null, 2));
    expect(error.traceId).toBeUndefined();
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });

  it('the messages it makes', async () => {
    const [mutation] = serverErrors;
    const [session] = clientErrors;
    if (!mutation || !session) throw new Error('no scenarios');
    const a = await settle(CALLS[mutation.name]?.(server.urlOf(mutation)) ?? Promise.resolve());
    expect(a.value).toMatchObject({
      message: 'The mutation(s) failed: Document does not have a type:\n- Internal server error',
      details: (JSON.parse(mutation.body) as { error: unknown }).error,
    });
    const b = await settle(CALLS[session.name]?.(server.urlOf(session)) ?? Promise.resolve());
    expect(b.value).toMatchObject({ message: 'Unauthorized - Session not found', details: undefined });
  });
});

describe('@sanity/client: failures without a response', () => {
  it("connection refused (get-it's socket error) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(sanity(origin).fetch('*[_type == "post"]'));
    expect(threw).toBe(true);
    expect(value).not.toBeInstanceOf(ClientError);
    expect(value).toMatchObject({ name: 'Error', code: 'ECONNREFUSED' });
    expect(value).not.toHaveProperty('statusCode');
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
