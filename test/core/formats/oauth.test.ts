import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('oauth', () => {
  it('invalid_grant is unauthenticated even on 400, with error_description as the message', () => {
    expect(normalize('invalid_grant (refresh token expired)')).toMatchObject({
      kind: 'unauthenticated',
      status: 400,
      code: 'invalid_grant',
      message: 'Refresh token expired',
      retryable: false,
    });
  });
  it("Auth0's 403 invalid_grant is unauthenticated, not forbidden", () => {
    expect(normalize('Auth0 403 invalid_grant')).toMatchObject({
      kind: 'unauthenticated',
      status: 403,
      code: 'invalid_grant',
      message: 'Wrong email or password.',
    });
  });
  it('invalid_token', () => {
    expect(normalize('invalid_token in the body')).toMatchObject({
      kind: 'unauthenticated',
      code: 'invalid_token',
      message: 'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
    });
  });
  it('access_denied is forbidden; a bare "Unauthorized" description gives way to the default', () => {
    expect(normalize('Auth0 access_denied')).toMatchObject({
      kind: 'forbidden',
      code: 'access_denied',
      message: 'Your account does not have permission to do this.',
    });
  });
  it('temporarily_unavailable is unavailable and retryable at Retry-After', () => {
    expect(normalize('temporarily_unavailable with Retry-After')).toMatchObject({
      kind: 'unavailable',
      code: 'temporarily_unavailable',
      retryable: true,
      retryAt: FIXED + 120_000,
      message: 'The authorization server is temporarily unable to handle the request due to maintenance.',
    });
  });
});
