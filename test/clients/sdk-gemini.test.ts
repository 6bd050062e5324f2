import { ApiError, GoogleGenAI } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @google/genai (the Google Gen AI SDK) throws its own `ApiError` (`name` 'ApiError') for a 4xx or 5xx: `status`
// (the HTTP status) and `message` = `JSON.stringify` of the WHOLE parsed body when the response says
// `application/json` (the `{ error: { code, message, status, details } }` object, or the array around it), else
// of `{ error: { message: <the body's text>, code: <status>, status: <statusText> } }`. Nothing else: no headers,
// no body object, no code member. A failure without a response is fetch's own `TypeError` ('fetch failed', `cause`
// = the socket error), not wrapped. Retries are off unless `httpOptions.retryOptions` is given (then 408, 429,
// 500, 502, 503, 504 are retried), so it is not given here.

// Google APIs answer errors with `application/json; charset=UTF-8` (the header
// 'google-cloud-apis/invalid-argument-generic-array' records); added where the case shows the body only.
const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' } as const;

const scenarios = [
  // 'gemini/api-key-invalid': https://github.com/zeroclaw-labs/zeroclaw/issues/194
  fromCase('gemini/api-key-invalid', JSON_TYPE),
  // 'gemini/quota-exhausted-retry-delay': https://github.com/RooCodeInc/Roo-Code/issues/3883 (RetryInfo 26s)
  fromCase('gemini/quota-exhausted-retry-delay', JSON_TYPE),
  // 'gemini/model-overloaded-503': https://github.com/appatalks/eva-agent/issues/50
  fromCase('gemini/model-overloaded-503', JSON_TYPE),
  // 'google-cloud-apis/quota-retry-info': https://github.com/RooCodeInc/Roo-Code/issues/3883
  fromCase('google-cloud-apis/quota-retry-info', JSON_TYPE),
  // 'google-cloud-apis/aip193-resource-exhausted-localized':
  // aip-dev/google.aip.dev/aip/general/0193.md@007186fb38cf06b84185c08aece726e0ecd6ab7a (Content-Type recorded)
  fromCase('google-cloud-apis/aip193-resource-exhausted-localized'),
  // 'google-cloud-apis/cloud-run-bad-request-field-violation': https://github.com/googleapis/google-api-go-client/issues/436
  fromCase('google-cloud-apis/cloud-run-bad-request-field-violation', JSON_TYPE),
  // 'google-cloud-apis/unauthenticated-401': https://github.com/aip-dev/google.aip.dev/issues/1537
  fromCase('google-cloud-apis/unauthenticated-401', JSON_TYPE),
  // 'firebase/firestore-permission-denied': https://github.com/AsifArmanRahman/firebase-rest-api/issues/32 (a Google
  // API's 403 PERMISSION_DENIED; the corpus has no Gemini one)
  fromCase('firebase/firestore-permission-denied', JSON_TYPE),
  // 'google-cloud-apis/vertex-resource-exhausted-array': https://github.com/google-gemini/gemini-cli/issues/14831
  // (a JSON array holding the error)
  fromCase('google-cloud-apis/vertex-resource-exhausted-array', JSON_TYPE),
  // 'google-cloud-apis/invalid-argument-generic-array': https://github.com/google-gemini/gemini-cli/issues/19062
  // (headers recorded)
  fromCase('google-cloud-apis/invalid-argument-generic-array'),
];

const server = serveBySegment(scenarios);

const call = (baseUrl: string) =>
  new GoogleGenAI({ apiKey: 'test', httpOptions: { baseUrl } }).models.generateContent({
    model: 'gemini-2.5-flash',
    contents: 'Hi',
  });

describe('@google/genai: the ApiError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent: Scenario) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({
      method: 'POST',
      path: '/v1/models/gemini-2.5-flash:generateContent',
    });
    // What the SDK carries: the status, and the whole parsed body as JSON text in `message`.
    expect(value).toBeInstanceOf(ApiError);
    const error = value as ApiError;
    expect(error.name).toBe('ApiError');
    expect(error.status).toBe(sent.status);
    expect(JSON.parse(error.message)).toEqual(JSON.parse(sent.body));
    expect(Object.keys(error).sort()).toEqual(['name', 'status']);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@google/genai: failures without a response', () => {
  it("connection refused (fetch's own TypeError) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    expect(value).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
