import Replicate, { type ApiError } from 'replicate';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { caseScenario as fromCase, serveBySegment } from './vendor';
import { expectSameModel, NOW, rawModel, refusedUrl, settle } from './harness';

// replicate (the official JS client) throws an `ApiError` for any answer that is not ok (the class is declared as a
// type only; at run time it is not exported): `name` 'ApiError', `request` (a fetch `Request` rebuilt from the call),
// `response` (the fetch `Response`, its body already read into the message, so `bodyUsed` is true) and `message` =
// 'Request to <url> failed with status <status> <reason phrase>: <body text>.'. No status or body member of its own:
// the status and headers are on `response`, the body only inside `message`. A POST is retried on 429 only (a GET on
// 429 and 5xx too). A failure without a response is fetch's own `TypeError: fetch failed` (`cause` = the socket
// error), passed through as is.

// The case shows the body only and the source no headers; none is added (the body is JSON, and the SDK reads the
// body's text whatever its type). The corpus has no other Replicate response.
const scenarios = [
  // 'replicate/invalid-version-422': https://github.com/replicate/getting-started-nextjs/issues/125
  fromCase('replicate/invalid-version-422'),
];

const server = serveBySegment(scenarios);

const call = (baseUrl: string) =>
  new Replicate({ auth: 'r8_test', baseUrl }).predictions.create({ version: 'not-a-version', input: { prompt: 'Hi' } });

describe('replicate: the ApiError it throws reads as the raw response', () => {
  it.each(scenarios.map((sent) => [sent.name, sent] as const))('%s', async (_, sent) => {
    const { threw, value } = await settle(call(server.urlOf(sent)));
    expect(threw, threw ? String(value) : 'resolved').toBe(true);
    expect(server.received(sent)).toMatchObject({ method: 'POST', path: '/predictions' });
    // What the SDK carries: the request, the response (status, headers; its body read), the body's text in `message`.
    const error = value as ApiError;
    expect(error.constructor.name).toBe('ApiError');
    expect(error.name).toBe('ApiError');
    expect(error.request).toBeInstanceOf(Request);
    expect(error.request.url).toBe(`${server.urlOf(sent)}/predictions`);
    expect(error.response).toBeInstanceOf(Response);
    expect(error.response.status).toBe(sent.status);
    expect(error.response.bodyUsed).toBe(true);
    expect(error.message).toBe(
      `Request to ${server.urlOf(sent)}/predictions failed with status 422 Unprocessable Entity: ${sent.body}.`,
    );
    expectSameModel(normalizeError(error, { now: NOW }), rawModel(sent, NOW));
  });
});

describe('replicate: failures without a response', () => {
  it("connection refused (fetch's TypeError) is network", async () => {
    const { origin } = new URL(await refusedUrl());
    const { threw, value } = await settle(call(origin));
    expect(threw).toBe(true);
    expect(value).toBeInstanceOf(TypeError);
    expect(value).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    expect(normalizeError(value, { now: NOW })).toMatchObject({ kind: 'network' });
  });
});
