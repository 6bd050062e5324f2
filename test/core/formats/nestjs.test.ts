import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('nestjs', () => {
  it('ValidationPipe: the property path prefix of each message is the field', () => {
    const error = normalize('ValidationPipe array with nested paths');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Email must be an email' },
      { field: 'items.0.name', message: 'Items.0.name should not be empty' },
      { field: 'password', message: 'Password must be longer than or equal to 8 characters' },
    ]);
  });
  it('"Cannot GET /x" and "ThrottlerException: Too Many Requests" give way to the defaults', () => {
    expect(normalize('404 Cannot GET')).toMatchObject({
      kind: 'not-found',
      message: 'It may have been moved or deleted.',
    });
    expect(normalize('ThrottlerException 429')).toMatchObject({
      kind: 'rate-limited',
      message: 'You have made too many requests in a short time.',
      retryAt: FIXED + 60_000,
    });
  });
  it('a custom exception message is kept', () => {
    expect(normalize('custom NotFoundException message')).toMatchObject({
      kind: 'not-found',
      message: 'Project 42 was not found',
    });
  });
});
