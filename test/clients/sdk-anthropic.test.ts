import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { anthropicScenarios } from './aiProviders';
import { serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @anthropic-ai/sdk throws an `APIError` subclass for a 4xx or 5xx (`RateLimitError`, `BadRequestError`,
// `OverloadedError` for 529, …; `name` is the class name): `status`, `headers` (the fetch `Headers`),
// `error` = the WHOLE parsed body (`{ type: 'error', error: { type, message }, request_id }`; undefined for
// an empty body), `requestID` from the `request-id` header, `type` and `apiMessage` from the inner error.
// A failure without a response is an `APIConnectionError` (`cause` = the fetch `TypeError`).

const scenarios = anthropicScenarios;

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
