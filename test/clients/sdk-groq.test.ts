import Groq, { APIConnectionError, APIError, RateLimitError } from 'groq-sdk';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// groq-sdk (Stainless-generated, like openai's) throws an `APIError` subclass for a 4xx or 5xx (`RateLimitError` for
// 429, …; `name` 'Error'): `status`, `headers` (the fetch `Headers`), `error` = the WHOLE parsed body (`{ error: {
// message, type, code } }`, unlike openai's SDK, which keeps the inner object), and `message` = '<status> ' and the
// body's JSON. No `code`/`type` copied out. A failure without a response is an `APIConnectionError` (message
// 'Connection error.', `cause` = the fetch `TypeError`; `status` undefined).

// Groq (an OpenAI-compatible API) answers its errors with `application/json`; the cases show the body only, so that
// header is added. No `x-request-id` or rate-limit header is added: the sources do not show them.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'groq/tpm-rate-limit-try-again': https://github.com/crewAIInc/crewAI/issues/494
  fromCase('groq/tpm-rate-limit-try-again', JSON_TYPE),
  // 'groq/tpm-rate-limit-long-fraction': https://github.com/danielmiessler/Fabric/issues/364
  fromCase('groq/tpm-rate-limit-long-fraction', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const call = (baseURL: string) =>
  new Groq({ apiKey: 'gsk_test', baseURL, maxRetries: 0 }).chat.completions.create({
    model: 'llama3-70b-8192',
    messages: [{ role: 'user', content: 'Hello' }],
  });

describe('groq-sdk: the APIError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/openai/v1/chat/completions' });
    // What the SDK carries: the status, the headers, and the whole parsed body.
    expect(value).toBeInstanceOf(RateLimitError);
    const error = value as APIError;
    expect(error.status).toBe(sent.status);
    expect(error.headers?.get('content-type')).toBe('application/json');
    expect(error.error).toEqual(JSON.parse(sent.body));
    expect(error.message).toBe(`${sent.status} ${sent.body}`);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('groq-sdk: failures without a response', () => {
  it('connection refused (APIConnectionError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(APIConnectionError);
    expect(value).toMatchObject({ message: 'Connection error.', status: undefined });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
