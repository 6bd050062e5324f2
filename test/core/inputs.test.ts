import { describe, expect, it } from 'vitest';
import { HttpError, isApiError, normalizeError, parseOAuthRedirect, type ErrorParser } from '../../src';
import type { Loose } from '../../src/core/util';

const NOW = Date.UTC(2026, 10, 22, 12);
const DEFAULTS = {
  unknown: 'Try again. If the problem continues, contact support.',
  network: 'Check your internet connection and try again.',
  cancelled: 'The request was cancelled.',
  timeout: 'Try again.',
  server: 'Try again later.',
  notFound: 'It may have been moved or deleted.',
};

/** What axios throws: an `AxiosError` with a plain lowercase header object on `response`. */
function axiosError(
  code: string,
  message: string,
  response?: { status: number; headers: Record<string, string>; data: unknown },
) {
  const error = Object.assign(new Error(message), {
    name: 'AxiosError',
    isAxiosError: true,
    code,
    config: { url: '/api/users', method: 'post', headers: {} },
    request: {},
    toJSON: () => ({}),
  });
  if (response) Object.assign(error, { response: { ...response, statusText: '', config: {}, request: {} } });
  return error;
}

/** What ky v1 throws: `HTTPError` with the real `Response` and nothing read from it. */
function kyV1(response: Response) {
  return Object.assign(
    new Error(`Request failed with status code ${response.status}: POST https://api.example.com/users`),
    {
      name: 'HTTPError',
      response,
      request: new Request('https://api.example.com/users', { method: 'POST' }),
      options: {},
    },
  );
}

/** What ofetch throws: `FetchError`, with `response`, `data`, `status` and `statusCode` or with only a `cause`. */
function fetchError(message: string, extra: Record<string, unknown>) {
  return Object.assign(new Error(message), {
    name: 'FetchError',
    request: 'https://api.example.com/users',
    options: {},
    ...extra,
  });
}

describe('response-like { status, headers, body }', () => {
  it('reads parsed JSON with headers in any case', () => {
    const error = normalizeError(
      {
        status: 422,
        headers: { 'X-Request-ID': 'req-1', 'Content-Type': 'application/json' },
        body: { message: 'The email is taken.', errors: { email: ['Already registered'] } },
      },
      { now: NOW },
    );
    expect({ ...error }).toEqual({
      kind: 'validation',
      status: 422,
      title: 'There is a problem',
      message: 'The email is taken.',
      messageSource: 'server',
      fieldErrors: [{ field: 'email', message: 'Already registered' }],
      logId: 'req-1',
      format: 'laravel',
      retryable: false,
    });
  });
  it('reads a fetch Headers object', () => {
    const headers = new Headers({ 'Retry-After': '7', 'Request-Id': 'req_abc' });
    expect(normalizeError({ status: 503, headers, body: null }, { now: NOW })).toMatchObject({
      kind: 'unavailable',
      retryAt: NOW + 7000,
      logId: 'req_abc',
      format: 'empty',
      retryable: true,
    });
  });
  it('parses a JSON text body', () => {
    expect(normalizeError({ status: 404, headers: {}, body: '  {"detail":"No such invoice."}\n' })).toMatchObject({
      kind: 'not-found',
      message: 'No such invoice.',
      format: 'detail',
    });
  });
  it('keeps an HTML body out of the message, as text for developers', () => {
    const body =
      '<!DOCTYPE html><html><head><style>h1{color:red}</style><script>alert(1)</script></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';
    const error = normalizeError({ status: 502, headers: { 'content-type': 'text/html' }, body });
    expect(error).toMatchObject({ kind: 'unavailable', format: 'html', message: 'Try again later.' });
    expect(error.details).toBe('502 Bad Gateway nginx');
  });
  it('a plain sentence sent as text/html is text (Express res.send), not a page', () => {
    expect(
      normalizeError({
        status: 400,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: 'Email is required',
      }),
    ).toMatchObject({
      kind: 'bad-request',
      format: 'text',
      message: 'Email is required',
      details: 'Email is required',
    });
    expect(
      normalizeError({ status: 500, headers: { 'Content-Type': 'text/html' }, body: 'Database is down' }),
    ).toMatchObject({
      format: 'text',
      message: DEFAULTS.server,
      details: 'Database is down',
    });
    // Markup that only stresses or links words inside it leaves it a sentence, its tags dropped (Project Tycho's
    // "Invalid API key. Please see the <a href=…>API Help</a> …"); a block anywhere in it (not only at the start) makes
    // a page.
    expect(
      normalizeError({
        status: 400,
        headers: { 'content-type': 'text/html' },
        body: 'Your <b>email</b> is required.',
      }),
    ).toMatchObject({ format: 'text', message: 'Your email is required.' });
    expect(
      normalizeError({
        status: 400,
        headers: { 'content-type': 'text/html' },
        body: 'Error: <p>email is required</p>',
      }),
    ).toMatchObject({
      format: 'html',
      message: 'Check your answers and try again.',
      details: 'Error: email is required',
    });
  });
  it('HTML comments, conditional ones included, are not part of the page text', () => {
    const body =
      '<!DOCTYPE html>\n<!--[if lt IE 7]> <html class="ie6"> <![endif]-->\n<!--[if gt IE 8]><!--> <html class="no-js"> <!--<![endif]-->' +
      '<head><title>Oops</title></head><body><!-- build 1234 --><p>Try later</p><!-- unclosed <p>hidden</p></body></html>';
    const error = normalizeError({ status: 503, headers: { 'content-type': 'text/html' }, body });
    expect(error).toMatchObject({ format: 'html', details: 'Oops Try later' });
    expect(error.details).not.toContain('<!--');
  });
  it('shows a plain-text 4xx body, but not a plain-text 5xx one', () => {
    expect(normalizeError({ status: 400, headers: {}, body: 'quantity must be positive' })).toMatchObject({
      kind: 'bad-request',
      message: 'Quantity must be positive',
      details: 'quantity must be positive',
      format: 'text',
    });
    expect(normalizeError({ status: 500, headers: {}, body: 'NullPointerException at line 3' })).toMatchObject({
      message: DEFAULTS.server,
      details: 'NullPointerException at line 3',
    });
  });
  it('a null or empty body is the kind default', () => {
    for (const body of [null, '', '   '])
      expect(normalizeError({ status: 404, headers: {}, body })).toMatchObject({
        kind: 'not-found',
        message: DEFAULTS.notFound,
        format: 'empty',
      });
  });
  it('an S3 XML body names its code, message and request id', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>';
    expect(normalizeError({ status: 404, headers: {}, body })).toMatchObject({
      kind: 'not-found',
      code: 'NoSuchKey',
      message: 'The specified key does not exist.',
      logId: '4442587FB7D0A2F9',
      format: 'xml',
    });
  });
  it('a 302 whose Location carries an OAuth error is that error', () => {
    const error = normalizeError({
      status: 302,
      headers: {
        Location: 'https://app.example.com/cb?error=access_denied&error_description=The+user+said+no&state=1',
      },
      body: null,
    });
    expect({ ...error }).toEqual({
      kind: 'forbidden',
      status: 302,
      code: 'access_denied',
      title: 'You do not have access',
      message: 'The user said no',
      messageSource: 'server',
      fieldErrors: [],
      format: 'oauth',
      retryable: false,
    });
  });
  it('a 302 without an error in Location is not read as OAuth', () => {
    expect(
      normalizeError({ status: 302, headers: new Headers({ location: '/login?next=%2F' }), body: null }),
    ).toMatchObject({ format: 'empty', kind: 'unknown' });
  });
});

describe('axios', () => {
  it('reads status, lowercase headers and data from response', () => {
    const error = axiosError('ERR_BAD_REQUEST', 'Request failed with status code 429', {
      status: 429,
      headers: { 'retry-after': '12', 'x-amzn-requestid': 'amz-1', 'content-type': 'application/json' },
      data: { message: 'Slow down.' },
    });
    expect(normalizeError(error, { now: NOW })).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: 'Slow down.',
      retryAt: NOW + 12_000,
      logId: 'amz-1',
      retryable: true,
    });
  });
  it('reads an HTML string from a proxy in data', () => {
    const error = axiosError('ERR_BAD_RESPONSE', 'Request failed with status code 504', {
      status: 504,
      headers: { 'content-type': 'text/html' },
      data: '<html><body><h1>504 Gateway Time-out</h1></body></html>',
    });
    expect(normalizeError(error)).toMatchObject({
      kind: 'unavailable',
      status: 504,
      format: 'html',
      details: '504 Gateway Time-out',
    });
  });
  it('decodes an ArrayBuffer body (responseType: arraybuffer)', () => {
    const data = new TextEncoder().encode('{"message":"File too large."}').buffer;
    const error = axiosError('ERR_BAD_REQUEST', 'Request failed with status code 413', {
      status: 413,
      headers: {},
      data,
    });
    expect(normalizeError(error)).toMatchObject({ kind: 'bad-request', status: 413, message: 'File too large.' });
  });
  it.each([
    ['ERR_NETWORK', 'Network Error', 'network', 'network', true],
    ['ECONNABORTED', 'timeout of 5000ms exceeded', 'timeout', 'timeout', true],
    ['ETIMEDOUT', 'timeout of 5000ms exceeded', 'timeout', 'timeout', true],
  ])('%s without a response is %s', (code, message, kind, format, retryable) => {
    const error = normalizeError(axiosError(code, message));
    expect(error).toMatchObject({ kind, format, retryable, fieldErrors: [] });
    expect(error.status).toBeUndefined();
    expect(error.details).toMatch(new RegExp(`^AxiosError: ${message}`));
  });
  it('ERR_CANCELED (CanceledError) is cancelled and not retryable', () => {
    const canceled = Object.assign(axiosError('ERR_CANCELED', 'canceled'), { name: 'CanceledError' });
    expect(normalizeError(canceled)).toMatchObject({
      kind: 'cancelled',
      format: 'abort',
      message: DEFAULTS.cancelled,
      retryable: false,
    });
  });
});

describe('ky', () => {
  it('v1: status and headers from the unread Response', () => {
    const response = new Response('{"message":"Never read"}', {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 60) },
    });
    const error = normalizeError(kyV1(response), { now: NOW });
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 403,
      retryAt: NOW + 60_000,
      rateLimit: { remaining: 0, resetAt: NOW + 60_000 },
    });
    expect(error.message).toBe('You have made too many requests in a short time.');
    expect(response.bodyUsed).toBe(false);
  });
  it('v2: the already parsed `.data`', () => {
    const response = new Response(null, { status: 409 });
    const error = Object.assign(kyV1(response), {
      data: { error: { code: 'conflict', message: 'Version 3 was already saved.' } },
    });
    expect(normalizeError(error)).toMatchObject({
      kind: 'conflict',
      status: 409,
      code: 'conflict',
      message: 'Version 3 was already saved.',
    });
  });
  it('TimeoutError is a timeout', () => {
    const error = Object.assign(new Error('Request timed out: GET https://api.example.com'), {
      name: 'TimeoutError',
      request: new Request('https://api.example.com'),
    });
    expect(normalizeError(error)).toMatchObject({ kind: 'timeout', format: 'timeout', retryable: true });
  });
});

describe('ofetch', () => {
  it('FetchError with response and data', () => {
    const response = new Response(null, { status: 422, headers: { 'x-correlation-id': 'corr-9' } });
    const error = fetchError('[POST] "https://api.example.com/users": 422 Unprocessable Entity', {
      response,
      data: { statusCode: 422, message: ['email must be an email'], error: 'Unprocessable Entity' },
      status: 422,
      statusCode: 422,
      statusText: 'Unprocessable Entity',
      statusMessage: 'Unprocessable Entity',
    });
    expect(normalizeError(error)).toMatchObject({
      kind: 'validation',
      status: 422,
      logId: 'corr-9',
      format: 'nestjs',
      fieldErrors: [{ message: 'Email must be an email' }],
    });
  });
  it('FetchError without response: the cause decides', () => {
    const network = fetchError('[GET] "https://api.example.com": <no response> Failed to fetch', {
      cause: new TypeError('Failed to fetch'),
    });
    const aborted = fetchError('[GET] "https://api.example.com": <no response> This operation was aborted', {
      cause: new DOMException('This operation was aborted', 'AbortError'),
    });
    const timedOut = fetchError(
      '[GET] "https://api.example.com": <no response> The operation was aborted due to timeout',
      { cause: new DOMException('The operation was aborted due to timeout', 'TimeoutError') },
    );
    expect(normalizeError(network)).toMatchObject({ kind: 'network', format: 'network', message: DEFAULTS.network });
    expect(normalizeError(aborted)).toMatchObject({ kind: 'cancelled', format: 'abort' });
    expect(normalizeError(timedOut)).toMatchObject({ kind: 'timeout', format: 'timeout' });
  });
});

describe('fetch', () => {
  it("fetch's failure rebuilt as a bare Error is read by its whole words, never by a sentence that starts alike", async () => {
    // What a wrapper that keeps only the message (Feathers' `convert`) makes of fetch's own failures in Node.
    const refused = await fetch('http://127.0.0.1:1/').catch((error: Error) => new Error(error.message));
    const aborted = await fetch('http://127.0.0.1:1/', { signal: AbortSignal.abort() }).catch(
      (error: Error) => new Error(error.message),
    );
    expect(normalizeError(refused)).toMatchObject({ kind: 'network', format: 'network' });
    expect(normalizeError(aborted)).toMatchObject({ kind: 'cancelled', format: 'abort' });
    expect(normalizeError(new Error('Failed to fetch the user profile')).kind).toBe('unknown');
  });

  it('a Response: status and headers, synchronously, without reading the body', () => {
    const response = new Response('{"message":"Later"}', {
      status: 429,
      headers: { 'Retry-After': '30', 'X-Request-Id': 'abc' },
    });
    const error = normalizeError(response, { now: NOW });
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAt: NOW + 30_000,
      logId: 'abc',
      message: 'You have made too many requests in a short time.',
    });
    expect(error.cause).toBe(response);
    expect(response.bodyUsed).toBe(false);
  });
  it('DOMException AbortError and TimeoutError', () => {
    expect(normalizeError(new DOMException('x', 'AbortError'))).toMatchObject({
      kind: 'cancelled',
      format: 'abort',
      retryable: false,
      title: 'Request cancelled',
    });
    expect(normalizeError(new DOMException('x', 'TimeoutError'))).toMatchObject({
      kind: 'timeout',
      format: 'timeout',
      retryable: true,
      title: 'The request took too long',
    });
  });
  it.each([
    'Failed to fetch', // Chrome
    'NetworkError when attempting to fetch resource.', // Firefox
    'Load failed', // Safari
    'fetch failed', // undici (Node)
    'Network request failed', // React Native
  ])('TypeError %j is a network failure', (message) => {
    const error = normalizeError(new TypeError(message));
    expect(error).toMatchObject({ kind: 'network', format: 'network', retryable: true, message: DEFAULTS.network });
    expect(error.details).toMatch(new RegExp(`^TypeError: ${message.replace('.', '\\.')}`));
  });
  it('undici: the cause code tells a timeout from a refused connection', () => {
    expect(
      normalizeError(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' }),
        }),
      ).kind,
    ).toBe('timeout');
    expect(
      normalizeError(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3000'), { code: 'ECONNREFUSED' }),
        }),
      ).kind,
    ).toBe('network');
  });
  it.each([
    "Cannot read properties of undefined (reading 'json')",
    'response.json is not a function',
    "Failed to execute 'fetch' on 'Window': Invalid name",
  ])('a programming TypeError %j is not a network failure', (message) => {
    const error = normalizeError(new TypeError(message));
    expect(error).toMatchObject({ kind: 'unknown', format: 'error', retryable: false, message: DEFAULTS.unknown });
    expect(error.message).not.toContain(message);
  });
});

describe('GraphQL results', () => {
  it('classifies by extensions.code', () => {
    expect(
      normalizeError({
        data: null,
        errors: [{ message: 'You must be signed in.', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ).toMatchObject({
      kind: 'unauthenticated',
      code: 'UNAUTHENTICATED',
      message: 'You must be signed in.',
      format: 'graphql',
    });
  });
  it('a GraphQL 200 inside an axios response', () => {
    const error = axiosError('ERR_BAD_RESPONSE', 'x', {
      status: 200,
      headers: {},
      data: {
        data: { createUser: null },
        errors: [
          {
            message: 'Email is invalid',
            path: ['createUser'],
            extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
          },
        ],
      },
    });
    expect(normalizeError(error)).toMatchObject({
      kind: 'validation',
      format: 'graphql',
      fieldErrors: [{ field: 'input.email', message: 'Email is invalid', code: 'BAD_USER_INPUT' }],
    });
  });
});

describe('other values', () => {
  it('an ApiError is returned as the same object, a cloned one too', () => {
    const error = normalizeError({ status: 404, headers: {}, body: null });
    expect(normalizeError(error)).toBe(error);
    const clone = structuredClone({ ...error });
    expect(normalizeError(clone)).toBe(clone);
  });
  it('an Error: its message is never shown, its stack goes to details', () => {
    const thrown = new Error('SELECT * FROM users failed: password=hunter2');
    const error = normalizeError(thrown);
    expect({ ...error, details: undefined }).toEqual({
      kind: 'unknown',
      title: 'Something went wrong',
      message: DEFAULTS.unknown,
      messageSource: 'default',
      fieldErrors: [],
      details: undefined,
      format: 'error',
      retryable: false,
    });
    expect(error.details).toBe(thrown.stack);
    expect(error.cause).toBe(thrown);
    expect(JSON.stringify(error)).not.toContain('"cause"');
  });
  it('an Error without a stack keeps name and message for developers', () => {
    const thrown = new RangeError('bad index');
    thrown.stack = undefined;
    expect(normalizeError(thrown).details).toBe('RangeError: bad index');
  });
  it('an SDK Error carrying only a status classifies by it; its message is read as the server said it', () => {
    // http-errors' `createError(404)`: the message is the reason phrase, which is no message.
    expect(normalizeError(Object.assign(new Error('Not Found'), { status: 404 }))).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: DEFAULTS.notFound,
      messageSource: 'default',
    });
  });
  it('an Error whose cause is a response', () => {
    const error = new Error('load failed', {
      cause: {
        status: 401,
        headers: {},
        body: { error: 'invalid_token', error_description: 'The access token expired' },
      },
    });
    expect(normalizeError(error)).toMatchObject({
      kind: 'unauthenticated',
      status: 401,
      code: 'invalid_token',
      message: 'The access token expired',
    });
  });
  it('a string: plain text goes to details, JSON text is parsed', () => {
    expect(normalizeError('Something broke')).toMatchObject({
      kind: 'unknown',
      message: DEFAULTS.unknown,
      details: 'Something broke',
      format: 'text',
    });
    expect(normalizeError('{"error":{"code":"NotFound","message":"No such vault."}}')).toMatchObject({
      kind: 'not-found',
      code: 'NotFound',
      message: 'No such vault.',
      format: 'odata',
    });
    expect(normalizeError('<html><body>Oops</body></html>')).toMatchObject({
      format: 'html',
      details: 'Oops',
      message: DEFAULTS.unknown,
    });
    expect(normalizeError('')).toMatchObject({ format: 'empty', message: DEFAULTS.unknown });
  });
  it.each([
    ['a number', 42],
    ['NaN', NaN],
    ['undefined', undefined],
    ['null', null],
    ['true', true],
    ['a symbol', Symbol('boom')],
    ['a bigint', 10n],
    ['a function', () => 1],
  ])('%s is unknown', (_, input) => {
    const error = normalizeError(input);
    expect({ ...error }).toEqual({
      kind: 'unknown',
      title: 'Something went wrong',
      message: DEFAULTS.unknown,
      messageSource: 'default',
      fieldErrors: [],
      format: 'unknown',
      retryable: false,
    });
    expect(error.cause).toBe(input);
    expect(Object.isFrozen(error)).toBe(true);
  });
  it('an empty object or array is read by the generic reader, which finds nothing', () => {
    for (const input of [{}, []])
      expect({ ...normalizeError(input) }).toEqual({
        kind: 'unknown',
        title: 'Something went wrong',
        message: DEFAULTS.unknown,
        messageSource: 'default',
        fieldErrors: [],
        format: 'generic',
        retryable: false,
      });
  });
  it('RTK Query results without a response', () => {
    expect(normalizeError({ status: 'FETCH_ERROR', error: 'TypeError: Failed to fetch' }).kind).toBe('network');
    expect(normalizeError({ status: 'TIMEOUT_ERROR', error: 'AbortError' }).kind).toBe('timeout');
    expect(normalizeError({ status: 404, data: { message: 'No such order.' } })).toMatchObject({
      kind: 'not-found',
      message: 'No such order.',
    });
  });
  it('a null or non-object options argument is tolerated', () => {
    // @ts-expect-error: plain JavaScript callers
    expect(normalizeError({ status: 500, headers: {}, body: null }, null).kind).toBe('server');
    // @ts-expect-error: plain JavaScript callers
    expect(normalizeError({ status: 500, headers: {}, body: null }, { parsers: { length: 1 }, now: 'soon' }).kind).toBe(
      'server',
    );
  });
});

describe('options.parsers', () => {
  const body = { message: 'Generic reader would take this', acme: { text: 'Your card was declined.', ref: 'ACME-7' } };
  const acme: ErrorParser = {
    name: 'acme',
    parse: (value: Loose, context) =>
      value?.acme
        ? {
            message: value.acme.text,
            logId: value.acme.ref,
            code: context.header('X-Acme-Code'),
            status: context.status === 418 ? 402 : undefined,
          }
        : undefined,
  };
  it('are tried before the built-in ones, with the status and headers as context', () => {
    const error = normalizeError(
      { status: 418, headers: { 'x-acme-code': 'card_declined' }, body },
      { parsers: [acme] },
    );
    expect(error).toMatchObject({
      format: 'acme',
      status: 418,
      message: 'Your card was declined.',
      logId: 'ACME-7',
      code: 'card_declined',
    });
  });
  it('fall through to the built-in ones when they do not match or throw', () => {
    const throws: ErrorParser = {
      name: 'throws',
      parse: () => {
        throw new Error('bug in parser');
      },
    };
    const error = normalizeError(
      { status: 400, headers: {}, body: { message: 'Name is required' } },
      { parsers: [throws, acme] },
    );
    expect(error).toMatchObject({ format: 'generic', message: 'Name is required' });
  });
  it('a parser returning HTML or junk is sanitised', () => {
    const junk: ErrorParser = {
      name: 'junk',
      parse: () => ({
        kind: 'toString' as never,
        title: '<h1>Error</h1>',
        message: '<script>alert(1)</script>',
        code: { nested: true } as never,
        logId: 12 as never,
        retryAfterMs: 'soon' as never,
        fieldErrors: [
          null,
          { message: '<b>bold</b>' },
          { field: ['items', 0, 'qty'], message: '  must be   positive ', code: 'min' },
          { field: 'x', message: 42 },
          'string',
        ] as never,
      }),
    };
    const error = normalizeError({ status: 400, headers: {}, body: {} }, { parsers: [junk], now: NOW });
    expect({ ...error }).toEqual({
      kind: 'validation',
      status: 400,
      title: 'There is a problem',
      message: 'Check your answers and try again.',
      messageSource: 'default',
      fieldErrors: [
        { field: 'items.0.qty', message: 'Must be positive', code: 'min' },
        { field: 'x', message: '42' },
      ],
      logId: '12',
      format: 'junk',
      retryable: false,
    });
    expect(Object.isFrozen(error.fieldErrors[0])).toBe(true);
  });
  it('a parser returning a non-array fieldErrors or a getter that throws does not break the result', () => {
    const odd: ErrorParser = { name: 'odd', parse: () => ({ message: 'Fine', fieldErrors: 'nope' as never }) };
    expect(normalizeError({ status: 400, headers: {}, body: {} }, { parsers: [odd] })).toMatchObject({
      format: 'odd',
      message: 'Fine',
      fieldErrors: [],
    });
    const hostile: ErrorParser = {
      name: 'hostile',
      parse: () => ({
        get message(): string {
          throw new Error('x');
        },
      }),
    };
    expect(
      normalizeError({ status: 400, headers: {}, body: { message: 'From generic' } }, { parsers: [hostile] }),
    ).toMatchObject({ format: 'generic', message: 'From generic' });
  });
});

describe('HttpError', () => {
  it('the constructor normalises headers to Headers', () => {
    const error = new HttpError(404, { 'X-Request-Id': 'r-1' }, { message: 'Gone for good.' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('HttpError');
    expect(error.message).toBe('HTTP 404');
    expect(error.headers.get('x-request-id')).toBe('r-1');
    expect(normalizeError(error)).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: 'Gone for good.',
      logId: 'r-1',
    });
  });

  const respond = (body: BodyInit | null, status: number, type?: string, statusText?: string) =>
    new Response(body, { status, statusText, headers: type ? { 'content-type': type } : {} });

  it('fromResponse: JSON', async () => {
    const error = await HttpError.fromResponse(
      respond(
        '{"message":"Email taken","errors":{"email":["taken"]}}',
        422,
        'application/json; charset=utf-8',
        'Unprocessable Entity',
      ),
    );
    expect(error.body).toEqual({ message: 'Email taken', errors: { email: ['taken'] } });
    expect(error.message).toBe('HTTP 422 Unprocessable Entity: request failed');
    expect(normalizeError(error)).toMatchObject({
      kind: 'validation',
      message: 'Email taken',
      fieldErrors: [{ field: 'email', message: 'Taken' }],
    });
  });
  it('fromResponse: problem+json', async () => {
    const error = await HttpError.fromResponse(
      respond(
        '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","detail":"Your balance is 30, but that costs 50.","status":403}',
        403,
        'application/problem+json',
      ),
    );
    expect(error.body).toMatchObject({ status: 403 });
    expect(normalizeError(error)).toMatchObject({
      kind: 'forbidden',
      format: 'problem+json',
      title: 'You do not have enough credit.',
      message: 'Your balance is 30, but that costs 50.',
    });
  });
  it('fromResponse: HTML stays text', async () => {
    const html = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';
    const error = await HttpError.fromResponse(respond(html, 503, 'text/html'));
    expect(error.body).toBe(html);
    expect(normalizeError(error)).toMatchObject({
      kind: 'unavailable',
      format: 'html',
      details: '503 Service Temporarily Unavailable',
    });
  });
  it('fromResponse: invalid JSON stays text and is salvaged by the normalizer', async () => {
    const error = await HttpError.fromResponse(
      respond('{"message": "Quota exceeded", "requestId": "r-9",', 429, 'application/json'),
    );
    expect(error.body).toBe('{"message": "Quota exceeded", "requestId": "r-9",');
    expect(normalizeError(error)).toMatchObject({
      kind: 'rate-limited',
      message: 'Quota exceeded',
      logId: 'r-9',
      details: '{"message": "Quota exceeded", "requestId": "r-9",',
    });
  });
  it('fromResponse: JSON sniffed without a content type', async () => {
    expect((await HttpError.fromResponse(respond('{"a":1}', 400))).body).toEqual({ a: 1 });
  });
  it('fromResponse: an empty body is null', async () => {
    expect((await HttpError.fromResponse(respond('', 500, 'application/json'))).body).toBeNull();
    expect((await HttpError.fromResponse(respond(null, 500))).body).toBeNull();
  });
  it('fromResponse: an oversized body is capped at 1 MiB', async () => {
    const huge = JSON.stringify({ message: 'Too big to parse', pad: 'x'.repeat(3 << 20) });
    const error = await HttpError.fromResponse(respond(huge, 400, 'application/json'));
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBe(1 << 20);
    expect(normalizeError(error)).toMatchObject({ kind: 'bad-request', message: 'Too big to parse' });
  });
  it('fromResponse: an endless stream stops at the cap', async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulls++;
        controller.enqueue(new Uint8Array(65_536).fill(97));
      },
    });
    const error = await HttpError.fromResponse(new Response(stream, { status: 500 }));
    expect((error.body as string).length).toBe(1 << 20);
    expect(pulls).toBeLessThan(20);
  });
  it('fromResponse: a body already used is null, status and headers kept', async () => {
    const response = respond('{"message":"x"}', 409, 'application/json');
    await response.text();
    const error = await HttpError.fromResponse(response);
    expect(error.body).toBeNull();
    expect(normalizeError(error)).toMatchObject({ kind: 'conflict', status: 409, format: 'empty' });
  });
  it('fromResponse: a stream that errors is null, never a rejection', async () => {
    const stream = new ReadableStream({ pull: (controller) => controller.error(new TypeError('terminated')) });
    expect((await HttpError.fromResponse(new Response(stream, { status: 502 }))).body).toBeNull();
  });
});

describe('parseOAuthRedirect', () => {
  it('reads the query (code flow)', () => {
    const error = parseOAuthRedirect(
      'https://app.example.com/cb?error=access_denied&error_description=The+user+denied+access&state=s1',
    );
    expect({ ...error }).toEqual({
      kind: 'forbidden',
      code: 'access_denied',
      title: 'You do not have access',
      message: 'The user denied access',
      messageSource: 'server',
      fieldErrors: [],
      format: 'oauth',
      retryable: false,
    });
  });
  it('reads the fragment (implicit flow) and URL objects', () => {
    expect(parseOAuthRedirect(new URL('https://app.example.com/cb#error=login_required&state=s2'))).toMatchObject({
      kind: 'unauthenticated',
      code: 'login_required',
    });
  });
  it('the query wins over the fragment', () => {
    expect(parseOAuthRedirect('https://app.example.com/cb?error=invalid_scope#error=access_denied')?.code).toBe(
      'invalid_scope',
    );
  });
  it('reads a relative URL', () => {
    expect(parseOAuthRedirect('/callback?error=temporarily_unavailable')).toMatchObject({
      kind: 'unavailable',
      retryable: true,
    });
  });
  it('an HTML description is not shown', () => {
    expect(
      parseOAuthRedirect('https://a.example/cb?error=access_denied&error_description=%3Cscript%3Ealert(1)%3C/script%3E')
        ?.message,
    ).toBe('Your account does not have permission to do this.');
  });
  it.each([
    ['no error', 'https://app.example.com/cb?code=abc&state=xyz'],
    ['an empty error', 'https://app.example.com/cb?error=&state=xyz'],
    ['a malformed URL', 'http://['],
    ['an empty string', ''],
  ])('%s is null', (_, url) => {
    expect(parseOAuthRedirect(url)).toBeNull();
  });
  it('a non-string argument is null, not a throw', () => {
    expect(parseOAuthRedirect(null as unknown as string)).toBeNull();
    expect(
      parseOAuthRedirect({
        toString: () => {
          throw new Error('x');
        },
      } as unknown as string),
    ).toBeNull();
  });
  it('the result is an ApiError', () => {
    expect(isApiError(parseOAuthRedirect('https://a.example/cb?error=server_error'))).toBe(true);
  });
});
