import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('zod', () => {
  it('flatten: formErrors are form-level, fieldErrors keyed by field', () => {
    expect(normalize('flatten').fieldErrors).toEqual([
      { message: 'Passwords do not match' },
      { field: 'email', message: 'Invalid email address' },
      { field: 'age', message: 'Invalid input: expected number, received string' },
    ]);
    expect(normalize('flatten, field errors only')).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ field: 'username', message: 'Invalid input: expected string, received number' }],
    });
  });
  it('Zod 4 treeifyError: properties and items walk to dot paths; null items are skipped', () => {
    expect(normalize('Zod 4 treeifyError with properties and items').fieldErrors).toEqual([
      { message: 'Unrecognized key: "extraKey"' },
      { field: 'username', message: 'Invalid input: expected string, received number' },
      { field: 'favoriteNumbers.1', message: 'Invalid input: expected number, received string' },
      { field: 'address.zip', message: 'Too small: expected string to have >=5 characters' },
    ]);
  });
});
