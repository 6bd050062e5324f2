import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('discord', () => {
  it('50035: nested _errors flatten to dot paths; the numeric code is a string', () => {
    const error = normalize('50035 Invalid Form Body with nested _errors');
    expect(error).toMatchObject({ kind: 'validation', code: '50035' });
    expect(error.fieldErrors).toEqual([
      { field: 'name', message: 'This field is required', code: 'BASE_TYPE_REQUIRED' },
      { field: 'embeds.0.fields.1.value', message: 'Must be 1024 or fewer in length.', code: 'BASE_TYPE_MAX_LENGTH' },
    ]);
  });
  it('429 retry_after in fractional seconds, when headers are hidden', () => {
    expect(normalize('429 retry_after 1.337 (headers hidden)')).toMatchObject({
      kind: 'rate-limited',
      retryAt: FIXED + 1337,
      message: 'You are being rate limited.',
    });
  });
  it('Retry-After outranks the body', () => {
    expect(normalize('429 global with Retry-After').retryAt).toBe(FIXED + 65_000);
  });
});
