import got, { HTTPError, RequestError } from 'got';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, parsedBody, rawModel, refusedUrl, settle, type Scenario } from './harness';

// got (Node's HTTP client; node:http underneath) throws, for an answer that is not 2xx or 3xx, an `HTTPError`:
// `name` 'HTTPError', `code` 'ERR_NON_2XX_3XX_RESPONSE', `message` 'Request failed with status code <status>
// (<reason>): <METHOD> <url>', and, not enumerable, `response` (node's IncomingMessage made got's: `statusCode`,
// `statusMessage`, `headers` (lower-case names), `body` (a string, also with the `.json()` shortcut; with the
// option `responseType: 'json'` the parsed JSON, or the string when it does not parse), `rawBody` (a Buffer), `url`,
// `ok` false), `request`, plus `options` and `timings`. `retry: { limit: 0 }` turns off its retries (by default 2,
// of 408, 413, 429, 5xx and network errors).
// A failure without a response is a `RequestError` (`name` 'RequestError', `code` = the socket error's, here
// 'ECONNREFUSED'; no `response`).

// A generic client: three varied answers from the corpus.
const scenarios = [
  // 'laravel/validation-dot-paths': https://laravel.com/docs/master/validation#validation-error-response-format
  // (Laravel answers validation errors with a JsonResponse; the case shows the body only, so its JSON type is added)
  fromCase('laravel/validation-dot-paths', { 'content-type': 'application/json' }),
  // 'slack/rate-limited-retry-after': slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py
  fromCase('slack/rate-limited-retry-after'),
  // 'nginx/502-bad-gateway': nginx's built-in error page (src/http/ngx_http_special_response.c)
  fromCase('nginx/502-bad-gateway'),
];

const server = serveBySegment(scenarios);

const post = (url: string) => got.post(url, { json: { team_name: 1 }, retry: { limit: 0 } });
const postJson = (url: string) => got.post(url, { json: { team_name: 1 }, retry: { limit: 0 } }).json();
const postAsJson = (url: string) =>
  got.post(url, { json: { team_name: 1 }, retry: { limit: 0 }, responseType: 'json' });

describe('got: the HTTPError it throws reads as the raw response', () => {
  it.each([
    ...scenarios.map((sent) => [`${sent.name} (body as text)`, sent, post, sent.body] as const),
    // `.json()` parses only an answer that resolves: the error's body stays text.
    ...scenarios.map((sent) => [`${sent.name} (.json())`, sent, postJson, sent.body] as const),
    ...scenarios.map((sent) => [`${sent.name} (responseType 'json')`, sent, postAsJson, parsedBody(sent)] as const),
  ])('%s', async (_, sent, call, body) => {
    const { threw, value } = await settle(call(`${server.urlOf(sent)}/api/teams`));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/api/teams' });
    // What the client carries: the status, the headers and the body, on its `response`.
    expect(value).toBeInstanceOf(HTTPError);
    const error = value as HTTPError;
    expect(error).toMatchObject({ name: 'HTTPError', code: 'ERR_NON_2XX_3XX_RESPONSE' });
    expect(error.response.statusCode).toBe(sent.status);
    expect(error.response.headers).toMatchObject(lowerCased(sent));
    expect(error.response.body).toEqual(body);
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

function lowerCased(sent: Scenario): Record<string, string> {
  return Object.fromEntries(Object.entries(sent.headers).map(([name, text]) => [name.toLowerCase(), text]));
}

describe('got: failures without a response', () => {
  it('connection refused (RequestError, code ECONNREFUSED) is network', async () => {
    const { threw, value } = await settle(post(await refusedUrl()));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(RequestError);
    expect(value).toMatchObject({ name: 'RequestError', code: 'ECONNREFUSED' });
    expect((value as RequestError).response).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
