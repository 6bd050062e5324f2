import { Agent } from 'node:http';
import {
  ApiPartialResponseError,
  ApiRequestError,
  ApiResponseError,
  ETwitterApiError,
  TwitterApi,
  type ITwitterApiClientPlugin,
} from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { createNormalizer, defaultText, normalizeError } from '../../src';
import { twitterErrors } from '../../src/clients';
import { itAgreesWithTheRawResponse, itTellsTransportFailures } from './agreement';
import {
  expectSameModel,
  NOW,
  rawModel,
  refusedUrl,
  scenarios,
  serveScenarios,
  settle,
  type Scenario,
} from './harness';
import { caseScenario, serveBySegment } from './vendor';

// twitter-api-v2 1.29 (node_modules/twitter-api-v2/dist/esm/client-mixins/request-handler.helper.js, which builds its
// errors, and types/errors.types.js, which defines them) sends each call with Node's `https.request` and rejects with
// an `Error` named "Error" whose `error` is `true` and whose `type` is an `ETwitterApiError`:
// - `ApiResponseError` ('response') for a status of 400 or more: `code` the status, `headers` Node's
//   `IncomingHttpHeaders`, `rateLimit` `{ limit, remaining, reset }` from `x-rate-limit-*` (`reset` in epoch
//   seconds), `data` the body (parsed when the type says `application/json` or `application/problem+json`, else its
//   text; an empty JSON body undefined), and the `request` and `response` as getters. Its message is its own summary
//   ("Request failed with code 429 - Rate limit exceeded (Twitter code 88)"). For a body with `error` and no `errors`
//   its constructor sets `data` to a copy with `errors: [{ code: 131, message: data.error }]` added (its fix for
//   PLhery/node-twitter-api-v2#342): the kit's reader takes that entry off again.
// - `ApiPartialResponseError` ('partial-response') when a JSON-typed body does not parse: `response` (the
//   `IncomingMessage`) and `rawContent`, the text.
// - `ApiRequestError` ('request', "Request failed.") when no response came. Its `requestError` getter reads
//   `_options.requestError`, but the maker stores the socket's error as `_options.error`: the getter is always
//   undefined. The call's own `timeout` destroys the request with `Error("Request timeout.")`.
// A status under 400 (a 2xx, a 302: `https.request` follows no redirect) resolves: its methods (`v2.me()`) hand over
// the body alone, `fullResponse: true` `{ data, headers, rateLimit }`, never the status.
// It has no base-URL setting (its prefixes are constants, globals.js) and no `signal` option: its documented plugin
// hooks (types/plugins/client.plugins.types.d.ts) change a call's params before its URL is built
// (`onBeforeRequestConfig`) and the options given to `https.request` (`onBeforeRequest`), where an app's signal goes.

const server = serveScenarios();

// `https.request` takes an `http:` URL only with an `http.Agent`; `httpAgent` is the client's own setting for it.
const agent = new Agent();

/** A client whose calls a plugin sends to `url`, as an app points it at a proxy or a stub of X. */
function clientAt(url: string, more: ITwitterApiClientPlugin = {}): TwitterApi {
  const aim: ITwitterApiClientPlugin = {
    onBeforeRequestConfig: ({ params }) => {
      params.url = url;
    },
  };
  return new TwitterApi('app-bearer-token', { httpAgent: agent, plugins: [aim, more] });
}

const BODY_ONLY = 'a status under 400 resolves the body alone (`v2.me()` returns `data`): the status is not kept';
const [unknownTitle, unknownMessage] = defaultText.unknown;

describe('twitter-api-v2: what `v2.me()` rejects or resolves with reads as the raw response', () => {
  itAgreesWithTheRawResponse(server, {
    request: (url) => clientAt(url).v2.me(),
    fails: (sent) => sent.status >= 400,
    drops: {
      'graphql-200': { gives: { status: undefined }, why: BODY_ONLY },
      'oauth-redirect': {
        gives: { kind: 'unknown', status: undefined, code: undefined, title: unknownTitle, message: unknownMessage },
        why: `${BODY_ONLY}, nor the Location that holds the OAuth error: the app gets ''`,
      },
    },
  });

  it('its ApiResponseError keeps the status, all headers and the body', async () => {
    const { threw, value } = await settle(clientAt(`${server().url}/rate-limited-429`).v2.me());
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(ApiResponseError);
    const error = value as ApiResponseError;
    expect(error).toMatchObject({
      name: 'Error',
      error: true,
      type: ETwitterApiError.Response,
      code: 429,
      message: 'Request failed with code 429',
      headers: { 'retry-after': '5', 'request-id': 'a15c7ea4-d7e4-4d57-9cf0-d5b8fd22aad0' },
      rateLimit: undefined,
    });
    expect(error.data).toMatchObject({ error: { code: 'TooManyRequests' } });
  });

  it('the `errors` entry it adds beside a lone `error` is not read as the server’s', async () => {
    const { value } = await settle(clientAt(`${server().url}/unavailable-503`).v2.me());
    const { data } = value as ApiResponseError;
    expect(data).toMatchObject({ error: 'temporarily_unavailable', errors: [{ code: 131 }] });
    for (const read of [normalizeError, createNormalizer({ clients: [twitterErrors] })])
      expect(read(value, { now: NOW })).toMatchObject({ code: 'temporarily_unavailable', status: 503 });
    // The error itself is left as the client made it.
    expect((value as ApiResponseError).errors).toEqual([{ code: 131, message: 'temporarily_unavailable' }]);
  });
});

describe('twitter-api-v2: what `fullResponse: true` resolves with, under 400, reads as the raw response', () => {
  itAgreesWithTheRawResponse(
    server,
    {
      request: (url) => clientAt(url).v2.get('users/me', undefined, { fullResponse: true }),
      fails: () => false,
      drops: {
        'graphql-200': { gives: { status: undefined }, why: 'it resolves `{ data, headers, rateLimit }`: no status' },
        'oauth-redirect': {
          gives: { kind: 'unknown', status: undefined, code: undefined, title: unknownTitle, message: unknownMessage },
          why: 'the Location is in its `headers`, but without the status nothing says it redirects',
        },
      },
    },
    scenarios.filter((sent) => sent.status < 400),
  );

  it('a 302 resolves its Location but not its status', async () => {
    const url = `${server().url}/oauth-redirect`;
    const resolved = await clientAt(url).v2.get('users/me', undefined, { fullResponse: true });
    expect(resolved).toMatchObject({ data: '', headers: { location: expect.stringContaining('error=access_denied') } });
    expect(resolved).not.toHaveProperty('status');
  });
});

// X's own error bodies from the corpus. X sends them with a JSON media type, which the sources do not show: the
// client parses a body only when its type says JSON (`application/json` or `application/problem+json`, parsed alike),
// so `application/json; charset=utf-8` is added.
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
// 'x-api/rate-limit-code-88-with-reset': https://docs.x.com/fundamentals/rate-limits
const rateLimited = caseScenario('x-api/rate-limit-code-88-with-reset', JSON_TYPE);
// 'x-api/v2-too-many-requests-problem': https://github.com/geduldig/TwitterAPI/issues/180
const problem = caseScenario('x-api/v2-too-many-requests-problem', JSON_TYPE);
// 'x-api/v1-rate-limit-as-400': https://github.com/avianflu/ntwitter/issues/38 (a lone `error`, which it patches)
const v1Error = caseScenario('x-api/v1-rate-limit-as-400', JSON_TYPE);
const xCases = [rateLimited, problem, v1Error];
// 'close/forbidden-word-labelled-json-403': closeio/closeio-api tests/test_api.py, `Forbidden` labelled JSON.
const notJson = caseScenario('close/forbidden-word-labelled-json-403');
const vendor = serveBySegment([...xCases, notJson]);

/** A client of the X API whose plugin sends its calls to the vendor server, the path after the host kept. */
function xClient(sent: Scenario): TwitterApi {
  const base = vendor.urlOf(sent);
  const aim: ITwitterApiClientPlugin = {
    onBeforeRequestConfig: ({ params }) => {
      params.url = params.url.replace('https://api.x.com', base);
    },
  };
  return new TwitterApi('app-bearer-token', { httpAgent: agent, plugins: [aim] });
}

describe('twitter-api-v2: X’s own errors, through `v2.singleTweet`, read as the raw response', () => {
  it.each(xCases.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(xClient(sent).v2.singleTweet('1'));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(vendor.received(sent)).toMatchObject({ method: 'GET', path: '/2/tweets/1' });
    expect(value).toBeInstanceOf(ApiResponseError);
    expect(value).toMatchObject({ code: sent.status, type: 'response' });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  it('a 429’s `rateLimit.reset` (epoch seconds of `x-rate-limit-reset`) is the retry time', async () => {
    const { value } = await settle(xClient(rateLimited).v2.singleTweet('1'));
    const error = value as ApiResponseError;
    expect(error.rateLimit).toEqual({ limit: 900, remaining: 847, reset: 1705420800 });
    expect(error.message).toBe('Request failed with code 429 - Rate limit exceeded (Twitter code 88)');
    // As received: 15 minutes before the reset.
    const receivedAt = Date.parse('2024-01-16T15:45:00Z');
    expect(normalizeError(value, { now: receivedAt })).toMatchObject({
      kind: 'rate-limited',
      code: '88',
      message: 'Rate limit exceeded',
      retryAt: (error.rateLimit?.reset ?? 0) * 1000,
    });
  });

  it('the old v1 `{ error }` body keeps its sentence, not the code 131 the client adds', async () => {
    const { value } = await settle(xClient(v1Error).v2.singleTweet('1'));
    const sent = JSON.parse(v1Error.body) as { error: string };
    expect((value as ApiResponseError).errors).toEqual([{ code: 131, message: sent.error }]);
    const [model, raw] = [normalizeError(value, { now: NOW }), rawModel(v1Error, NOW)];
    expect(model).toMatchObject({ kind: 'bad-request', message: raw.message });
    // The body has no code, so neither has the model: the client's 131 is not X's.
    expect(model.code).toBe(raw.code);
  });

  it('a JSON-labelled body that does not parse: an ApiPartialResponseError, read as the raw response', async () => {
    const { threw, value } = await settle(xClient(notJson).v2.singleTweet('1'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(ApiPartialResponseError);
    expect(value).toMatchObject({
      type: ETwitterApiError.PartialResponse,
      message: 'Request failed with partial response with HTTP code 403 (parse error)',
      rawContent: 'Forbidden',
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(notJson, NOW));
  });
});

/** A client whose plugin hands `https.request` the app's signal. */
const withSignal = (url: string, signal: AbortSignal): TwitterApi =>
  clientAt(url, {
    onBeforeRequest: ({ requestOptions }) => {
      requestOptions.signal = signal;
    },
  });

describe('twitter-api-v2: failures without a response', () => {
  itTellsTransportFailures(server, refusedUrl, {
    refused: (url) => clientAt(url).v2.me(),
    aborted: (url) => {
      const controller = new AbortController();
      const pending = withSignal(url, controller.signal).v2.me();
      controller.abort();
      return pending;
    },
    timedOut: (url) => clientAt(url).v2.get('users/me', undefined, { timeout: 50 }),
  });

  it('a refused call: an ApiRequestError with no `requestError`, read by a normalizer naming it', async () => {
    const { value } = await settle(clientAt(await refusedUrl()).v2.me());
    expect(value).toBeInstanceOf(ApiRequestError);
    expect(value).toMatchObject({ type: ETwitterApiError.Request, message: 'Request failed.', error: true });
    expect((value as ApiRequestError).requestError).toBeUndefined();
    expect(createNormalizer({ clients: [twitterErrors] })(value, { now: NOW }).kind).toBe('network');
  });

  it('a signal of `AbortSignal.timeout(ms)` is timeout', async () => {
    const { value } = await settle(withSignal(`${server().url}/slow`, AbortSignal.timeout(50)).v2.me());
    expect(value).toBeInstanceOf(ApiRequestError);
    expect(normalizeError(value, { now: NOW }).kind).toBe('timeout');
  });
});
