import { Resend } from 'resend';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// resend (the official Node SDK) does not throw: every call resolves with `{ data, error, headers }`.
// - An answer that is not 2xx and parses as JSON: `error` = the parsed body as is (a plain object; Resend's own
//   bodies are `{ name, message, statusCode }`), `headers` = the response's headers as a plain object (lower-case
//   names), `data: null`. An answer that does not parse: `error = { name: 'application_error', statusCode:
//   <status>, message: 'Internal server error. …' }`.
// - A failure without a response: `error = { name: 'application_error', statusCode: null, message: 'Unable to
//   fetch data. The request could not be resolved.' }`, `headers: null`; the thrown fetch error is not kept.
// What an app hands over: `error` (Resend's own examples: `if (error) return console.error({ error })`), or the
// whole result (it alone has the headers).

// Resend answers every error with `application/json`; the case shows the body only, so that header is added.
const JSON_TYPE = { 'content-type': 'application/json' } as const;

const scenarios = [
  // 'resend/validation-error-scheduled-at': https://github.com/resend/resend-python/issues/150
  fromCase('resend/validation-error-scheduled-at', JSON_TYPE),
];

const server = serveBySegment(scenarios);

const send = (baseUrl: string) =>
  new Resend('re_test', { baseUrl }).emails.send({
    from: 'Acme <onboarding@resend.dev>',
    to: ['delivered@resend.dev'],
    subject: 'Hello',
    html: '<p>Hello</p>',
    scheduledAt: '2020-01-01T00:00:00Z',
  });

describe('resend: the `{ data, error, headers }` result reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s (the whole result)', async (_, sent) => {
    const { threw, value } = await settle(send(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(false);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/emails' });
    // What the SDK carries: the parsed body as `error`, and the headers beside it; no status member of its own.
    expect(value).toEqual({
      data: null,
      error: JSON.parse(sent.body),
      headers: expect.objectContaining({
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(sent.body)),
      }) as unknown,
    });
    expectSameModel(normalizeError(value, { now: NOW }), rawModel(sent, NOW));
  });

  // The body's own `statusCode` is the status here, so `error` alone loses nothing the model reads.
  it.each(scenarios.map((sent) => [sent.name, sent] as const))("%s (the result's `error` alone)", async (_, sent) => {
    const { value } = await settle(send(server.urlOf(sent)));
    const { error } = value as { error: unknown };
    expect(error).toEqual({
      name: 'validation_error',
      message: 'The `scheduled_at` field must be a future date',
      statusCode: 422,
    });
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('resend: failures without a response', () => {
  const refused = async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(send(origin));
    expect(threw).toBe(false);
    expect(value).toEqual({
      data: null,
      error: {
        name: 'application_error',
        statusCode: null,
        message: 'Unable to fetch data. The request could not be resolved.',
      },
      headers: null,
    });
    return value as { error: unknown };
  };
  it('connection refused (the whole result: `statusCode: null`, `headers: null`) is network', async () => {
    expect(normalizeError(await refused(), { now: NOW })).toMatchObject({ kind: 'network' });
  });
  it("connection refused (the result's `error` alone) is network", async () => {
    expect(normalizeError((await refused()).error, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
