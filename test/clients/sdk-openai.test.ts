import OpenAI, { APIConnectionError, APIError, AzureOpenAI } from 'openai';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { ollamaScenario, openaiScenarios } from './aiProviders';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// openai (the official Node SDK) throws an `APIError` subclass for a 4xx or 5xx (`RateLimitError`,
// `BadRequestError`, `NotFoundError`, `InternalServerError`, …): `status`, `headers` (the fetch `Headers`),
// `error` = the body's inner `error` object (not the whole body), `code`, `param` and `type` copied from
// it, and `requestID` from `x-request-id`. A failure without a response is an `APIConnectionError`
// (`cause` = the fetch `TypeError`). `AzureOpenAI` (same package) throws the same classes.

// Azure OpenAI answers every error with `application/json`; the cases show the body only, so that header is added.
// No `x-request-id` is added: the sources do not show its value.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const openai = [...openaiScenarios, ollamaScenario];
const azure = [
  // 'azure-openai/token-rate-limit-retry-after-in-text': https://github.com/jasonacox/TinyLLM/issues/17
  fromCase('azure-openai/token-rate-limit-retry-after-in-text', JSON_TYPE),
  // 'azure-openai/content-filter': https://github.com/compl-ai/compl-ai/issues/20
  fromCase('azure-openai/content-filter', JSON_TYPE),
];

const server = serveBySegment([...openai, ...azure]);

const chat = (client: OpenAI) =>
  client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] });
const openaiCall = (baseURL: string) => chat(new OpenAI({ apiKey: 'sk-test', baseURL, maxRetries: 0 }));
const azureCall = (baseURL: string) =>
  chat(new AzureOpenAI({ apiKey: 'test', baseURL, apiVersion: '2024-10-21', maxRetries: 0 }));

describe('openai: the APIError it throws reads as the raw response', () => {
  it.each([
    ...openai.map((sent) => [sent.name, sent, openaiCall] as const),
    ...azure.map((sent) => [`${sent.name} (AzureOpenAI)`, sent, azureCall] as const),
  ])('%s', async (_, sent, call) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // What the SDK carries: the status, the headers, and the body's inner `error` object.
    expect(value).toBeInstanceOf(APIError);
    const error = value as APIError;
    expect(error.status).toBe(sent.status);
    expect(error.headers?.get('content-type')).toBe('application/json');
    expect(error.error).toEqual((JSON.parse(sent.body) as { error: unknown }).error);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('openai: failures without a response', () => {
  it('connection refused (APIConnectionError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(openaiCall(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(APIConnectionError);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
