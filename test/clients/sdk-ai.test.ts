import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { APICallError, generateText, NoOutputGeneratedError, RetryError, streamText, type LanguageModel } from 'ai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../src';
import { anthropicScenarios, ollamaScenario, openaiScenarios } from './aiProviders';
import { serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// The Vercel AI SDK (`ai` with the `@ai-sdk/openai` and `@ai-sdk/anthropic` providers) throws an `APICallError`
// (`name: 'AI_APICallError'`) for a 4xx or 5xx: `statusCode`, `responseHeaders` (a plain object, lower-case
// names), `responseBody` (the body's text, '' when empty), `data` (the parsed body as the provider's error schema
// reads it: only the members its schema names, so Anthropic's top-level `request_id` is not in it, though
// `responseBody` has it; undefined for an empty body), `isRetryable` (408, 409, 429 and 5xx), `url`,
// `requestBodyValues` (the request's body), and `message` = the body's inner `error.message` (the status text when
// there is no body).
// - `generateText({ maxRetries: 0 })` throws that APICallError as is. With retries (the default is 2) a retryable
//   error that is still there after the last attempt is wrapped in a `RetryError` (`name: 'AI_RetryError'`,
//   `reason: 'maxRetriesExceeded'`, `errors` = every attempt's APICallError, `lastError` = the last one, `message`
//   = 'Failed after 3 attempts. Last error: …'). A non-retryable error on the first attempt is thrown as is.
// - `streamText` never throws: the APICallError arrives as the `{ type: 'error', error }` part of `fullStream` and
//   through the `onError({ error })` callback (the same object; without `onError` it is logged to the console).
//   `textStream` just ends empty, and `await result.text` rejects with a `NoOutputGeneratedError` ('No output
//   generated. Check the stream for errors.', no `cause`): the APICallError is not on it. An app that wants the
//   error must take it from `onError` (or the error part).
// - A failure without a response is an APICallError too: no `statusCode`, `message` 'Cannot connect to API:
//   connect ECONNREFUSED …', `cause` = the connection error, `isRetryable: true`.
// `createOpenAI(…)('model')` posts to `/responses` (the Responses API), `.chat('model')` to `/chat/completions`;
// both read errors with the same handler. `createAnthropic` posts to `/messages`.

const openai = openaiScenarios;
const ollama = ollamaScenario;
const anthropic = anthropicScenarios;

const server = serveBySegment([...openai, ollama, ...anthropic]);

type Model = (baseURL: string) => LanguageModel;
const responsesModel: Model = (baseURL) => createOpenAI({ apiKey: 'test', baseURL })('gpt-4o-mini');
const chatModel: Model = (baseURL) => createOpenAI({ apiKey: 'test', baseURL }).chat('llama3');
const anthropicModel: Model = (baseURL) => createAnthropic({ apiKey: 'test', baseURL })('claude-sonnet-4-5');

/** The members of a body the provider's error schema names (zod drops the rest): what `data` keeps. */
type Known = (body: Record<string, unknown>) => Record<string, unknown>;
const openaiKnown: Known = ({ error }) => ({ error });
const anthropicKnown: Known = ({ type, error }) => ({ type, error });

/**
 * Every call: the scenario, the model to ask, the path the provider appends to the base URL, and what its error
 * schema keeps of a body.
 */
const calls = [
  ...openai.map((sent) => ({ sent, model: responsesModel, path: '/responses', known: openaiKnown })),
  { sent: ollama, model: chatModel, path: '/chat/completions', known: openaiKnown },
  ...anthropic.map((sent) => ({ sent, model: anthropicModel, path: '/messages', known: anthropicKnown })),
];
type Call = (typeof calls)[number];
const named = <T extends { sent: Scenario }>(list: readonly T[]) => list.map((call) => [call.sent.name, call] as const);

const retryable = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

/** The sent headers as `responseHeaders` has them: lower-case names; the server sets `content-length` itself. */
const headersOf = (sent: Scenario): Record<string, string> =>
  Object.fromEntries(
    Object.entries(sent.headers)
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .filter(([name]) => name !== 'content-length'),
  );

/** What the SDK carries on the APICallError it made from the response. */
function expectCarried(value: unknown, { sent, path, known }: Call): void {
  expect(APICallError.isInstance(value), String(value)).toBe(true);
  const error = value as APICallError;
  expect(error.name).toBe('AI_APICallError');
  expect(error.statusCode).toBe(sent.status);
  expect(error.responseHeaders).toMatchObject(headersOf(sent));
  expect(error.responseBody).toBe(sent.body);
  expect(error.data).toEqual(sent.body === '' ? undefined : known(JSON.parse(sent.body) as Record<string, unknown>));
  expect(error.isRetryable).toBe(retryable(sent.status));
  expect(error.url).toBe(server.urlOf(sent) + path);
}

describe('ai generateText: the APICallError it throws reads as the raw response', () => {
  it.each(named(calls))('%s', async (_, call) => {
    const { sent, model } = call;
    const { threw, value } = await settle(
      generateText({ model: model(server.urlOf(sent)), prompt: 'Hi', maxRetries: 0 }),
    );
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // Thrown as is with `maxRetries: 0`: no RetryError around it.
    expect(RetryError.isInstance(value)).toBe(false);
    expectCarried(value, call);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('ai generateText with its default retries: the RetryError around the last APICallError', () => {
  // The waits between attempts (2 s, then 4 s: none of these responses has a `retry-after`) run on a fake clock;
  // `Date` stays real and the requests stay real.
  afterEach(() => {
    vi.useRealTimers();
  });
  it.each(named(calls.filter(({ sent }) => retryable(sent.status))))('%s', async (_, call) => {
    const { sent, model } = call;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let done = false;
    const pending = settle(generateText({ model: model(server.urlOf(sent)), prompt: 'Hi' })).finally(() => {
      done = true;
    });
    for (let turn = 0; !done && turn < 400; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(250);
    }
    const { threw, value } = await pending;
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(RetryError.isInstance(value), String(value)).toBe(true);
    const error = value as RetryError;
    expect(error).toMatchObject({ name: 'AI_RetryError', reason: 'maxRetriesExceeded' });
    expect(error.message).toMatch(/^Failed after 3 attempts\. Last error: /);
    expect(error.errors).toHaveLength(3);
    expect(error.lastError).toBe(error.errors[2]);
    expectCarried(error.lastError, call);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('ai generateText with its default retries: a non-retryable error is thrown as is', () => {
  it.each(named(calls.filter(({ sent }) => !retryable(sent.status))))('%s', async (_, call) => {
    const { sent, model } = call;
    const { threw, value } = await settle(generateText({ model: model(server.urlOf(sent)), prompt: 'Hi' }));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(RetryError.isInstance(value)).toBe(false);
    expectCarried(value, call);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('ai streamText: the APICallError given to onError reads as the raw response', () => {
  it.each(named(calls))('%s', async (_, call) => {
    const { sent, model } = call;
    let given: unknown;
    const result = streamText({
      model: model(server.urlOf(sent)),
      prompt: 'Hi',
      maxRetries: 0,
      onError: ({ error }) => {
        given = error;
      },
    });
    const parts: { type: string; error?: unknown }[] = [];
    for await (const part of result.fullStream) parts.push(part);
    // The stream carries the same error as its error part; awaiting the text gives only NoOutputGeneratedError.
    expect(parts.map(({ type }) => type)).toEqual(['start', 'error']);
    expect(parts[1]?.error).toBe(given);
    const { threw, value: text } = await settle(Promise.resolve(result.text));
    expect(threw).toBe(true);
    expect(NoOutputGeneratedError.isInstance(text)).toBe(true);
    expect((text as Error).cause).toBeUndefined();
    expectCarried(given, call);
    expectSameModel(normalizeError(given, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('ai: failures without a response', () => {
  it.each([
    ['@ai-sdk/openai', responsesModel],
    ['@ai-sdk/anthropic', anthropicModel],
  ] as const)('connection refused (an APICallError with no statusCode) is network: %s', async (_, model) => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(generateText({ model: model(origin), prompt: 'Hi', maxRetries: 0 }));
    expect(threw).toBe(true);
    expect(APICallError.isInstance(value), String(value)).toBe(true);
    expect(value).toMatchObject({ statusCode: undefined, responseBody: undefined, isRetryable: true });
    expect((value as Error).message).toMatch(/^Cannot connect to API: connect ECONNREFUSED/);
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });
});
