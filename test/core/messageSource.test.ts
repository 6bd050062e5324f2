import { describe, expect, it } from 'vitest';
import { defaultText, HttpError, normalizeError, readApiError, toActionError, type ApiErrorKind } from '../../src';

const response = (status: number, body: unknown = null, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body,
});

describe('messageSource', () => {
  it('is "server" when the response said the message, even in the very words of the default', () => {
    const [, sameWords] = defaultText['not-found'];
    expect(normalizeError(response(404, { message: sameWords }))).toMatchObject({
      message: sameWords,
      messageSource: 'server',
    });
    expect(normalizeError(response(404, { message: 'No such invoice.' }))).toMatchObject({
      message: 'No such invoice.',
      messageSource: 'server',
    });
  });

  it('is "server" for a plain-text 4xx body, and "default" for a WWW-Authenticate challenge’s description', () => {
    // RFC 6750 §3 writes the challenge's description for the client's developer, not for the person.
    const challenge = {
      'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The access token expired"',
    };
    expect(normalizeError(response(401, null, challenge))).toMatchObject({
      code: 'invalid_token',
      messageSource: 'default',
    });
    expect(normalizeError(response(400, 'Email is required.', { 'Content-Type': 'text/plain' }))).toMatchObject({
      message: 'Email is required.',
      messageSource: 'server',
    });
  });

  it('is "default" when nothing said one: an empty body, developer text, a thrown Error, no response at all', () => {
    expect(normalizeError(response(404))).toMatchObject({
      message: defaultText['not-found'][1],
      messageSource: 'default',
    });
    // A 5xx's plain text is for developers: the person gets the default.
    expect(
      normalizeError(response(500, 'NullPointerException at Foo.java:12', { 'Content-Type': 'text/plain' })),
    ).toMatchObject({ message: defaultText.server[1], messageSource: 'default' });
    expect(normalizeError(new Error('SELECT * FROM users'))).toMatchObject({ messageSource: 'default' });
    expect(normalizeError(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'network',
      messageSource: 'default',
    });
    expect(normalizeError(undefined)).toMatchObject({ kind: 'unknown', messageSource: 'default' });
  });

  it('travels with the model: structuredClone, JSON, toActionError and readApiError keep it', async () => {
    const server = normalizeError(response(404, { message: defaultText['not-found'][1] }));
    const fallback = normalizeError(response(404));
    for (const copy of [
      structuredClone(server),
      JSON.parse(JSON.stringify(server)),
      toActionError(response(404, { message: defaultText['not-found'][1] })).error,
    ])
      expect(copy.messageSource).toBe('server');
    for (const copy of [
      structuredClone(fallback),
      JSON.parse(JSON.stringify(fallback)),
      toActionError(response(404)).error,
    ])
      expect(copy.messageSource).toBe('default');
    const read = await readApiError(
      new Response(JSON.stringify({ message: 'No such invoice.' }), {
        status: 404,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    expect(read.messageSource).toBe('server');
    const unread = await readApiError(new Response(null, { status: 404 }));
    expect(unread.messageSource).toBe('default');
    expect(normalizeError(await HttpError.fromResponse(new Response('', { status: 503 }))).messageSource).toBe(
      'default',
    );
  });
});

describe('one English table', () => {
  it('is what the model says when the body has nothing better', () => {
    const statuses: Partial<Record<ApiErrorKind, number>> = {
      'bad-request': 400,
      unauthenticated: 401,
      forbidden: 403,
      'not-found': 404,
      conflict: 409,
      'rate-limited': 429,
      server: 500,
      unavailable: 503,
      timeout: 408,
    };
    for (const [kind, status] of Object.entries(statuses)) {
      const [title, message] = defaultText[kind as ApiErrorKind];
      expect(normalizeError(response(status)), kind).toMatchObject({ kind, title, message, messageSource: 'default' });
    }
  });

  it('names its variants beside the kind they vary', () => {
    expect(defaultText['not-found'][2].page).toEqual(['Page not found', expect.stringMatching(/web address/)]);
    expect(defaultText.network[2].unreachable).toEqual([
      'Could not reach the service',
      expect.stringMatching(/service did not answer/),
    ]);
  });
});
