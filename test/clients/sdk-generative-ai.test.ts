import {
  GoogleGenerativeAI,
  GoogleGenerativeAIAbortError,
  GoogleGenerativeAIError,
  GoogleGenerativeAIFetchError,
  type GenerativeModel,
  type RequestOptions,
} from '@google/generative-ai';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { generativeAiErrors } from '../../src/clients';
import { google as googleFormat } from '../../src/formats';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  NOW,
  rawModel,
  refusedUrl,
  serveRedirect,
  settle,
  SLOW,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// @google/generative-ai 0.24.1 (the older Gemini SDK; node_modules/@google/generative-ai/dist/index.js) calls
// `<baseUrl>/v1beta/models/<model>:<task>` with the global fetch in `makeRequest`. Its errors are plain `Error`s
// (`name` 'Error': no class sets one) whose messages start "[GoogleGenerativeAI Error]: " (`GoogleGenerativeAIError`).
// A 4xx or 5xx throws a `GoogleGenerativeAIFetchError` from `handleResponseNotOk`: own members `status`,
// `statusText` and `errorDetails` (the body's `error.details`, when there are some), and the message "Error fetching
// from <url>: [<status> <statusText>] <error.message>" plus " <JSON of error.details>". That is all: no headers, no
// body, no `error.status` (Google's canonical code); a body that is not JSON or has no `error` leaves the message
// empty, an `error` without `message` leaves "undefined". A fetch that rejects becomes a `GoogleGenerativeAIError`
// ("Error fetching from <url>: fetch failed", the fetch error's stack but no `cause`), an abort (the app's `signal`
// or the SDK's `timeout` option: one `AbortController` for both, aborted without a reason, in `buildFetchOptions`) a
// `GoogleGenerativeAIAbortError` ("Request aborted when fetching <url>: This operation was aborted"). It retries
// nothing and follows redirects (fetch's default; no option to change it). A 2xx resolves `{ response }` with the
// parsed body and helpers.

// Google APIs answer errors with `application/json; charset=UTF-8` (the header
// 'google-cloud-apis/invalid-argument-generic-array' records); added where the case shows the body only.
const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' } as const;

const google = [
  // 'gemini/api-key-invalid': https://github.com/zeroclaw-labs/zeroclaw/issues/194
  caseScenario('gemini/api-key-invalid', JSON_TYPE),
  // 'gemini/quota-exhausted-retry-delay': https://github.com/RooCodeInc/Roo-Code/issues/3883 (RetryInfo 26s)
  caseScenario('gemini/quota-exhausted-retry-delay', JSON_TYPE),
  // 'gemini/model-overloaded-503': https://github.com/appatalks/eva-agent/issues/50
  caseScenario('gemini/model-overloaded-503', JSON_TYPE),
  // 'google-cloud-apis/quota-retry-info': https://github.com/RooCodeInc/Roo-Code/issues/3883
  caseScenario('google-cloud-apis/quota-retry-info', JSON_TYPE),
  // 'google-cloud-apis/aip193-resource-exhausted-localized':
  // aip-dev/google.aip.dev/aip/general/0193.md@007186fb38cf06b84185c08aece726e0ecd6ab7a (Content-Type recorded)
  caseScenario('google-cloud-apis/aip193-resource-exhausted-localized'),
  // 'google-cloud-apis/cloud-run-bad-request-field-violation':
  // https://github.com/googleapis/google-api-go-client/issues/436
  caseScenario('google-cloud-apis/cloud-run-bad-request-field-violation', JSON_TYPE),
  // 'google-cloud-apis/unauthenticated-401': https://github.com/aip-dev/google.aip.dev/issues/1537
  caseScenario('google-cloud-apis/unauthenticated-401', JSON_TYPE),
  // 'firebase/firestore-permission-denied': https://github.com/AsifArmanRahman/firebase-rest-api/issues/32 (a Google
  // API's 403 PERMISSION_DENIED; the corpus has no Gemini one)
  caseScenario('firebase/firestore-permission-denied', JSON_TYPE),
  // 'google-cloud-apis/vertex-resource-exhausted-array': https://github.com/google-gemini/gemini-cli/issues/14831
  // (a JSON array holding the error)
  caseScenario('google-cloud-apis/vertex-resource-exhausted-array', JSON_TYPE),
  // 'google-cloud-apis/invalid-argument-generic-array': https://github.com/google-gemini/gemini-cli/issues/19062
  // (headers recorded)
  caseScenario('google-cloud-apis/invalid-argument-generic-array'),
];

// The redirect is followed (fetch's default, which the SDK gives no option for): the OAuth one points off this
// machine, so it is served by `serveRedirect` below, pointing back here.
const SHARED = failures.filter((sent) => sent.name !== 'oauth-redirect');
// The SDK's `<baseUrl>/v1beta/models/…` paths: the base URL's path names the scenario; `slow` is never answered.
const served = serveBySegment([...SHARED, ...google]);
const { server } = served;
/** What the SDK asked for at a scenario's base URL. */
const asked = (sent: Scenario): string | undefined => {
  const received = served.received(sent);
  return received && `${received.method} ${received.path}`;
};

const model = (baseUrl: string, options: RequestOptions = {}): GenerativeModel =>
  new GoogleGenerativeAI('test').getGenerativeModel({ model: 'gemini-pro' }, { baseUrl, ...options });

/** The real methods an app calls, each at a scenario's base URL. */
const calls: Record<string, (at: GenerativeModel, signal?: AbortSignal) => Promise<unknown>> = {
  generateContent: (at, signal) => at.generateContent('Hi', { signal }),
  countTokens: (at, signal) => at.countTokens('Hi', { signal }),
  embedContent: (at, signal) => at.embedContent('Hi', { signal }),
};

/**
 * What the error keeps of a response, read as one: the status, and the body's `error.message` and `error.details` as
 * the unwrapped Google status (`{ message, details }`); nothing when the body is not JSON with an `error` object.
 */
function keptModel(sent: Scenario): ApiError {
  let error: unknown;
  try {
    error = (JSON.parse(sent.body) as { error?: unknown } | null)?.error;
  } catch {
    error = undefined;
  }
  const said = typeof error === 'object' && error !== null ? (error as { message?: unknown; details?: unknown }) : {};
  const message = typeof said.message === 'string' && said.message !== '' ? said.message : undefined;
  const details = Array.isArray(said.details) && said.details.length ? said.details : undefined;
  const body = message === undefined && !details ? null : { message, details };
  return normalizeError({ status: sent.status, headers: {}, body }, { now: NOW });
}

const WHY =
  'GoogleGenerativeAIFetchError keeps the status, the body’s error.message (inside its own sentence) and ' +
  'error.details: no headers, no error.status or other member, no body that is not Google’s JSON';

const dropsOf = (only: readonly Scenario[]): Partial<Record<ScenarioName, Dropped>> =>
  Object.fromEntries(
    only.flatMap((sent) => {
      const dropped = droppedBetween(rawModel(sent, NOW), keptModel(sent), WHY);
      return dropped ? [[sent.name, dropped]] : [];
    }),
  );

describe('@google/generative-ai: each shared failure’s GoogleGenerativeAIFetchError reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    server,
    { request: (url) => model(url).generateContent('Hi'), drops: dropsOf(SHARED) },
    SHARED,
  );
});

describe('@google/generative-ai: Google’s own error bodies, through each method', () => {
  const cases = google.flatMap((sent) => Object.keys(calls).map((method) => [sent.name, method, sent] as const));
  it.each(cases)('%s (%s)', async (_, method, sent) => {
    const { threw, value } = await settle(calls[method]!(model(served.urlOf(sent))));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(asked(sent)).toBe(`POST /v1beta/models/gemini-pro:${method}`);
    expect(value).toBeInstanceOf(GoogleGenerativeAIFetchError);
    const error = value as GoogleGenerativeAIFetchError;
    expect(error.name).toBe('Error');
    expect(Object.keys(error).sort()).toEqual(['errorDetails', 'status', 'statusText']);
    expect(error.status).toBe(sent.status);
    const body = JSON.parse(sent.body) as { error?: { message: string; details?: unknown[] } };
    expect(error.errorDetails).toEqual(body.error?.details);
    expect(error.message).toContain(`:${method}: [${sent.status} ${error.statusText}] ${body.error?.message ?? ''}`);
    const read = normalizeError(error, { now: NOW });
    expectSameModel(read, rawModel(sent, NOW), dropsOf([sent])[sent.name as ScenarioName]);
    // An app that names the client and Google's format reads it the same.
    const named = createNormalizer({ clients: [generativeAiErrors], formats: [googleFormat] });
    expect(named(error, { now: NOW })).toEqual(read);
  });

  it('a RetryInfo in the kept details still times the retry (Gemini’s 429 RESOURCE_EXHAUSTED)', async () => {
    const [, quota] = google;
    const { value } = await settle(model(served.urlOf(quota!)).generateContent('Hi'));
    expect(normalizeError(value, { now: NOW })).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAt: NOW + 26_000,
      message: expect.stringMatching(/^You exceeded your current quota/) as unknown,
    });
  });
});

describe('@google/generative-ai: a redirect is followed, and the answer at its Location is what it throws', () => {
  const hop = serveRedirect(() => `${server().url}/json-error/v1beta/models/gemini-pro:generateContent`);
  it('reads as the answer at the Location', async () => {
    const { threw, value } = await settle(model(hop()).generateContent('Hi'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(GoogleGenerativeAIFetchError);
    expect(asked(SHARED.find((sent) => sent.name === 'json-error')!)).toBe(
      'GET /v1beta/models/gemini-pro:generateContent',
    );
    const sent = SHARED.find((each) => each.name === 'json-error')!;
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), dropsOf([sent])['json-error']);
  });
});

describe('@google/generative-ai: failures without a response', () => {
  /** The harness's `${url}/slow` (or refused `…/json-error`) as the base URL the SDK appends its path to. */
  const at = (url: string, options: RequestOptions = {}) => model(url, options);
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => at(url).generateContent('Hi'),
    aborted: (url) => {
      const controller = new AbortController();
      // The SDK listens to the app's signal for its `abort` event: one aborted before the call is never heard.
      const pending = at(url).generateContent('Hi', { signal: controller.signal });
      controller.abort();
      return pending;
    },
    timedOut: (url) => at(url, { timeout: 50 }).generateContent('Hi'),
    timeoutGives: {
      kind: 'cancelled',
      why:
        'its `timeout` aborts the same AbortController as an app’s signal, without a reason: the same ' +
        'GoogleGenerativeAIAbortError ("This operation was aborted")',
    },
  });

  it('connection refused is a GoogleGenerativeAIError with fetch’s words and no cause', async () => {
    const url = await refusedUrl();
    const { threw, value } = await settle(model(url).countTokens('Hi'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(GoogleGenerativeAIError);
    expect(value).toMatchObject({
      name: 'Error',
      message:
        `[GoogleGenerativeAI Error]: Error fetching from ${url}/v1beta/models/gemini-pro:countTokens: ` +
        'fetch failed',
    });
    expect((value as Error).cause).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
  });

  it('an abort is a GoogleGenerativeAIAbortError', async () => {
    const controller = new AbortController();
    const pending = model(`${server().url}/${SLOW}`).embedContent('Hi', { signal: controller.signal });
    controller.abort();
    const { value } = await settle(pending);
    expect(value).toBeInstanceOf(GoogleGenerativeAIAbortError);
    expect((value as Error).message).toBe(
      `[GoogleGenerativeAI Error]: Request aborted when fetching ${server().url}/${SLOW}/v1beta/models/gemini-pro:` +
        'embedContent: This operation was aborted',
    );
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'cancelled', format: 'abort' });
  });
});
