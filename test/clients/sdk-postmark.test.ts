import { Errors, ServerClient } from 'postmark';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// postmark (the official Node client, on fetch since v5) throws a `PostmarkError` subclass picked by status: 401 →
// `InvalidAPIKeyError`, 422 → `ApiInputError` (or `InactiveRecipientsError`/`InvalidEmailRequestError` for
// ErrorCode 406/300), 429 → `RateLimitExceededError`, 500 → `InternalServerError`, 503 →
// `ServiceUnavailablerError`, 404 → `PostmarkError`, any other → `UnknownError`. Members: `name` (the class name),
// `message` = the body's `Message` (when the body has one, even ''), else 'Request returned status code <n>';
// `statusCode` = the HTTP status; `code` = the body's `ErrorCode` (0 without one). No headers, no body. A failure
// without a response is a plain `PostmarkError` with fetch's message ('fetch failed'), `statusCode` 0 and `code` 0.

// Postmark answers its errors with `application/json`; the cases show the body only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'postmark/invalid-api-token-401', 'postmark/invalid-message-422', 'postmark/internal-server-error-500' and
  // 'postmark/custom-status-485': ActiveCampaign/postmark-gem/spec/unit/postmark/http_client_spec.rb
  fromCase('postmark/invalid-api-token-401', JSON_TYPE),
  fromCase('postmark/invalid-message-422', JSON_TYPE),
  fromCase('postmark/internal-server-error-500', JSON_TYPE),
  fromCase('postmark/custom-status-485', JSON_TYPE),
];
const CLASS_OF: Record<number, typeof Errors.PostmarkError> = {
  401: Errors.InvalidAPIKeyError,
  422: Errors.ApiInputError,
  500: Errors.InternalServerError,
  485: Errors.UnknownError,
};

const server = serveBySegment(scenarios);

// `requestHost` is put after 'http://' as is and every path appended to it, so it can carry the scenario segment.
const send = (baseUrl: string) =>
  new ServerClient('server-token', {
    requestHost: baseUrl.replace(/^http:\/\//, ''),
    useHttps: false,
    timeout: 5,
  }).sendEmail({ From: 'a@example.com', To: 'b@example.com', Subject: 'Hi', TextBody: 'Hi' });

describe('postmark: the PostmarkError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(send(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/email' });
    // What the SDK carries: the status, the body's ErrorCode (as `code`) and Message (as `message`).
    const Class = CLASS_OF[sent.status];
    if (!Class) throw new Error(`no class for ${sent.status}`);
    expect(value).toBeInstanceOf(Class);
    const body = JSON.parse(sent.body) as { ErrorCode: number; Message: string };
    expect(value).toMatchObject({ name: Class.name, statusCode: sent.status, code: body.ErrorCode, message: '' });
    expect(Object.keys(value as object).sort()).toEqual(['code', 'name', 'statusCode']);
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('postmark: failures without a response', () => {
  it("connection refused (PostmarkError, statusCode 0, message 'fetch failed') is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(send(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(Errors.PostmarkError);
    expect(value).toMatchObject({ name: 'PostmarkError', message: 'fetch failed', statusCode: 0, code: 0 });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
