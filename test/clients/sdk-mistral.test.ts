import { Mistral } from '@mistralai/mistralai';
import { ConnectionError, HTTPValidationError, MistralError } from '@mistralai/mistralai/models/errors';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @mistralai/mistralai (Speakeasy-generated) throws a `MistralError` subclass for a 4xx or 5xx. For a 422 with a
// JSON body it is an `HTTPValidationError` (`name` 'HTTPValidationError'): `statusCode`, `body` = the body's text
// (a string, not parsed), `headers` (the fetch `Headers`), `contentType`, `rawResponse` (the fetch `Response`, its
// body already read), `detail` = the body's FastAPI `detail` list when it has one (parsed by its schema: unknown
// members dropped), `data$` = that parse plus the request/response, and `message` = 'API error occurred: ' and the
// JSON of `data$` (the body's text inside it, escaped). Any other 4xx/5xx is an `SDKError` (`message` 'API error
// occurred: Status <n>… Body: <text>'). A failure without a response is a `ConnectionError` (`cause` = the fetch
// `TypeError`; no status).

// Mistral's API (FastAPI) answers its errors with `application/json`; the cases show the body only, so that header
// is added. Both cases are 422s: the corpus has no other Mistral response.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'mistral/extra-input-detail-inside-message': https://github.com/editor-code-assistant/eca/issues/231
  fromCase('mistral/extra-input-detail-inside-message', JSON_TYPE),
  // 'mistral/extra-inputs-fastapi-detail': https://github.com/Gitlawb/openclaude/issues/739
  fromCase('mistral/extra-inputs-fastapi-detail', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const call = (serverURL: string) =>
  new Mistral({ apiKey: 'test', serverURL, retryConfig: { strategy: 'none' } }).chat.complete({
    model: 'mistral-small-latest',
    messages: [{ role: 'user', content: 'Hello' }],
  });

describe('@mistralai/mistralai: the HTTPValidationError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    // What the SDK carries: the status, the headers, the body's text and (when the body has one) its `detail`.
    expect(value).toBeInstanceOf(HTTPValidationError);
    const error = value as HTTPValidationError;
    const body = JSON.parse(sent.body) as { detail?: unknown[] };
    expect(error).toMatchObject({
      name: 'HTTPValidationError',
      statusCode: sent.status,
      body: sent.body,
      contentType: 'application/json',
    });
    expect(error.message.startsWith('API error occurred: {')).toBe(true);
    expect(error.headers.get('content-type')).toBe('application/json');
    expect(error.rawResponse.status).toBe(sent.status);
    expect(error.rawResponse.bodyUsed).toBe(true);
    expect(error.detail?.length).toBe(body.detail?.length);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@mistralai/mistralai: failures without a response', () => {
  it('connection refused (ConnectionError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(ConnectionError);
    expect(value).not.toBeInstanceOf(MistralError);
    expect(value).toMatchObject({
      name: 'ConnectionError',
      message: 'Unable to make request: TypeError: fetch failed',
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
