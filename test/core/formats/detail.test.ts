import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('detail', () => {
  it('DRF 401, 403 and 404', () => {
    expect(normalize('DRF 401 not authenticated')).toMatchObject({
      kind: 'unauthenticated',
      message: 'Authentication credentials were not provided.',
    });
    expect(normalize('DRF 401 not authenticated').code).toBeUndefined();
    expect(normalize('DRF 403 permission denied')).toMatchObject({
      kind: 'forbidden',
      message: 'You do not have permission to perform this action.',
    });
    expect(normalize('DRF 404 Not found.')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
    });
  });
  it('DRF throttle: Retry-After, or the wait named in the text when the header is hidden', () => {
    const withHeader = normalize('DRF 429 throttled with Retry-After');
    const withoutHeader = normalize('DRF 429 throttled without Retry-After (hidden by CORS)');
    for (const error of [withHeader, withoutHeader]) {
      expect(error).toMatchObject({
        kind: 'rate-limited',
        retryAt: FIXED + 56_000,
        retryable: true,
        message: 'Request was throttled. Expected available in 56 seconds.',
      });
    }
  });
  it('FastAPI HTTPException', () => {
    expect(normalize('FastAPI HTTPException 404')).toMatchObject({ kind: 'not-found', message: 'Item not found' });
    expect(normalize('FastAPI OAuth2PasswordBearer 401')).toMatchObject({
      kind: 'unauthenticated',
      message: 'Your session may have ended. Sign in and try again.',
    });
    expect(normalize('FastAPI unknown route')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
    });
  });
});
