import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('strapi', () => {
  it('ValidationError: path arrays are fields; the error name is the code', () => {
    const error = normalize('v4 ValidationError with path arrays');
    expect(error).toMatchObject({ kind: 'validation', code: 'ValidationError', message: '2 errors occurred' });
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Email must be a valid email' },
      { field: 'address.zip', message: 'Address.zip must be at most 10 characters' },
    ]);
  });
  it('ForbiddenError and ApplicationError', () => {
    expect(normalize('v4 ForbiddenError')).toMatchObject({
      kind: 'forbidden',
      code: 'ForbiddenError',
      message: 'Your account does not have permission to do this.',
    });
    expect(normalize('v4 ApplicationError')).toMatchObject({
      kind: 'bad-request',
      code: 'ApplicationError',
      message: 'Email or Username are already taken',
    });
  });
});
