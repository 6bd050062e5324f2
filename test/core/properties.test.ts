import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError, normalizeError, type ApiError } from '../../src';
import { DEFAULT_TEXT } from '../../src/core/defaultText';
import { MAX_WAIT_MS } from '../../src/core/timing';

const NOW = Date.UTC(2026, 10, 22, 12);
const KINDS = Object.keys(DEFAULT_TEXT);
// Markup, as the written rules define it: a tag of an HTML element, a comment or a doctype. Angle brackets
// around anything else (`<class 'int'>`, a `<placeholder>`, `<C":"">` in JSON text) are text, and may stay.
const TAG =
  /<(?:\/?(?:a|b|i|p|br|hr|div|span|h[1-6]|html|head|body|title|script|style|img|iframe|svg|form|input)\b|!)[^>]*>/i;

/** Every invariant of the model; throws (failing the property) on the first one broken. */
function check(error: ApiError, input: unknown, now = NOW): void {
  expect(Object.isFrozen(error)).toBe(true);
  expect(KINDS).toContain(error.kind);
  for (const [text, max] of [
    [error.title, 120],
    [error.message, 300],
  ] as const) {
    expect(typeof text).toBe('string');
    expect(text.trim()).not.toBe('');
    expect(text.length).toBeLessThanOrEqual(max);
    expect(text).not.toMatch(TAG);
  }
  expect(Array.isArray(error.fieldErrors)).toBe(true);
  expect(Object.isFrozen(error.fieldErrors)).toBe(true);
  // The documented limit (a bulk import's thousand rows), whatever the body holds.
  expect(error.fieldErrors.length).toBeLessThanOrEqual(1000);
  for (const item of error.fieldErrors) {
    expect(Object.isFrozen(item)).toBe(true);
    expect(typeof item.message).toBe('string');
    expect(item.message.trim()).not.toBe('');
    expect(item.message).not.toMatch(TAG);
    if (item.field !== undefined) expect(typeof item.field === 'string' && item.field !== '').toBe(true);
    if (item.code !== undefined) expect(typeof item.code).toBe('string');
  }
  if ('retryAt' in error) {
    expect(Number.isFinite(error.retryAt)).toBe(true);
    expect(error.retryAt).toBeGreaterThanOrEqual(now);
    expect(error.retryAt).toBeLessThanOrEqual(now + MAX_WAIT_MS);
  }
  if (error.rateLimit) {
    expect(Object.isFrozen(error.rateLimit)).toBe(true);
    for (const value of Object.values(error.rateLimit)) expect(Number.isFinite(value)).toBe(true);
  }
  if ('status' in error)
    expect(Number.isInteger(error.status) && error.status! >= 100 && error.status! < 600).toBe(true);
  if ('code' in error) expect(typeof error.code === 'string' && error.code.length <= 200).toBe(true);
  if ('logId' in error)
    expect(typeof error.logId === 'string' && error.logId.trim() !== '' && error.logId.length <= 200).toBe(true);
  if ('details' in error) expect(typeof error.details === 'string' && error.details.length <= 8002).toBe(true);
  expect(typeof error.format).toBe('string');
  expect(typeof error.retryable).toBe('boolean');
  expect(error.cause).toBe(input);
  // Safe to log: serialising never walks into the original value.
  expect(() => JSON.stringify(error)).not.toThrow();
}

/** Normalizes, checks every invariant, and returns the result for further expectations. */
function run(input: unknown): ApiError {
  const error = normalizeError(input, { now: NOW });
  check(error, input);
  return error;
}

const anything = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  // Keys the readers look for, so arbitrary values land where they are read.
  key: fc.oneof(
    fc.string(),
    fc.constantFrom(
      'status',
      'statusCode',
      'headers',
      'body',
      'data',
      'response',
      'cause',
      'errors',
      'error',
      'message',
      'Message',
      'detail',
      'title',
      'code',
      'type',
      'name',
      'field',
      'path',
      'loc',
      'extensions',
      'retry_after',
      'logId',
      'requestId',
      'details',
      'meta',
      '__proto__',
      'constructor',
    ),
  ),
});

const HEADER_NAMES = [
  'Retry-After',
  'retry-after',
  'Date',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'X-RateLimit-Limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-reset-after',
  'X-Request-Id',
  'cf-ray',
  'Content-Type',
  'WWW-Authenticate',
  'Location',
  'Stripe-Should-Retry',
  'x-amzn-errortype',
];
const headerValue = fc.oneof(
  fc.string(),
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(
    '"a";r=0;t=30, "b";r=1;t=5',
    'limit=1, remaining=0, reset=9',
    'application/problem+json',
    'text/html',
    'Bearer error="invalid_token"',
    '/cb?error=access_denied',
    'true',
    'false',
    '1e400',
    '-1',
  ),
);
const headers = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.string()), fc.oneof(headerValue, anything)),
  fc.dictionary(fc.constantFrom(...HEADER_NAMES), headerValue).map((record) => new Headers(record)),
  anything,
);
const markup = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    'a',
    'b',
    'script',
    'html',
    '{',
    '}',
    '"',
    ':',
    ',',
    '[',
    ']',
    ' ',
    '\\',
    'message',
    'error',
  ),
});
const body = fc.oneof(
  anything,
  fc.jsonValue({ maxDepth: 4 }),
  fc.json({ maxDepth: 4 }),
  markup,
  fc.record(
    {
      message: fc.oneof(fc.string(), markup, anything),
      errors: anything,
      code: anything,
      detail: anything,
      title: anything,
    },
    { requiredKeys: [] },
  ),
  fc.record({
    error: fc.record({ code: anything, message: anything, status: anything, details: anything }, { requiredKeys: [] }),
  }),
  fc.record({
    errors: fc.array(fc.record({ message: anything, extensions: anything, path: anything }, { requiredKeys: [] })),
    data: anything,
  }),
  fc.record({ logId: fc.string(), type: fc.constant('error'), message: fc.string(), data: anything }),
);
const responseLike = fc.record(
  {
    status: fc.oneof(
      fc.integer({ min: -1, max: 1000 }),
      fc.constantFrom(200, 302, 400, 401, 403, 404, 409, 422, 429, 500, 501, 503),
      fc.string(),
      anything,
    ),
    headers,
    body,
  },
  { requiredKeys: [] },
);

// Hundreds of generated inputs each: correctness, not speed, so a loaded machine must not fail them by time.
describe('properties', { timeout: 60_000 }, () => {
  it('anything never throws and always satisfies the invariants', () => {
    fc.assert(
      fc.property(anything, (input) => void run(input)),
      { numRuns: 400 },
    );
  });
  it('response-like records with arbitrary status, headers and body', () => {
    fc.assert(
      fc.property(responseLike, (input) => void run(input)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 600) },
    );
  });
  it('client wrappers around arbitrary responses (axios, ky, ofetch, Error causes)', () => {
    const wrapped = fc
      .tuple(responseLike, fc.constantFrom('axios', 'ky', 'ofetch', 'cause'), fc.string())
      .map(([response, client, message]) => {
        const error = new Error(message);
        if (client === 'axios')
          return Object.assign(error, {
            name: 'AxiosError',
            isAxiosError: true,
            code: 'ERR_BAD_RESPONSE',
            response: { ...response, data: response.body },
          });
        if (client === 'ky') return Object.assign(error, { name: 'HTTPError', response, data: response.body });
        if (client === 'ofetch')
          return Object.assign(error, {
            name: 'FetchError',
            response,
            data: response.body,
            statusCode: response.status,
          });
        return new Error(message, { cause: response });
      });
    fc.assert(
      fc.property(wrapped, (input) => void run(input)),
      { numRuns: 200 },
    );
  });
  it('custom parsers returning arbitrary values', () => {
    fc.assert(
      fc.property(anything, body, (parsed, input) => {
        const error = normalizeError(
          { status: 400, headers: {}, body: input },
          { now: NOW, parsers: [{ name: 'custom', parse: () => parsed as never }] },
        );
        check(error, error.cause);
      }),
      { numRuns: 200 },
    );
  });
  it('arbitrary Retry-After and reset values give a finite retryAt within a day, or none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('retry-after', 'x-ratelimit-reset', 'ratelimit-reset', 'x-ratelimit-reset-after'),
        headerValue,
        fc.option(headerValue),
        (name, value, date) => {
          const input = {
            status: 429,
            headers: date === null ? { [name]: value } : { [name]: value, date },
            body: null,
          };
          run(input);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** A Proxy whose every trap throws. */
const hostile = () =>
  new Proxy(
    {},
    new Proxy(
      {},
      {
        get: () => () => {
          throw new Error('trap');
        },
      },
    ),
  );
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const deepObject = (depth: number) => {
  let value: Record<string, unknown> = { message: 'bottom' };
  for (let i = 0; i < depth; i++) value = { error: value, errors: value, detail: value, message: value };
  return value;
};
const deepArray = (depth: number) => {
  let value: unknown[] = ['bottom'];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const timed = (input: unknown) => {
  const start = performance.now();
  const error = run(input);
  expect(performance.now() - start).toBeLessThan(1000);
  return error;
};

describe('hostile input', () => {
  it('cyclic objects', () => {
    const body: Record<string, unknown> = { message: 'The body refers to itself.' };
    body.self = body;
    body.errors = [body, { field: 'name', message: 'Required', source: body }];
    body.error = body;
    expect(run({ status: 400, headers: {}, body })).toMatchObject({
      kind: 'validation',
      message: 'The body refers to itself.',
    });

    const input: Record<string, unknown> = { status: 503, headers: {} };
    input.response = input;
    input.cause = input;
    input.data = input;
    expect(run(input)).toMatchObject({ kind: 'unavailable', status: 503 });

    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(run(a)).toMatchObject({ kind: 'unknown', format: 'error' });
  });

  it('a map of fields that contains itself costs the map, not the message beside it', () => {
    const errors: Record<string, unknown> = { email: ['is not a valid address'] };
    errors.again = errors;
    expect(
      run({ status: 422, headers: {}, body: { message: 'The email address is not valid.', errors } }),
    ).toMatchObject({
      kind: 'validation',
      message: 'The email address is not valid.',
    });
  });

  it('getters that throw', () => {
    const boom = () => {
      throw new Error('getter');
    };
    expect(run(Object.defineProperty({}, 'status', { get: boom, enumerable: true })).kind).toBe('unknown');
    expect(
      run({
        status: 500,
        headers: Object.defineProperty({}, 'retry-after', { get: boom, enumerable: true }),
        body: { message: 'The body was kept' },
      }),
    ).toMatchObject({ kind: 'server', message: 'The body was kept' });
    expect(
      run({ status: 404, headers: {}, body: Object.defineProperty({}, 'message', { get: boom, enumerable: true }) }),
    ).toMatchObject({ kind: 'not-found', status: 404 });
    const error = Object.defineProperty(new Error('x'), 'stack', { get: boom });
    expect(run(error).kind).toBe('unknown');
    expect(run(Object.defineProperty(new Error('x'), 'cause', { get: boom })).kind).toBe('unknown');
    expect(run(Object.defineProperty(new Error('x'), 'name', { get: boom })).kind).toBe('unknown');
  });

  it('Proxies whose every trap throws, as input, headers, body, response and cause', () => {
    expect(run(hostile())).toMatchObject({ kind: 'unknown', format: 'unknown' });
    expect(run({ status: 500, headers: hostile(), body: { message: 'The body was kept' } })).toMatchObject({
      kind: 'server',
      message: 'The body was kept',
    });
    expect(run({ status: 502, headers: {}, body: hostile() })).toMatchObject({ kind: 'unavailable', status: 502 });
    expect(run({ status: 502, headers: hostile(), body: hostile() })).toMatchObject({
      kind: 'unavailable',
      status: 502,
    });
    expect(run(Object.assign(new Error('x'), { isAxiosError: true, response: hostile() })).kind).toBe('unknown');
    expect(run(new Error('x', { cause: hostile() })).kind).toBe('unknown');
    expect(run({ errors: [hostile()], data: null }).format).toBe('unknown');
  });

  it('revoked Proxies', () => {
    expect(run(revoked()).kind).toBe('unknown');
    expect(run({ status: 503, headers: revoked(), body: revoked() })).toMatchObject({
      kind: 'unavailable',
      status: 503,
    });
  });

  it('100,000-deep nested objects and arrays as body', () => {
    expect(timed({ status: 422, headers: {}, body: deepObject(100_000) })).toMatchObject({
      kind: 'validation',
      status: 422,
    });
    expect(timed({ status: 422, headers: {}, body: deepArray(100_000) })).toMatchObject({
      kind: 'validation',
      status: 422,
    });
    expect(timed({ status: 422, headers: {}, body: { errors: deepArray(100_000) } })).toMatchObject({
      kind: 'validation',
      status: 422,
    });
  });

  it('100,000-deep nesting as JSON text', () => {
    expect(timed({ status: 400, headers: {}, body: '['.repeat(100_000) + ']'.repeat(100_000) })).toMatchObject({
      kind: 'bad-request',
    });
    expect(
      timed({ status: 400, headers: {}, body: '{"errors":'.repeat(100_000) + '1' + '}'.repeat(100_000) }),
    ).toMatchObject({ kind: 'bad-request' });
    // Unbalanced: not JSON, and not shown as a sentence either.
    expect(timed({ status: 400, headers: {}, body: '{"a":['.repeat(100_000) }).message).toBe(
      'Check your answers and try again.',
    );
  });

  it('100,000-deep chains of wrappers', () => {
    let input: Record<string, unknown> = { status: 500, headers: {}, body: null };
    for (let i = 0; i < 100_000; i++) input = { response: input, cause: input };
    expect(timed(input).kind).toBe('unknown');
  });

  it('a 5 MB string body', () => {
    const error = timed({ status: 400, headers: {}, body: 'x '.repeat(2_500_000) });
    // Cut after the last whole word that fits.
    expect(error.message).toMatch(/^X( x)+…$/);
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.message.length).toBeGreaterThan(290);
    expect(error.details!.length).toBe(8002);
  });

  it('a 5 MB JSON string is salvaged, not parsed or shown', () => {
    const big = JSON.stringify({ message: 'The upload is too large', padding: 'x'.repeat(5_000_000) });
    expect(timed({ status: 413, headers: {}, body: big })).toMatchObject({
      kind: 'bad-request',
      message: 'The upload is too large',
    });
    const unterminated = '{"message":"' + 'x'.repeat(5_000_000);
    expect(timed({ status: 400, headers: {}, body: unterminated }).message).toBe('Check your answers and try again.');
  });

  it('hostile markup stays linear', () => {
    for (const body of [
      '<'.repeat(100_000),
      '<script'.repeat(20_000),
      '<html' + ' <a'.repeat(100_000),
      '<style>'.repeat(20_000),
    ])
      expect(timed({ status: 500, headers: {}, body }).format).toBe('html');
  });

  it('hostile comments stay linear', () => {
    for (const body of [
      '<!--'.repeat(50_000),
      '<html>' + '<!-- a -- '.repeat(20_000),
      '<html>' + '<!-->'.repeat(40_000),
      '<html>' + '-->'.repeat(60_000),
    ])
      expect(timed({ status: 500, headers: {}, body }).format).toBe('html');
    const sentenceWithMarkup = 'x <a'.repeat(50_000);
    expect(timed({ status: 400, headers: { 'content-type': 'text/html' }, body: sentenceWithMarkup }).format).toBe(
      'text',
    );
  });

  it('multi-megabyte header values', () => {
    const big = {
      ratelimit: ';'.repeat(5e6),
      'retry-after': '1'.repeat(5e6),
      date: 'Mon'.repeat(2e6),
      'x-request-id': ' '.repeat(5e6),
      'www-authenticate': 'error="'.repeat(1e6),
    };
    expect(timed({ status: 429, headers: big, body: null }).kind).toBe('rate-limited');
  });

  it('__proto__, constructor and prototype keys do not pollute', () => {
    const text =
      '{"__proto__":{"polluted":"yes","message":"proto"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},' +
      '"errors":{"__proto__":["Bad proto"],"constructor":["Bad constructor"],"prototype":["Bad prototype"]},"message":"Check these"}';
    const parsedError = run({ status: 422, headers: { __proto__: 'x', constructor: 'y' }, body: JSON.parse(text) });
    expect(parsedError).toMatchObject({ kind: 'validation', message: 'Check these' });
    expect(parsedError.fieldErrors.map((item) => item.field)).toEqual(['__proto__', 'constructor', 'prototype']);
    run({ status: 422, headers: {}, body: text });
    run({ status: 422, headers: {}, body: text.slice(0, -1) }); // broken JSON takes the salvage path
    run({
      status: 429,
      headers: { RateLimit: '"__proto__";r=0;t=1, "constructor";r=0;t=2', 'RateLimit-Policy': '"__proto__";q=1' },
      body: null,
    });
    run(JSON.parse('{"__proto__":{"status":500},"status":{"__proto__":1}}'));
    const plain: Record<string, unknown> = {};
    expect(plain.polluted).toBeUndefined();
    expect(plain.message).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  });

  it('BigInt and Symbol values everywhere', () => {
    const sym = Symbol('s');
    run(10n);
    run(sym);
    run({
      status: 500n,
      statusCode: sym,
      headers: { 'retry-after': 5n, 'x-request-id': sym, [sym]: 'x' },
      body: { message: 7n, code: sym, errors: [sym, 1n, { field: sym, message: 2n }], [sym]: sym },
    });
    expect(
      run({ status: 400, headers: { date: sym }, body: { message: 'The body was kept', code: 99n, logId: sym } }),
    ).toMatchObject({ message: 'The body was kept' });
    run(Object.assign(new Error('x'), { name: sym, message: sym, code: 1n, cause: sym }));
    run({ errors: [{ message: sym, extensions: { code: 1n } }], data: 1n });
    expect(run({ logId: 'l-1', type: 'error', message: 'With data', data: { id: 1n } })).toMatchObject({
      message: 'With data',
      logId: 'l-1',
    });
  });

  it('HttpError.fromResponse never rejects on a Response whose body cannot be read', async () => {
    const broken = {
      status: 500,
      statusText: '',
      url: '',
      headers: new Headers({ 'content-type': 'application/json' }),
      bodyUsed: false,
      get body(): never {
        throw new Error('x');
      },
    };
    const error = await HttpError.fromResponse(broken as unknown as Response);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.body).toBeNull();
    expect(run(error)).toMatchObject({ kind: 'server', status: 500 });
  });
});
