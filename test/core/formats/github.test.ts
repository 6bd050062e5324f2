import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('github', () => {
  it('422 items without message are described from field and code; "Validation Failed" is not the message', () => {
    const error = normalize('422 Validation Failed (missing_field, no message)');
    expect(error).toMatchObject({
      kind: 'validation',
      status: 422,
      message: 'Check your answers and try again.',
      logId: 'CA6E:2B1F:1A2B3C:1D2E3F:6740A1B2',
    });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'title', message: 'Title: missing field', code: 'missing_field' },
      { field: 'name', message: 'Name: already exists', code: 'already_exists' },
    ]);
  });
  it('custom items keep their message', () => {
    const error = normalize('422 custom error with message');
    expect(error.message).toBe('Repository creation failed.');
    expect(error.fieldErrors).toEqual([
      { field: 'name', message: 'Name already exists on this account', code: 'custom' },
    ]);
  });
  it('404 "Not Found" gives way to the default; x-github-request-id is the support id', () => {
    expect(normalize('404 Not Found')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
      logId: 'D1E2:3F4A:5B6C7D:8E9F0A:6740A1B2',
    });
  });
  it('403 with x-ratelimit-remaining: 0 is rate-limited until x-ratelimit-reset (epoch seconds)', () => {
    const error = normalize('403 primary rate limit (x-ratelimit-remaining: 0)');
    expect(error).toMatchObject({ kind: 'rate-limited', status: 403, retryable: true, retryAt: FIXED + 1_800_000 });
    expect(error.rateLimit).toEqual({ limit: 60, remaining: 0, resetAt: FIXED + 1_800_000 });
    expect(error.message).toMatch(/^API rate limit exceeded for 203\.0\.113\.7\./);
  });
  it("the reset epoch is moved onto the client's clock with Date", () => {
    expect(normalize('403 primary rate limit, server clock 10 s ahead').retryAt).toBe(FIXED + 590_000);
  });
  it('403 with Retry-After is the secondary rate limit', () => {
    expect(normalize('403 secondary rate limit with Retry-After')).toMatchObject({
      kind: 'rate-limited',
      retryAt: FIXED + 60_000,
    });
  });
});
