import { STATUS_CODES } from 'node:http';
import { ApiError as FalApiError, createFalClient, ValidationError, type FalClient } from '@fal-ai/client';
import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError, type ApiError } from '../../src';
import { falErrors } from '../../src/clients';
import { DEFAULT, type ConformanceCase } from '../conformance/types';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  droppedBetween,
  expectSameModel,
  failures,
  NOW,
  rawModel,
  refusedUrl,
  scenario,
  scenarios,
  serveCounting,
  serveRedirect,
  settle,
  type Dropped,
  type Scenario,
  type ScenarioName,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// @fal-ai/client 1.10 (fal.ai's JS client: `fal.run`, `fal.subscribe`, `fal.queue.*`, `fal.storage.upload`,
// `fal.stream`). Every call goes through `dispatchRequest` (node_modules/@fal-ai/client/src/request.js): the config's
// `requestMiddleware` (with `proxyUrl`, config.js and middleware.js `withProxy`: the request goes to the proxy's URL,
// the fal URL in `x-fal-target-url`; a string applies in a browser only, `{ url, when: 'always' }` everywhere), then
// fetch (redirects followed), then `defaultResponseHandler` (response.js). An answer that is not ok throws its
// `ApiError` (`ValidationError` for a 422 with a JSON body, whose `fieldErrors` getter is `body.detail`, FastAPI's
// `{ loc, msg, type }` list): own members `name`, `status`, `body` (the parsed JSON when the Content-Type holds
// `application/json`, else undefined: problem+json, text, HTML and XML are dropped), `requestId` (the
// `x-fal-request-id` header, `''` without it) and `timeoutType` (`x-fal-request-timeout-type`); `message` is the body's
// `message` or the status text, or `HTTP <status>: <status text>` without a JSON body. No other header is kept. A 2xx
// resolves `{ data, requestId }` (`run`, `queue.result`: `resultResponseHandler`). `dispatchRequest` asks again
// (retry.js) on 429, 502, 503, 504 and on fetch's transport failures: `run` 3 times from 0.5 s (on the statuses the
// config's `retry` names), the queue's submit and result 3 times from 1 s, its `status` 5 times (on 500 too), the
// others as the config's `retry` says; an app's abort never. Without a
// response, fetch's own error comes through (`TypeError: fetch failed`, the `AbortError` of the `abortSignal` option),
// but `fal.stream` (streaming.js, `handleError`) makes a failed fetch into an `ApiError` of status 500 with fetch's
// words, and resolves `done()` with `{}` on an abort. `subscribe`'s own `timeout` (queue.js, `subscribeToStatus`)
// rejects with a bare `Error('Client timed out waiting for the request to complete after <ms>ms')`. `startTimeout` is
// the server's (a header), not the client's.

/** fal serves its API with FastAPI, which answers `application/json`; the cases show the body only. */
const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** A request id in the shape of fal's (a UUID): a placeholder, as no source shows one of fal's answers' headers. */
const REQUEST_ID = '764cabcf-b745-4b3e-ae38-1200304cf45b';

// fal's bodies wait in pending/ (part W of the twelfth holdout) until they join cases/: looked up in either.
const PART_W = import.meta.glob<{ default: ConformanceCase[] }>(
  '../conformance/{pending,cases}/unseen-2026-12-04-w.ts',
  { eager: true },
);

/** A case of part W as the wire carries it, as `caseScenario` makes one of `cases/`. */
function falCase(id: string, extra: Readonly<Record<string, string>>, variant = ''): Scenario {
  const found = Object.values(PART_W)
    .flatMap((module) => module.default)
    .find((c) => c.id === id);
  if (!found?.response) return caseScenario(id, extra, variant);
  const { status, headers = {}, body } = found.response;
  return {
    name: variant ? `${id}-${variant}` : id,
    status,
    headers: { ...headers, ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    source: `${id}: ${found.url}`,
  };
}

// 'fal-ai/no-user-for-key-401': https://github.com/fal-ai/fal/issues/1068
const NO_USER = falCase('fal-ai/no-user-for-key-401', JSON_TYPE);
// The same answer with the request id fal's servers name every answer with (the client reads `x-fal-request-id` on
// each one: response.js `REQUEST_ID_HEADER`); the value is the placeholder above.
const NO_USER_WITH_ID = falCase('fal-ai/no-user-for-key-401', { ...JSON_TYPE, 'x-fal-request-id': REQUEST_ID }, 'id');
// 'fal-ai/user-locked-exhausted-balance-403': https://github.com/fal-ai/fal/issues/1147
const EXHAUSTED = falCase('fal-ai/user-locked-exhausted-balance-403', JSON_TYPE);
// 'fal-ai/user-locked-admin-lock-403': https://github.com/fal-ai/fal/issues/1168
const ADMIN_LOCK = falCase('fal-ai/user-locked-admin-lock-403', JSON_TYPE);
// The client types a 422 as FastAPI's (types/common.d.ts `ValidationErrorInfo`: `{ loc, msg, type }`); the corpus
// holds no fal one, so FastAPI's own: 'fastapi/request-validation-list-body-indices', tests/test_multi_body_errors.py.
const VALIDATION = caseScenario('fastapi/request-validation-list-body-indices', JSON_TYPE);

/** fal's own bodies, each with what its case expects (kind, a substring of the message, the fields' paths). */
const FAL_BODIES = [
  [NO_USER, { kind: 'unauthenticated', message: 'No user found for Key ID and Secret', fields: [] }],
  [EXHAUSTED, { kind: 'forbidden', message: 'User is locked. Reason: Exhausted balance.', fields: [] }],
  [ADMIN_LOCK, { kind: 'forbidden', message: 'User is locked. Reason: Admin lock.', fields: [] }],
  // No sentence beside the fields: the kind's default message (DEFAULT in the case).
  [
    VALIDATION,
    { kind: 'validation', message: DEFAULT, fields: ['item.0.name', 'item.0.age', 'item.1.name', 'item.1.age'] },
  ],
] as const;

const ENDPOINT = 'fal-ai/flux/dev';
const INPUT = { prompt: 'a red fox in the snow' };
const QUEUE_URL = `https://queue.fal.run/fal-ai/flux/requests/${REQUEST_ID}`;

// The queue's answer to a submit and to a status poll, as the client types it (types/common.d.ts
// `InQueueQueueStatus`): `subscribe` polls it until its `timeout` ends the wait.
const QUEUED: Scenario = {
  name: 'queued',
  status: 200,
  headers: JSON_TYPE,
  body: JSON.stringify({
    status: 'IN_QUEUE',
    queue_position: 0,
    request_id: REQUEST_ID,
    response_url: QUEUE_URL,
    status_url: `${QUEUE_URL}/status`,
    cancel_url: `${QUEUE_URL}/cancel`,
  }),
  source: 'node_modules/@fal-ai/client/src/types/common.d.ts, InQueueQueueStatus',
};

/** The OAuth redirect points off this machine and fetch follows it: a redirect is followed to this machine below. */
const ANSWERED = scenarios.filter((sent) => sent.name !== 'oauth-redirect');
const FAILED = failures.filter((sent) => sent.name !== 'oauth-redirect');

const served = serveBySegment([...ANSWERED, ...FAL_BODIES.map(([sent]) => sent), NO_USER_WITH_ID, QUEUED]);

type Config = NonNullable<Parameters<typeof createFalClient>[0]>;

/**
 * A client as a browser app makes one: every call through its proxy (here the scenario's URL), no key of its own, and
 * 429 and 5xx handed over at once (its default asks again for up to 4 s; a test below keeps it).
 */
const falAt = (proxy: string, config: Config = {}): FalClient =>
  createFalClient({
    proxyUrl: { url: proxy, when: 'always' },
    credentials: undefined,
    retry: { retryableStatusCodes: [] },
    ...config,
  });
const run = (proxy: string, config?: Config) => falAt(proxy, config).run(ENDPOINT, { input: INPUT });

/** The body as the client keeps it: parsed when the Content-Type holds `application/json`, else none. */
function keptBody(sent: Scenario): unknown {
  const type = Object.entries(sent.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  return type.includes('application/json') ? (JSON.parse(sent.body) as unknown) : undefined;
}

/** The model of what its ApiError keeps of an answer: the status, a JSON body, and only `x-fal-request-id`. */
function keptModel(sent: Scenario): ApiError {
  const headers = Object.fromEntries(Object.entries(sent.headers).filter(([name]) => name === 'x-fal-request-id'));
  return normalizeError({ status: sent.status, headers, body: keptBody(sent) ?? null }, { now: NOW });
}

const KEPT_WHY =
  'its ApiError keeps the status, a body only when its type holds `application/json` (no problem+json, text, HTML ' +
  'or XML) and of the headers only `x-fal-request-id`: no Retry-After, other request ids or WWW-Authenticate';
const OK_WHY = 'a 2xx resolves `{ data, requestId }`: the body and the request id, no status';

/** What the client drops of each answered scenario. */
const DROPS: Partial<Record<ScenarioName, Dropped>> = Object.fromEntries(
  ANSWERED.flatMap((sent) => {
    const dropped =
      sent.status < 300
        ? { gives: { status: undefined }, why: OK_WHY }
        : droppedBetween(rawModel(sent, NOW), keptModel(sent), KEPT_WHY);
    return dropped ? [[sent.name, dropped]] : [];
  }),
);

/** The own members fal's ApiError constructor sets, in its order. */
const OWN_MEMBERS = ['name', 'status', 'body', 'requestId', 'timeoutType'];

describe('fal.run: what it throws or resolves reads as the raw response, but for what it drops', () => {
  itAgreesWithTheRawResponse(served.server, { request: (url) => run(url), drops: DROPS }, ANSWERED);

  it.each(FAILED.map((sent) => [sent.name, sent] as const))('%s: what its ApiError keeps', async (_, sent) => {
    const { threw, value } = await settle(run(served.urlOf(sent)));
    expect(threw).toBe(true);
    // The proxy is asked as fal would be: a POST of the input as JSON.
    expect(served.received(sent)).toMatchObject({ method: 'POST', body: JSON.stringify(INPUT) });
    const body = keptBody(sent);
    const validation = body !== undefined && sent.status === 422;
    expect(value).toBeInstanceOf(validation ? ValidationError : FalApiError);
    expect(Object.keys(value as object)).toEqual(OWN_MEMBERS);
    const error = value as FalApiError<unknown>;
    expect(error).toMatchObject({ name: validation ? 'ValidationError' : 'ApiError', status: sent.status });
    expect(error.body).toEqual(body);
    expect(error.requestId).toBe('');
    const text = STATUS_CODES[sent.status];
    const said = (body as { message?: string } | undefined)?.message;
    expect(error.message).toBe(body === undefined ? `HTTP ${sent.status}: ${text}` : (said ?? text));
    expect(falErrors.test?.(error)).toBe(true);
  });

  it('a 2xx resolves `{ data, requestId }`: the body as data, read as it', async () => {
    const sent = scenario('graphql-200');
    const { threw, value } = await settle(run(served.urlOf(sent)));
    expect(threw).toBe(false);
    expect(value).toEqual({ data: JSON.parse(sent.body), requestId: '' });
    expect(falErrors.test?.(value as object)).toBe(false);
  });
});

describe('fal: its own error bodies read as the raw response, through every call an app makes', () => {
  const calls = [
    ['run', 'POST', (proxy: string) => run(proxy)],
    ['subscribe', 'POST', (proxy: string) => falAt(proxy).subscribe(ENDPOINT, { input: INPUT })],
    ['queue.result', 'GET', (proxy: string) => falAt(proxy).queue.result(ENDPOINT, { requestId: REQUEST_ID })],
    [
      'storage.upload',
      'POST',
      (proxy: string) => falAt(proxy).storage.upload(new Blob(['GIF89a'], { type: 'image/gif' })),
    ],
    ['stream', 'POST', async (proxy: string) => (await falAt(proxy).stream(ENDPOINT, { input: INPUT })).done()],
  ] as const;
  const table = calls.flatMap(([call, method, request]) =>
    FAL_BODIES.map(([sent, expected]) => [`${call} ${sent.name}`, method, request, sent, expected] as const),
  );

  it.each(table)('%s', async (_, method, request, sent, expected) => {
    const { threw, value } = await settle(request(served.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(served.received(sent)?.method).toBe(method);
    expect(value).toBeInstanceOf(sent.status === 422 ? ValidationError : FalApiError);
    expect(value).toMatchObject({ status: sent.status, body: JSON.parse(sent.body) });
    const model = normalizeError(value, { now: NOW });
    expectSameModel(model, rawModel(sent, NOW));
    expect(model.kind).toBe(expected.kind);
    if (expected.message === DEFAULT) expect(model.messageSource).toBe('default');
    else expect(model.message.toLowerCase()).toContain(expected.message.toLowerCase());
    expect(model.fieldErrors.map((error) => error.field)).toEqual(expected.fields);
  });

  it('a FastAPI 422 is its ValidationError; the fields are read at their canonical paths from `loc`', async () => {
    const { value } = await settle(run(served.urlOf(VALIDATION)));
    expect(value).toBeInstanceOf(ValidationError);
    const error = value as ValidationError;
    expect(error.fieldErrors).toEqual((JSON.parse(VALIDATION.body) as { detail: unknown }).detail);
    expect(error.getFieldErrors('name').map((field) => field.loc)).toEqual([
      ['body', 'item', 0, 'name'],
      ['body', 'item', 1, 'name'],
    ]);
    expect(normalizeError(value, { now: NOW }).fieldErrors).toMatchObject([
      { field: 'item.0.name', message: 'Field required' },
      { field: 'item.0.age', message: 'Value is not a valid integer' },
      { field: 'item.1.name', message: 'Field required' },
      { field: 'item.1.age', message: 'Value is not a valid integer' },
    ]);
  });
});

describe('fal: the request id it keeps (`requestId`, from `x-fal-request-id`) is the support id', () => {
  it.each([
    ['run', (proxy: string) => run(proxy)],
    ['subscribe', (proxy: string) => falAt(proxy).subscribe(ENDPOINT, { input: INPUT })],
  ] as const)('%s', async (_, request) => {
    const { value } = await settle(request(served.urlOf(NO_USER_WITH_ID)));
    expect(value).toMatchObject({ name: 'ApiError', status: 401, requestId: REQUEST_ID });
    const raw = rawModel(NO_USER_WITH_ID, NOW);
    expect(raw.logId).toBe(REQUEST_ID);
    expectSameModel(normalizeError(value, { now: NOW }), raw);
    expectSameModel(createNormalizer({ clients: [falErrors] })(value, { now: NOW }), raw);
  });

  it('read without the client, the request id is lost, nothing else', async () => {
    const { value } = await settle(run(served.urlOf(NO_USER_WITH_ID)));
    const unnamed = createNormalizer()(value, { now: NOW });
    expect(unnamed.logId).toBeUndefined();
    expectSameModel(unnamed, rawModel(NO_USER, NOW));
  });
});

describe('fal: a redirect is followed, never handed over', () => {
  const hop = serveRedirect(() => served.urlOf(scenario('json-error')));

  it('the app gets the error of the answer at the Location, read as that answer', async () => {
    const { threw, value } = await settle(run(hop()));
    expect(threw).toBe(true);
    expect(value).toMatchObject({ name: 'ApiError', status: 402 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel('json-error', NOW), DROPS['json-error']);
  });
});

describe('fal: its own retries', () => {
  // A server that counts what it is asked and answers every request with a bare 502.
  const sent = scenario('empty-502');
  const counting = serveCounting('empty-502');

  it('fal.run asks a 502 again 3 times by default; the app gets the last answer, read as that answer', async () => {
    const fal = createFalClient({ proxyUrl: { url: counting.url(), when: 'always' }, credentials: undefined });
    const { threw, value } = await settle(fal.run(ENDPOINT, { input: INPUT }));
    expect(threw).toBe(true);
    expect(counting.asked()).toBe(4);
    expect(value).toMatchObject({ name: 'ApiError', status: 502 });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('fal: failures without a response', () => {
  itTellsTransportFailures(served.server, refusedUrl, {
    // fal.run asks a refused connection again 3 times (from 0.5 s) before it throws fetch's TypeError.
    refused: (url) => run(url),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = falAt(url).run(ENDPOINT, { input: INPUT, abortSignal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      return pending;
    },
    // Its own timeout is `subscribe`'s wait for the queue: the submit must be answered, so the queue's answer is
    // served; its polls keep answering IN_QUEUE until the timeout ends the wait.
    timedOut: () => falAt(served.urlOf(QUEUED)).subscribe(ENDPOINT, { input: INPUT, timeout: 50 }),
  });

  it('what they throw: fetch’s TypeError, the AbortError, and a bare Error for the timeout', async () => {
    const refused = await settle(run(await refusedUrl()));
    expect(refused.value).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    const controller = new AbortController();
    const pending = falAt(`${served.server().url}/slow`).run(ENDPOINT, {
      input: INPUT,
      abortSignal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect((await settle(pending)).value).toMatchObject({ name: 'AbortError' });
    const timedOut = await settle(falAt(served.urlOf(QUEUED)).subscribe(ENDPOINT, { input: INPUT, timeout: 50 }));
    expect(timedOut.value).toBeInstanceOf(Error);
    expect(timedOut.value).toMatchObject({
      name: 'Error',
      message: 'Client timed out waiting for the request to complete after 50ms',
    });
    expect(Object.keys(timedOut.value as object)).toEqual([]);
    expect(createNormalizer({ clients: [falErrors] })(timedOut.value, { now: NOW }).kind).toBe('timeout');
    expect(createNormalizer()(timedOut.value, { now: NOW }).kind).toBe('unknown');
  });

  it('fal.stream makes a refused connection an ApiError of status 500 with fetch’s words: network', async () => {
    // Its own asks again come from the config's `retry`: none here, so fetch's failure comes at once.
    const stream = await falAt(await refusedUrl(), { retry: { maxRetries: 0 } }).stream(ENDPOINT, { input: INPUT });
    const { threw, value } = await settle(stream.done());
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(FalApiError);
    expect(value).toMatchObject({ name: 'ApiError', status: 500, message: 'fetch failed', body: undefined });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network', format: 'network' });
    expect(normalizeError(value, { now: NOW }).status).toBeUndefined();
  });

  it('fal.stream resolves `done()` with `{}` when the app aborts it: nothing is thrown', async () => {
    const controller = new AbortController();
    const stream = await falAt(`${served.server().url}/slow`).stream(ENDPOINT, {
      input: INPUT,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect(await settle(stream.done())).toEqual({ threw: false, value: {} });
  });
});

describe('falErrors: told by its exact shape only, and total', () => {
  it('an ApiError of other members, or a bare Error of other words or with members, is not fal’s', async () => {
    const { value } = await settle(run(served.urlOf(NO_USER)));
    expect(falErrors.test?.(value as object)).toBe(true);
    // Replicate's ApiError: the same name, a `request` and a `response`.
    const replicate = Object.assign(new Error('Request failed'), { name: 'ApiError', request: {}, response: {} });
    expect(falErrors.test?.(replicate)).toBe(false);
    expect(falErrors.test?.(Object.assign(value as object, { response: {} }))).toBe(false);
    const timeout = 'Client timed out waiting for the request to complete after 50ms';
    expect(falErrors.test?.(new Error(timeout))).toBe(true);
    expect(falErrors.test?.(new Error(`${timeout}.`))).toBe(false);
    expect(falErrors.test?.(Object.assign(new Error(timeout), { code: 'E' }))).toBe(false);
    expect(falErrors.test?.(new Error(timeout, { cause: new Error('the app’s') }))).toBe(false);
  });

  it('a fetch failure’s words are network only without a body and on its 500', async () => {
    const stream = await falAt(await refusedUrl(), { retry: { maxRetries: 0 } }).stream(ENDPOINT, { input: INPUT });
    const { value } = await settle(stream.done());
    expect(normalizeError(Object.assign(value as object, { status: 502 }), { now: NOW }).kind).toBe('unavailable');
  });

  it('a throwing body or request id never throws out of the reading', async () => {
    const { value } = await settle(run(served.urlOf(NO_USER)));
    for (const name of ['body', 'requestId'])
      Object.defineProperty(value, name, {
        enumerable: true,
        get: () => {
          throw new Error('no');
        },
      });
    expect(() => normalizeError(value, { now: NOW })).not.toThrow();
    expect(normalizeError(value, { now: NOW }).status).toBe(401);
  });
});
