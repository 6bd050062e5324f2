import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { normalizeError } from 'api-error-kit';
import { retryPolicy, throwOnError } from 'api-error-kit/query';
import { response, seed } from '../react/helpers';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const at = (now: number) => () => now;

describe('retryPolicy().retry', () => {
  const { retry } = retryPolicy({ now: at(NOW) });

  it.each([
    ['validation (422)', response(422, { errors: { email: ['Enter an email address'] } })],
    ['401', seed('401 missing token')],
    ['403', seed('403 no permission')],
    ['404', seed('404 not found')],
    ['409', seed('409 AlreadyExists')],
    ['400', seed('400 Message')],
    ['a request the app cancelled', new DOMException('Aborted', 'AbortError')],
  ])('does not retry %s: the same request fails the same way', (_, error) => {
    expect(retry(0, error)).toBe(false);
  });

  it.each([
    ['no response', new TypeError('Failed to fetch')],
    ['500', seed('500 ServerError (valid JSON)')],
    ['503', seed('503 maintenance')],
    ['502', response(502)],
    ['408', response(408)],
    ['429 without Retry-After', response(429)],
  ])('retries %s up to 3 times', (_, error) => {
    expect([0, 1, 2, 3, 4].map((failureCount) => retry(failureCount, error))).toEqual([true, true, true, false, false]);
  });

  it('does not wait out a rate limit silently: a named wait reaches the component, whose notice counts it down', () => {
    expect(retry(0, seed('429 with Retry-After'))).toBe(false);
    expect(retry(0, response(429, null, { 'Retry-After': '1' }))).toBe(false);
    // A 503's Retry-After is not a rate limit: it is still waited out (up to maxDelay).
    expect(retry(0, response(503, null, { 'Retry-After': '10' }))).toBe(true);
  });

  it('waits silently only as long as silentWait says (opt-in)', () => {
    const quiet = retryPolicy({ silentWait: 30_000, now: at(NOW) });
    expect([0, 1, 2, 3].map((failureCount) => quiet.retry(failureCount, seed('429 with Retry-After')))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(quiet.retry(0, response(429, null, { 'Retry-After': '31' }))).toBe(false);
    expect(
      retryPolicy({ silentWait: Infinity, now: at(NOW) }).retry(0, response(429, null, { 'Retry-After': '60' })),
    ).toBe(true);
  });

  it('honours maxRetries', () => {
    const policy = retryPolicy({ maxRetries: 1, now: at(NOW) });
    expect(policy.retry(0, response(500))).toBe(true);
    expect(policy.retry(1, response(500))).toBe(false);
    expect(retryPolicy({ maxRetries: 0 }).retry(0, response(500))).toBe(false);
  });

  it('leaves a wait longer than maxDelay to the person, even where silent waits are on', () => {
    const silent = retryPolicy({ silentWait: Infinity, now: at(NOW) });
    expect(silent.retry(0, response(429, null, { 'Retry-After': '3600' }))).toBe(false);
    expect(silent.retry(0, response(429, null, { 'Retry-After': '60' }))).toBe(true);
    expect(silent.retry(0, response(429, null, { 'Retry-After': '61' }))).toBe(false);
    const short = retryPolicy({ maxDelay: 10_000, now: at(NOW) });
    expect(short.retry(0, response(503, null, { 'Retry-After': '10' }))).toBe(true);
    expect(short.retry(0, response(503, null, { 'Retry-After': '11' }))).toBe(false);
  });
});

describe('retryPolicy().retryDelay', () => {
  it('waits for the seconds Retry-After names', () => {
    const { retryDelay } = retryPolicy({ now: at(NOW), random: () => 0.5 });
    expect(retryDelay(0, seed('429 with Retry-After'))).toBe(30_000);
    expect(retryDelay(2, response(503, null, { 'Retry-After': '5' }))).toBe(5000);
  });

  it('waits until an HTTP-date Retry-After, measured against the server’s Date', () => {
    const { retryDelay } = retryPolicy({ now: at(NOW) });
    // The server's clock is an hour behind ours: only the difference between its two dates counts.
    const headers = { 'Retry-After': 'Wed, 15 Jan 2025 11:00:20 GMT', Date: 'Wed, 15 Jan 2025 11:00:00 GMT' };
    expect(retryDelay(0, response(503, null, headers))).toBe(20_000);
  });

  it('waits only what is left of an ApiError’s retryAt', () => {
    const model = normalizeError(seed('429 with Retry-After'), { now: NOW });
    expect(model.retryAt).toBe(NOW + 30_000);
    const { retry, retryDelay } = retryPolicy({ silentWait: Infinity, now: at(NOW + 12_000) });
    expect(retry(0, model)).toBe(true);
    expect(retryDelay(0, model)).toBe(18_000);
    expect(retryPolicy({ now: at(NOW + 45_000) }).retryDelay(0, model)).toBe(0);
  });

  it('backs off exponentially with equal jitter when the server names no time', () => {
    const low = retryPolicy({ random: () => 0 });
    const high = retryPolicy({ random: () => 0.999_999 });
    expect([0, 1, 2, 3].map((n) => low.retryDelay(n, response(500)))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3].map((n) => high.retryDelay(n, response(500)))).toEqual([1000, 2000, 4000, 8000]);
    const mid = retryPolicy({ random: () => 0.5 });
    expect(mid.retryDelay(1, new TypeError('Failed to fetch'))).toBe(1500);
  });

  it('caps a step at 30 seconds and starts from baseDelay', () => {
    const { retryDelay } = retryPolicy({ random: () => 0.999_999 });
    expect(retryDelay(10, response(500))).toBe(30_000);
    expect(retryPolicy({ baseDelay: 200, random: () => 0 }).retryDelay(0, response(500))).toBe(100);
  });

  it('never waits longer than maxDelay', () => {
    const { retryDelay } = retryPolicy({ maxDelay: 10_000, now: at(NOW) });
    expect(retryDelay(0, seed('429 with Retry-After'))).toBe(10_000);
  });
});

describe('retryPolicy in a QueryClient', () => {
  afterEach(() => vi.useRealTimers());

  it('tries a 404 once, and a 500 four times, waiting as it says', async () => {
    vi.useFakeTimers();
    const client = new QueryClient({ defaultOptions: { queries: retryPolicy({ random: () => 0 }) } });
    const notFound = vi.fn(() => Promise.reject(seed('404 not found')));
    await expect(client.fetchQuery({ queryKey: ['missing'], queryFn: notFound })).rejects.toMatchObject({
      status: 404,
    });
    expect(notFound).toHaveBeenCalledTimes(1);

    const broken = vi.fn(() => Promise.reject(response(500)));
    const result = client.fetchQuery({ queryKey: ['broken'], queryFn: broken });
    result.catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(broken).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(broken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(broken).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(broken).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(2000);
    expect(broken).toHaveBeenCalledTimes(4);
    await expect(result).rejects.toMatchObject({ status: 500 });
    client.clear();
  });
});

describe('throwOnError', () => {
  it.each([
    ['500', seed('500 ServerError (valid JSON)'), true],
    ['an unknown failure', new Error('Cannot read properties of undefined'), true],
    ['503', seed('503 maintenance'), true],
    ['502 HTML page', response(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'), true],
    ['validation', response(422, { errors: { email: ['Enter an email address'] } }), false],
    ['401', seed('401 missing token'), false],
    ['403', seed('403 no permission'), false],
    ['404', seed('404 not found'), false],
    ['429', seed('429 with Retry-After'), false],
    ['409', seed('409 AlreadyExists'), false],
    ['no response', new TypeError('Failed to fetch'), false],
  ])('%s → boundary: %s', (_, error, expected) => {
    expect(throwOnError(error)).toBe(expected);
  });
});
