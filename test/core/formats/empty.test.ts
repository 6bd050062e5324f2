import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('empty', () => {
  // RFC 6750 §3 writes `error_description` "to assist the client developer": the person reads the kind's default.
  it('RFC 6750: the bearer challenge gives the code, and its description stays the developer’s', () => {
    expect(normalize('401 empty with RFC 6750 challenge')).toMatchObject({
      kind: 'unauthenticated',
      code: 'invalid_token',
      message: 'Your session may have ended. Sign in and try again.',
      messageSource: 'default',
      details: 'The access token expired',
    });
    expect(normalize('403 empty with insufficient_scope challenge')).toMatchObject({
      kind: 'forbidden',
      code: 'insufficient_scope',
      message: 'Your account does not have permission to do this.',
      messageSource: 'default',
    });
  });
  it('null and whitespace bodies fall back to the status', () => {
    expect(normalize('404 null body')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
      fieldErrors: [],
    });
    expect(normalize('503 empty with an HTTP-date Retry-After')).toMatchObject({
      kind: 'unavailable',
      retryAt: FIXED + 120_000,
      retryable: true,
    });
  });
});
