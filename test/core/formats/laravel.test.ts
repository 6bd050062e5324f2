import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('laravel', () => {
  it('422 errors keyed by dot paths', () => {
    const error = normalize('422 validation with dot paths');
    expect(error).toMatchObject({ kind: 'validation', message: 'The email field is required. (and 2 more errors)' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'The email field is required.' },
      { field: 'items.0.qty', message: 'The items.0.qty field must be at least 1.' },
      { field: 'password', message: 'The password field must be at least 8 characters.' },
    ]);
  });
  it('a single error', () => {
    expect(normalize('422 single error')).toMatchObject({
      message: 'The email has already been taken.',
      fieldErrors: [{ field: 'email', message: 'The email has already been taken.' }],
    });
  });
  it('framework boilerplate ("Unauthenticated.", "Too Many Attempts.", "Server Error") gives way to the defaults', () => {
    expect(normalize('401 Unauthenticated.')).toMatchObject({
      kind: 'unauthenticated',
      message: 'Your session may have ended. Sign in and try again.',
    });
    expect(normalize('429 Too Many Attempts.')).toMatchObject({
      kind: 'rate-limited',
      message: 'You have made too many requests in a short time.',
      retryAt: FIXED + 42_000,
    });
    expect(normalize('500 Server Error (production)')).toMatchObject({ kind: 'server', message: 'Try again later.' });
  });
  it('throttle headers fill rateLimit', () => {
    expect(normalize('429 Too Many Attempts.').rateLimit).toEqual({ limit: 60, remaining: 0, resetAt: FIXED + 42_000 });
  });
});
