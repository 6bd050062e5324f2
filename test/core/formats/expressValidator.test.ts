import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('express-validator', () => {
  it('v7 path, bracket indices; type "field" is not a code', () => {
    const error = normalize('v7 path');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Enter a valid email address' },
      { field: 'items.0.qty', message: 'Quantity must be at least 1' },
    ]);
  });
  it('v6 param', () => {
    expect(normalize('v6 param')).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ field: 'password', message: 'Invalid value' }],
    });
  });
});
