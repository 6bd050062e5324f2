import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from '../../src';
import { durationMs, MAX_WAIT_MS, parseDate, waitInText } from '../../src/core/timing';

// Sun, 22 Nov 2026 12:00:00 GMT; epoch seconds 1795348800.
const NOW = Date.UTC(2026, 10, 22, 12);
const S = NOW / 1000;
const at = (headers: Record<string, string | number> | Headers, status = 429, body: unknown = null) =>
  normalizeError({ status, headers, body }, { now: NOW });
/** retryAt as a delay from NOW, for readable expectations. */
const wait = (headers: Record<string, string | number> | Headers, status = 429, body: unknown = null) => {
  const { retryAt } = at(headers, status, body);
  return retryAt === undefined ? undefined : retryAt - NOW;
};

describe('Retry-After', () => {
  it('delay-seconds', () => {
    expect(wait({ 'Retry-After': '120' })).toBe(120_000);
    expect(wait({ 'retry-after': '0' })).toBe(0);
    expect(wait({ 'RETRY-AFTER': 30 })).toBe(30_000);
    expect(wait({ 'Retry-After': '  45 ' })).toBe(45_000);
  });
  it('fractional seconds, which servers send although the spec forbids them', () => {
    expect(wait({ 'Retry-After': '1.5' })).toBe(1500);
    expect(wait({ 'Retry-After': '0.25' })).toBe(250);
  });
  it('IMF-fixdate', () => {
    expect(wait({ 'Retry-After': 'Sun, 22 Nov 2026 12:01:00 GMT' })).toBe(60_000);
  });
  it('RFC 850 with a two-digit year', () => {
    expect(wait({ 'Retry-After': 'Sunday, 22-Nov-26 12:02:30 GMT' })).toBe(150_000);
  });
  it('asctime', () => {
    expect(wait({ 'Retry-After': 'Sun Nov 22 12:00:10 2026' })).toBe(10_000);
    expect(wait({ 'Retry-After': 'Mon Nov 23 11:00:00 2026' })).toBe(23 * 3600_000);
  });
  it('a past date is now', () => {
    expect(wait({ 'Retry-After': 'Sun, 22 Nov 2026 11:00:00 GMT' })).toBe(0);
    expect(wait({ 'Retry-After': 'Sun, 06 Nov 1994 08:49:37 GMT' })).toBe(0);
  });
  it('a huge delay or a far date is clamped to a day', () => {
    expect(wait({ 'Retry-After': '99999999999' })).toBe(MAX_WAIT_MS);
    expect(wait({ 'Retry-After': '9'.repeat(400) })).toBeUndefined(); // Infinity is not a number of seconds
    expect(wait({ 'Retry-After': 'Fri, 01 Jan 2100 00:00:00 GMT' })).toBe(MAX_WAIT_MS);
  });
  it.each([
    '-5',
    'soon',
    'NaN',
    'Infinity',
    '1e400',
    '1.5.5',
    '0x10',
    'Mon, 31 Feb 2026 12:00:00 GMT',
    'Sun, 22 Foo 2026 12:00:00 GMT',
    '',
    'h',
    '.s',
  ])('garbage %j is ignored', (value) => {
    expect(wait({ 'Retry-After': value })).toBeUndefined();
    expect(at({ 'Retry-After': value }).kind).toBe('rate-limited');
  });
  it('an HTTP-date is corrected for clock skew with the Date header', () => {
    // The server's clock says 11:00 and asks for 12:01: wait 61 minutes whatever the client's clock says.
    expect(wait({ 'Retry-After': 'Sun, 22 Nov 2026 12:01:00 GMT', Date: 'Sun, 22 Nov 2026 11:00:00 GMT' })).toBe(
      61 * 60_000,
    );
    // The server runs 5 minutes ahead.
    expect(wait({ 'Retry-After': 'Sun, 22 Nov 2026 12:06:00 GMT', Date: 'Sun, 22 Nov 2026 12:05:00 GMT' })).toBe(
      60_000,
    );
    // An unreadable Date header is no correction.
    expect(wait({ 'Retry-After': 'Sun, 22 Nov 2026 12:01:00 GMT', Date: 'yesterday' })).toBe(60_000);
  });
  it('delay-seconds ignore the Date header', () => {
    expect(wait({ 'Retry-After': '30', Date: 'Sun, 22 Nov 2026 10:00:00 GMT' })).toBe(30_000);
  });
  it('works with a fetch Headers object', () => {
    expect(wait(new Headers({ 'Retry-After': '5' }), 503)).toBe(5000);
  });
  it('X-Retry-After, as Better Auth’s rate limiter names it (better-auth/dist/api/rate-limiter)', () => {
    expect(wait({ 'X-Retry-After': '42' })).toBe(42_000);
    expect(wait({ 'Retry-After': '5', 'X-Retry-After': '42' })).toBe(5000);
    // On a 403 it is a secondary rate limit, as Retry-After is.
    expect(at({ 'X-Retry-After': '60' }, 403)).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 60_000 });
  });
  it('a 503 with Retry-After stays unavailable; a 403 with it is a secondary rate limit', () => {
    expect(at({ 'Retry-After': '5' }, 503).kind).toBe('unavailable');
    expect(at({ 'Retry-After': '60' }, 403)).toMatchObject({
      kind: 'rate-limited',
      retryAt: NOW + 60_000,
      retryable: true,
    });
  });
});

describe('IETF RateLimit fields', () => {
  it('drafts up to 06: separate RateLimit-Limit, -Remaining, -Reset (delta seconds)', () => {
    const error = at({
      'RateLimit-Limit': '100',
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': '50',
      'RateLimit-Policy': '100;w=60',
    });
    expect(error.rateLimit).toEqual({ limit: 100, remaining: 0, resetAt: NOW + 50_000 });
    expect(error.retryAt).toBe(NOW + 50_000);
  });
  it('draft 07: one RateLimit dictionary', () => {
    const error = at({ RateLimit: 'limit=100, remaining=0, reset=50', 'RateLimit-Policy': '100;w=60' });
    expect(error.rateLimit).toEqual({ limit: 100, remaining: 0, resetAt: NOW + 50_000 });
    expect(error.retryAt).toBe(NOW + 50_000);
  });
  it('draft 08+: picks the most constraining policy and its quota', () => {
    const policy = '"burst";q=10;w=60, "day";q=1000;w=86400';
    for (const limits of ['"burst";r=0;t=30, "day";r=100;t=3600', '"day";r=100;t=3600, "burst";r=0;t=30']) {
      const error = at({ RateLimit: limits, 'RateLimit-Policy': policy });
      expect(error.rateLimit).toEqual({ limit: 10, remaining: 0, resetAt: NOW + 30_000 });
      expect(error.retryAt).toBe(NOW + 30_000);
    }
  });
  it('draft 08+: of two exhausted policies, the one that resets last', () => {
    const error = at({
      RateLimit: '"burst";r=0;t=30, "day";r=0;t=3600',
      'RateLimit-Policy': '"burst";q=10;w=60, "day";q=1000;w=86400',
    });
    expect(error.rateLimit).toEqual({ limit: 1000, remaining: 0, resetAt: NOW + 3600_000 });
  });
  it('draft 08+ without RateLimit-Policy has no limit', () => {
    expect(at({ RateLimit: '"default";r=3;t=12' }, 503).rateLimit).toEqual({ remaining: 3, resetAt: NOW + 12_000 });
  });
  it('a "__proto__" policy name is only a name', () => {
    expect(at({ RateLimit: '"__proto__";r=0;t=5', 'RateLimit-Policy': '"__proto__";q=7' }).rateLimit).toEqual({
      limit: 7,
      remaining: 0,
      resetAt: NOW + 5000,
    });
    expect(({} as Record<string, unknown>).r).toBeUndefined();
  });
  it('GitLab sends an epoch in RateLimit-Reset despite the IETF name', () => {
    expect(
      at({ 'RateLimit-Limit': '600', 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(S + 60) }).rateLimit,
    ).toEqual({ limit: 600, remaining: 0, resetAt: NOW + 60_000 });
  });
});

describe('X-RateLimit-Reset and friends', () => {
  it('GitHub: epoch seconds, corrected with the Date header', () => {
    const headers = {
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(S + 600),
      'x-ratelimit-used': '60',
    };
    const body = {
      message: 'API rate limit exceeded for 203.0.113.7.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    };
    expect(at({ ...headers, Date: 'Sun, 22 Nov 2026 12:00:00 GMT' }, 403, body)).toMatchObject({
      kind: 'rate-limited',
      status: 403,
      retryAt: NOW + 600_000,
      rateLimit: { limit: 60, remaining: 0, resetAt: NOW + 600_000 },
      retryable: true,
      message: 'API rate limit exceeded for 203.0.113.7.',
    });
    // The server's clock runs 2 minutes behind ours: its reset is 12 minutes away on our clock.
    expect(wait({ ...headers, Date: 'Sun, 22 Nov 2026 11:58:00 GMT' }, 403)).toBe(720_000);
  });
  it('a 403 with requests remaining is forbidden, not rate limited', () => {
    expect(at({ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(S + 600) }, 403)).toMatchObject({
      kind: 'forbidden',
      rateLimit: { remaining: 12 },
    });
    expect(at({ 'x-ratelimit-remaining': '12' }, 403).retryAt).toBeUndefined();
  });
  it('delta seconds (Reddit, express-rate-limit)', () => {
    expect(wait({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' })).toBe(60_000);
  });
  it('epoch milliseconds', () => {
    expect(wait({ 'x-ratelimit-reset': String(NOW + 45_000) })).toBe(45_000);
  });
  it('Discord: a fractional epoch and X-RateLimit-Reset-After float seconds', () => {
    expect(wait({ 'x-ratelimit-reset-after': '1.234' })).toBe(1234);
    expect(wait({ 'x-ratelimit-reset': String(S + 5.5), 'x-ratelimit-reset-after': '5.5' })).toBe(5500);
  });
  it('ISO 8601 timestamps (Mastodon), microseconds and all', () => {
    expect(wait({ 'x-ratelimit-reset': '2026-11-22T12:01:30.019685Z' })).toBe(90_019);
    expect(wait({ 'x-ratelimit-reset': '2026-11-22T13:00:00+01:00' })).toBe(0);
  });
  it('Go durations (OpenAI)', () => {
    expect(wait({ 'x-ratelimit-reset': '6m0s' })).toBe(360_000);
    expect(wait({ 'x-ratelimit-reset': '1.5s' })).toBe(1500);
    expect(wait({ 'x-ratelimit-reset': '250ms' })).toBe(250);
  });
  it('X-Rate-Limit-* (Okta, X)', () => {
    expect(
      at({ 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(S + 30) })
        .rateLimit,
    ).toEqual({ limit: 300, remaining: 0, resetAt: NOW + 30_000 });
  });
  it.each(['-1', 'tomorrow', 'NaN', '1e309', ''])(
    'an unreadable reset %j is ignored, the other figures kept',
    (reset) => {
      expect(
        at({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }).rateLimit,
      ).toEqual({ limit: 10, remaining: 0 });
    },
  );
  it('negative or non-numeric counts are dropped', () => {
    expect(at({ 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '-3' }).rateLimit).toBeUndefined();
  });
  it('a far reset is clamped to a day', () => {
    expect(wait({ 'x-ratelimit-reset': String(S + 30 * 86_400) })).toBe(MAX_WAIT_MS);
  });
  it('a reset on a response that is not rate limited is a figure, not a retry time', () => {
    const error = at({ 'x-ratelimit-remaining': '4', 'x-ratelimit-reset': '60' }, 500);
    expect(error.retryAt).toBeUndefined();
    expect(error.rateLimit).toEqual({ remaining: 4, resetAt: NOW + 60_000 });
  });
});

describe('precedence', () => {
  it('Retry-After beats the rate-limit reset', () => {
    expect(wait({ 'retry-after': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60' })).toBe(10_000);
    expect(wait({ 'retry-after': '10', RateLimit: 'limit=5, remaining=0, reset=60' })).toBe(10_000);
  });
  it('IETF fields beat X-RateLimit-*', () => {
    expect(
      at({
        'RateLimit-Reset': '20',
        'X-RateLimit-Reset': '90',
        'RateLimit-Remaining': '0',
        'X-RateLimit-Remaining': '5',
      }).rateLimit,
    ).toEqual({ remaining: 0, resetAt: NOW + 20_000 });
  });
  it('a header beats a body hint', () => {
    expect(
      wait({ 'retry-after': '65' }, 429, { message: 'You are being rate limited.', retry_after: 64.57, global: false }),
    ).toBe(65_000);
    expect(
      wait({ 'x-ratelimit-reset-after': '3' }, 429, {
        message: 'You are being rate limited.',
        retry_after: 64.57,
        global: false,
      }),
    ).toBe(3000);
  });
});

describe('body hints', () => {
  it('Discord retry_after seconds', () => {
    expect(at({}, 429, { message: 'You are being rate limited.', retry_after: 64.57, global: false })).toMatchObject({
      retryAt: NOW + 64_570,
      format: 'discord',
    });
  });
  it('Google RetryInfo', () => {
    const body = {
      error: {
        code: 429,
        message: 'Quota exceeded.',
        status: 'RESOURCE_EXHAUSTED',
        details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' }],
      },
    };
    expect(at({}, 429, body)).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 30_000, format: 'google' });
  });
  it('DRF "Expected available in N seconds"', () => {
    expect(at({}, 429, { detail: 'Request was throttled. Expected available in 86 seconds.' })).toMatchObject({
      retryAt: NOW + 86_000,
      format: 'detail',
    });
  });
  it('a wait written as a TimeSpan: Azure API Management’s quota text', () => {
    // bimmer_connected's `test_403_quota_exceeded_vehicles_usa` (the MyBMW API behind API Management): a 403, so the
    // model keeps no wait (waiting does not lift a refusal); a 429 with the same words would.
    expect(waitInText('Out of call volume quota. Quota will be replenished in 02:12:20.')).toBe(7_940_000);
    expect(waitInText('Quota will be replenished in 1.00:00:00.')).toBe(86_400_000);
    expect(waitInText('Build 02:12:20 failed.')).toBeUndefined();
  });
  it('absurd body hints are clamped or ignored', () => {
    expect(wait({}, 429, { message: 'Slow down.', retry_after: 1e12 })).toBe(MAX_WAIT_MS);
    expect(wait({}, 429, { message: 'Slow down.', retry_after: -4 })).toBeUndefined();
    expect(wait({}, 429, { message: 'Slow down.', retry_after: 'soon' })).toBeUndefined();
    expect(wait({}, 429, { message: 'Slow down.', retry_after: Infinity })).toBeUndefined();
  });
});

describe('the clock', () => {
  afterEach(() => void vi.useRealTimers());
  it('defaults to Date.now', () => {
    vi.useFakeTimers({ now: NOW + 5 });
    expect(normalizeError({ status: 429, headers: { 'retry-after': '1' }, body: null }).retryAt).toBe(NOW + 1005);
  });
  it('a non-finite now falls back to Date.now', () => {
    vi.useFakeTimers({ now: NOW });
    expect(normalizeError({ status: 429, headers: { 'retry-after': '1' }, body: null }, { now: NaN }).retryAt).toBe(
      NOW + 1000,
    );
  });
});

describe('rateLimit figures', () => {
  it('are frozen and absent when no header carries them', () => {
    const error = at({ 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999.0' }, 500);
    expect(error.rateLimit).toEqual({ limit: 5000, remaining: 4999 });
    expect(Object.isFrozen(error.rateLimit)).toBe(true);
    expect(at({}, 429).rateLimit).toBeUndefined();
  });
});

describe('logId from headers', () => {
  it.each([
    'x-request-id',
    'request-id',
    'x-correlation-id',
    'x-amzn-requestid',
    'x-amz-request-id',
    'x-github-request-id',
    'x-ms-request-id',
    'x-trace-id',
    'x-amzn-trace-id',
    'cf-ray',
    'x-vercel-id',
    'fly-request-id',
    'traceresponse',
  ])('%s', (name) => {
    expect(at({ [name.toUpperCase()]: ' id-123 ' }, 500).logId).toBe('id-123');
  });
  it('the body beats headers, and x-request-id beats cf-ray', () => {
    expect(at({ 'x-request-id': 'from-header' }, 500, { message: 'x', requestId: 'from-body' }).logId).toBe(
      'from-body',
    );
    expect(at({ 'cf-ray': '7d4c6c2f9e8b1234-SJC', 'x-request-id': 'req-1' }, 500).logId).toBe('req-1');
  });
  it('is capped at 200 characters', () => {
    expect(at({ 'x-request-id': 'a'.repeat(500) }, 500).logId).toHaveLength(200);
  });
});

describe('Stripe-Should-Retry', () => {
  it('overrides the kind’s default either way', () => {
    expect(at({ 'stripe-should-retry': 'false' }, 500)).toMatchObject({ kind: 'server', retryable: false });
    expect(at({ 'Stripe-Should-Retry': 'true' }, 409)).toMatchObject({ kind: 'conflict', retryable: true });
  });
  it('any other value leaves the default', () => {
    expect(at({ 'stripe-should-retry': 'maybe' }, 500).retryable).toBe(true);
    expect(at({ 'stripe-should-retry': 'maybe' }, 400).retryable).toBe(false);
  });
  it('501 is never retryable by default', () => {
    expect(at({}, 501)).toMatchObject({ kind: 'server', retryable: false });
  });
});

describe('parseDate and durationMs', () => {
  const rfc = Date.UTC(1994, 10, 6, 8, 49, 37);
  it('reads the three HTTP-date forms as UTC', () => {
    expect(parseDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(rfc);
    expect(parseDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(rfc);
    expect(parseDate('Sun Nov  6 08:49:37 1994', NOW)).toBe(rfc);
  });
  it('a two-digit year more than 50 years ahead is in the past century', () => {
    expect(new Date(parseDate('Monday, 01-Jan-76 00:00:00 GMT', NOW)!).getUTCFullYear()).toBe(2076);
    expect(new Date(parseDate('Friday, 01-Jan-77 00:00:00 GMT', NOW)!).getUTCFullYear()).toBe(1977);
  });
  it('rejects impossible dates and reads ISO timestamps', () => {
    expect(parseDate('Mon, 31 Feb 2026 12:00:00 GMT', NOW)).toBeUndefined();
    expect(parseDate('Sun, 06 Nov 1994 25:00:00 GMT', NOW)).toBeUndefined();
    expect(parseDate('2026-11-22T12:00:00Z', NOW)).toBe(NOW);
    expect(parseDate('2026-13-45T00:00:00Z', NOW)).toBeUndefined();
    expect(parseDate('next week', NOW)).toBeUndefined();
  });
  it('durations', () => {
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('1h')).toBe(3600_000);
    expect(durationMs('0.5s')).toBe(500);
    expect(durationMs('')).toBeUndefined();
    expect(durationMs('5 minutes')).toBeUndefined();
    expect(durationMs(30)).toBeUndefined();
  });
});
