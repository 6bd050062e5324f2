import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// mailgun.js (axios underneath, bundled) throws its `APIError` for any answer axios rejects (a status outside
// 2xx). The class is not exported (minified to `j`); `name` 'Error', `type` 'MailgunAPIError' (what its own
// `isApiError` checks), `stack` '' (emptied), `status` = the HTTP status, `details` = the body's `message` when the
// body is an object, or the body's text when it is not, and `message` = the body's `error` member, else the
// response's reason phrase ('Unauthorized', 'Bad Request'). No headers, no body, no other member. A failure without
// a response is the same `APIError` with `status` 400 (mailgun.js's fallback: `response?.status || 400`), `message`
// = axios's error code ('ECONNREFUSED') and `details` = axios's message ('connect ECONNREFUSED 127.0.0.1:<port>').

// Mailgun answers its JSON errors with `application/json`; added where a case shows a JSON body only. The
// plain-text 'Forbidden' is served as the source shows it: without a Content-Type.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'mailgun/forbidden-text-401': https://github.com/anymail/django-anymail/issues/237
  fromCase('mailgun/forbidden-text-401'),
  // 'mailgun/invalid-private-key-401': https://github.com/mailgun/mailgun.js/issues/227
  fromCase('mailgun/invalid-private-key-401', JSON_TYPE),
  // 'mailgun/from-not-valid-address-400': https://github.com/fastlane/fastlane/issues/8568
  fromCase('mailgun/from-not-valid-address-400', JSON_TYPE),
];
const REASON: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized' };

const server = serveBySegment(scenarios);

const send = (url: string) =>
  new Mailgun(FormData)
    .client({ username: 'api', key: 'key-test', url })
    .messages.create('example.com', { from: 'a@example.com', to: ['b@example.com'], subject: 'Hi', text: 'Hi' });

describe('mailgun.js: the APIError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(send(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/v3/example.com/messages' });
    // What the SDK carries: the status, the reason phrase as `message`, and the body's message (or text) as
    // `details`.
    const body = sent.body.startsWith('{') ? (JSON.parse(sent.body) as { message: string }).message : sent.body;
    expect(value).toBeInstanceOf(Error);
    expect(Object.keys(value as object).sort()).toEqual(['details', 'message', 'stack', 'status', 'type']);
    expect(value).toMatchObject({
      name: 'Error',
      type: 'MailgunAPIError',
      status: sent.status,
      message: REASON[sent.status],
      details: body,
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('mailgun.js: failures without a response', () => {
  it("connection refused (APIError with mailgun.js's fallback status 400, message 'ECONNREFUSED') is network", async () => {
    const { origin, port } = new URL(await refusedUrl());
    const { threw, value } = await settle(send(origin));
    expect(threw).toBe(true);
    expect(value).toMatchObject({
      type: 'MailgunAPIError',
      status: 400,
      message: 'ECONNREFUSED',
      details: `connect ECONNREFUSED 127.0.0.1:${port}`,
    });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
