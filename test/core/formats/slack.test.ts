import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('slack', () => {
  it('ok:false on HTTP 200 classifies by its error code', () => {
    expect(normalize('channel_not_found')).toMatchObject({
      kind: 'not-found',
      status: 200,
      code: 'channel_not_found',
      message: 'It may have been moved or deleted.',
    });
    expect(normalize('invalid_auth')).toMatchObject({ kind: 'unauthenticated', code: 'invalid_auth' });
    expect(normalize('invalid_arguments with response_metadata')).toMatchObject({
      kind: 'validation',
      code: 'invalid_arguments',
      message: 'Check your answers and try again.',
    });
  });
  it('429 ratelimited with Retry-After', () => {
    expect(normalize('ratelimited (429 with Retry-After)')).toMatchObject({
      kind: 'rate-limited',
      code: 'ratelimited',
      retryAt: FIXED + 30_000,
      retryable: true,
    });
  });
});
