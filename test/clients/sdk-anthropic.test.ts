import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @anthropic-ai/sdk throws an `APIError` subclass for a 4xx or 5xx (`RateLimitError`, `BadRequestError`,
// `OverloadedError` for 529, …; `name` is the class name): `status`, `headers` (the fetch `Headers`),
// `error` = the WHOLE parsed body (`{ type: 'error', error: { type, message }, request_id }`; undefined for
// an empty body), `requestID` from the `request-id` header, `type` and `apiMessage` from the inner error.
// A failure without a response is an `APIConnectionError` (`cause` = the fetch `TypeError`).

// Anthropic answers every error with `application/json` (both cases with headers show it); the two cases that
// show the body only get that header. No `request-id` header is added: those sources do not show one.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'anthropic/rate-limit-headers-requests-exhausted': https://github.com/anthropics/anthropic-sdk-typescript/issues/357
  // (headers only, empty body)
  fromCase('anthropic/rate-limit-headers-requests-exhausted'),
  // 'anthropic/overloaded-529': https://github.com/anthropics/anthropic-sdk-typescript/issues/616
  fromCase('anthropic/overloaded-529'),
  // 'anthropic/roles-must-alternate':
  // anthropics/skills/skills/claude-api/shared/error-codes.md@0da71c3b54277f20e96146648444590eab1dc82c
  fromCase('anthropic/roles-must-alternate', JSON_TYPE),
  // 'anthropic/rate-limit-body-request-id': https://github.com/JuliusBrussee/caveman/issues/495
  fromCase('anthropic/rate-limit-body-request-id', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const call = (baseURL: string) =>
  new Anthropic({ apiKey: 'sk-ant-test', baseURL, maxRetries: 0 }).messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 16,
    messages: [{ role: 'user', content: 'Hello' }],
  });

describe('@anthropic-ai/sdk: the APIError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // What the SDK carries: the status, the headers, and the whole parsed body.
    expect(value).toBeInstanceOf(APIError);
    const error = value as APIError;
    expect(error.status).toBe(sent.status);
    expect(error.requestID ?? null).toBe(error.headers?.get('request-id') ?? null);
    expect(error.error).toEqual(sent.body === '' ? undefined : JSON.parse(sent.body));
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@anthropic-ai/sdk: failures without a response', () => {
  it('connection refused (APIConnectionError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(APIConnectionError);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
