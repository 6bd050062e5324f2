import { Cohere, CohereClient, CohereClientV2, CohereError } from 'cohere-ai';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// cohere-ai (Fern-generated) throws a `CohereError` subclass picked by status (`Cohere.UnauthorizedError` for 401,
// `Cohere.TooManyRequestsError` for 429, …; `name` = the class name): `statusCode`, `body` = the parsed body,
// `rawResponse` = a plain `{ headers (fetch `Headers`), redirected, status, statusText, type, url }`, and `message` =
// '<class name>\nStatus code: <status>\nBody: <the body as indented JSON>'. The v1 `CohereClient` and the v2
// `CohereClientV2` throw the same classes. A failure without a response is a plain `CohereError` with message
// 'fetch failed', `statusCode` and `body` undefined, `rawResponse.status` 0 and `cause` = fetch's `TypeError`.

// Cohere's API answers its errors with `application/json`; the case shows the body only, so that header is added.
// The corpus has no other Cohere response.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'cohere/invalid-api-token': https://github.com/wandb/edu/issues/155
  fromCase('cohere/invalid-api-token', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const chatV1 = (environment: string) =>
  new CohereClient({ token: 'test', environment }).chat({ message: 'Hello' }, { maxRetries: 0 });
const chatV2 = (environment: string) =>
  new CohereClientV2({ token: 'test', environment }).chat(
    { model: 'command-r', messages: [{ role: 'user', content: 'Hello' }] },
    { maxRetries: 0 },
  );

describe('cohere-ai: the CohereError it throws reads as the raw response', () => {
  it.each([
    ...scenarios.map((sent) => [`${sent.name} (CohereClient.chat)`, sent, chatV1, '/v1/chat'] as const),
    ...scenarios.map((sent) => [`${sent.name} (CohereClientV2.chat)`, sent, chatV2, '/v2/chat'] as const),
  ])('%s', async (_, sent: Scenario, call, path) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path });
    // What the SDK carries: the status, the parsed body, and the response's status and headers.
    expect(value).toBeInstanceOf(Cohere.UnauthorizedError);
    const error = value as CohereError;
    const body = JSON.parse(sent.body) as unknown;
    expect(error).toMatchObject({
      name: 'UnauthorizedError',
      statusCode: sent.status,
      body,
      rawResponse: { status: sent.status, statusText: 'Unauthorized' },
      message: `UnauthorizedError\nStatus code: ${sent.status}\nBody: ${JSON.stringify(body, undefined, 2)}`,
    });
    expect(error.rawResponse?.headers.get('content-type')).toBe('application/json');
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('cohere-ai: failures without a response', () => {
  it('connection refused (CohereError, status 0 on rawResponse) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(chatV1(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(CohereError);
    expect(value).toMatchObject({
      name: 'CohereError',
      message: 'fetch failed',
      statusCode: undefined,
      body: undefined,
      rawResponse: { status: 0 },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
