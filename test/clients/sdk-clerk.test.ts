import { createClerkClient } from '@clerk/backend';
import { ClerkAPIResponseError } from '@clerk/backend/errors';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// @clerk/backend (Clerk's Backend API client) throws a `ClerkAPIResponseError` for every non-2xx answer:
// - `status` = the HTTP status, `message` = the status line's reason phrase (`res.statusText`, '' when none),
//   `code` = 'api_response_error' (always, the class's own), `clerkTraceId` = the body's `clerk_trace_id`, else the
//   `cf-ray` header, else ''; `retryAfter` = `parseInt(Retry-After)` in seconds (undefined without the header or
//   for an HTTP date).
// - `errors` = one `ClerkAPIError` per item of the body's `errors`: `code`, `message` (the item's `message`),
//   `longMessage` (`long_message`), `meta` (`paramName` from `meta.param_name`, `sessionId`, … every known key,
//   undefined when absent). Nothing else of an item is kept.
// - The body is parsed only when `Content-Type` is exactly `application/json`; otherwise it is read as text and
//   `errors` is []. No headers and no raw body are kept on the error.
// A failure without a response (fetch rejects) is caught inside the SDK and thrown as a `ClerkAPIResponseError`
// too: `status` undefined, `message` '', `clerkTraceId` '', `errors` = [{ code: 'unexpected_error', message:
// <fetch's message> }] (a plain object, not a ClerkAPIError), and no `cause`: fetch's TypeError is not kept.

// Clerk's Backend API answers errors with `application/json` (the SDK parses nothing else); the case shows the
// body only, so that header is added. No `cf-ray` or `Retry-After` is added: the source shows neither.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const clerk = [
  // 'clerk/param-in-meta-param-name': clerk/clerk-sdk-go samlconnection/client_test.go (the answer to
  // POST /v1/saml_connections with both `domain` and `domains`)
  fromCase('clerk/param-in-meta-param-name', JSON_TYPE),
];

const server = serveBySegment(clerk);

// The client's telemetry collector reads this (it only sends for a development publishable key, and none is
// given): off twice over.
process.env.CLERK_TELEMETRY_DISABLED = '1';
const clerkClient = (apiUrl: string) =>
  createClerkClient({ secretKey: 'sk_test_local', apiUrl, telemetry: { disabled: true } });

/**
 * The request the case's source makes: a SAML connection with both `domain` and `domains`. The SDK's params type
 * has no `domains`, but it sends what it is given (snake-cased).
 */
const BOTH_DOMAINS = {
  name: 'the-name',
  provider: 'saml_custom',
  domain: 'example.com',
  domains: ['example.com'],
} as const;
const CALLS: Record<string, (apiUrl: string) => Promise<unknown>> = {
  'clerk/param-in-meta-param-name': (apiUrl) => clerkClient(apiUrl).samlConnections.createSamlConnection(BOTH_DOMAINS),
};

describe('@clerk/backend: the ClerkAPIResponseError it throws reads as the raw response', () => {
  it.each(clerk.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const call = CALLS[sent.name];
    if (!call) throw new Error(`no call for ${sent.name}`);
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    const request = server.received(sent);
    expect(request).toMatchObject({ method: 'POST', path: '/v1/saml_connections' });
    expect(JSON.parse(request?.body ?? 'null')).toEqual(BOTH_DOMAINS);

    // What the SDK carries: the status, the reason phrase as the message, the body's `clerk_trace_id`, and each
    // item's `code`, `message`, `long_message` and `meta.param_name`. The item's `short_message` is not a member
    // it reads (`ClerkAPIError` takes `message`), so its `message` is undefined.
    expect(value).toBeInstanceOf(ClerkAPIResponseError);
    const error = value as ClerkAPIResponseError;
    const body = JSON.parse(sent.body) as {
      clerk_trace_id: string;
      errors: { code: string; long_message: string; meta: { param_name: string } }[];
    };
    expect(error).toMatchObject({
      name: 'ClerkAPIResponseError',
      status: sent.status,
      message: 'Unprocessable Entity',
      code: 'api_response_error',
      clerkTraceId: body.clerk_trace_id,
      retryAfter: undefined,
    });
    expect(error.errors).toHaveLength(body.errors.length);
    body.errors.forEach((item, index) => {
      expect(error.errors[index]).toMatchObject({
        code: item.code,
        message: undefined,
        longMessage: item.long_message,
        meta: { paramName: item.meta.param_name },
      });
    });
    // Nothing the raw model reads is lost: the item's code, long message and field are all on `errors`. The
    // error's own `code` ('api_response_error', the same on every ClerkAPIResponseError) is not the body's code.
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('@clerk/backend: failures without a response', () => {
  it('connection refused (a ClerkAPIResponseError without a status, code unexpected_error) is network', async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(clerkClient(origin).users.getUser('user_123'));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(ClerkAPIResponseError);
    expect(value).toMatchObject({
      status: undefined,
      message: '',
      clerkTraceId: '',
      errors: [{ code: 'unexpected_error', message: 'fetch failed' }],
    });
    // fetch's TypeError is not kept: what says "no response" is the missing status and that item alone.
    expect((value as Error).cause).toBeUndefined();
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
