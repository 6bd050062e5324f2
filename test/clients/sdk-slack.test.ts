import {
  LogLevel,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
  WebClient,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle, type Scenario } from './harness';

// @slack/web-api (the official SDK) throws (`name` = the class name, `code` = the SDK's own code):
// - `WebAPIPlatformError` for a 200 whose body says `ok: false`: `code` 'slack_webapi_platform_error', `message`
//   'An API error occurred: <error>', `data` = the parsed body plus `response_metadata` (`{}` unless the answer has
//   scope or Retry-After headers). No status, no headers.
// - `WebAPIRateLimitedError` for a 429 with a numeric Retry-After, with `rejectRateLimitedCalls`: `code`
//   'slack_webapi_rate_limited_error', `retryAfter` (seconds), `message` 'A rate-limit has been reached, you may
//   retry this request in <n> seconds'. No status, no headers, no body. (Without `rejectRateLimitedCalls` it waits
//   out the Retry-After and tries again.)
// - `WebAPIHTTPError` for any other status that is not 200: `code` 'slack_webapi_http_error', `statusCode`,
//   `statusMessage`, `headers` (a plain object), `body` (parsed as JSON when it parses, else the text), `message`
//   'An HTTP protocol error occurred: statusCode = <status>'.
// - `WebAPIRequestError` for a failure without a response: `code` 'slack_webapi_request_error', `original` and
//   `cause` = fetch's `TypeError: fetch failed` (its `cause` the socket error).

const platform = [
  // 'slack/invalid-auth-200': slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py
  fromCase('slack/invalid-auth-200'),
];
const rateLimited = [
  // 'slack/rate-limited-retry-after': slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py
  fromCase('slack/rate-limited-retry-after'),
];
const http = [
  // 'slack/html-404-page': slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py
  fromCase('slack/html-404-page'),
  // 'slack/server-error-html-503': slackapi/python-slack-sdk/tests/slack_sdk/web/mock_web_api_server.py
  fromCase('slack/server-error-html-503'),
];

const server = serveBySegment([...platform, ...rateLimited, ...http]);

const slack = (slackApiUrl: string) =>
  new WebClient('xoxb-x', {
    slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR, // quiet: its 'http request failed' warning is the refused case asserted here
  });
const post = (sent: Scenario) =>
  slack(`${server.urlOf(sent)}/api/`).chat.postMessage({ channel: 'C0123456789', text: 'Hello' });

describe('@slack/web-api: the WebAPIPlatformError it throws reads as the raw response', () => {
  it.each(platform.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(post(sent));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/api/chat.postMessage' });
    // What the SDK carries: the parsed body (with an empty `response_metadata` added); no headers, and no status
    // member, but the status is not lost: the SDK throws this class only for a 200 (any other status throws first).
    expect(value).toBeInstanceOf(WebAPIPlatformError);
    const body = JSON.parse(sent.body) as { error: string };
    expect(value).toMatchObject({
      name: 'WebAPIPlatformError',
      code: 'slack_webapi_platform_error',
      message: `An API error occurred: ${body.error}`,
      data: { ...body, response_metadata: {} },
    });
    expect(value).not.toHaveProperty('statusCode');
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@slack/web-api: the WebAPIRateLimitedError it throws reads as the raw response', () => {
  it.each(rateLimited.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(post(sent));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // What the SDK carries: Retry-After's seconds, and (by its class: it is thrown for a 429 only) the status.
    expect(value).toBeInstanceOf(WebAPIRateLimitedError);
    expect(value).toMatchObject({
      name: 'WebAPIRateLimitedError',
      code: 'slack_webapi_rate_limited_error',
      retryAfter: Number(sent.headers['Retry-After']),
      message: `A rate-limit has been reached, you may retry this request in ${sent.headers['Retry-After']} seconds`,
    });
    expect(value).not.toHaveProperty('data');
    expect(value).not.toHaveProperty('body');
    // The body's `error: 'rate_limited'` is not kept (neither body nor `data` on this class).
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW), {
      gives: { code: undefined },
      why: "WebAPIRateLimitedError keeps Retry-After's seconds only, not the body's `error: 'rate_limited'`",
    });
  });
});

describe('@slack/web-api: the WebAPIHTTPError it throws reads as the raw response', () => {
  it.each(http.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(post(sent));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    // What the SDK carries: the status, the reason phrase, the headers and the body's text.
    expect(value).toBeInstanceOf(WebAPIHTTPError);
    expect(value).toMatchObject({
      name: 'WebAPIHTTPError',
      code: 'slack_webapi_http_error',
      message: `An HTTP protocol error occurred: statusCode = ${sent.status}`,
      statusCode: sent.status,
      headers: { 'content-type': sent.headers['content-type'] },
      body: sent.body,
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@slack/web-api: failures without a response', () => {
  it('connection refused (WebAPIRequestError) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(slack(`${origin}/api/`).chat.postMessage({ channel: 'C1', text: 'Hello' }));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(WebAPIRequestError);
    expect(value).toMatchObject({
      name: 'WebAPIRequestError',
      code: 'slack_webapi_request_error',
      message: 'A request error occurred: fetch failed',
      original: { message: 'fetch failed', cause: { code: 'ECONNREFUSED' } },
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
