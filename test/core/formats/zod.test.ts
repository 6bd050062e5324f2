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
  it('a Zod 4 ZodError as JSON keeps it (@hono/zod-validator): its issues, parsed from the message, are the fields', () => {
    for (const name of ['Zod 4 ZodError sent by @hono/zod-validator', 'Zod 4 ZodError sent as it is']) {
      const model = normalize(name);
      expect(model, name).toMatchObject({ kind: 'validation', format: 'zod', messageSource: 'default' });
      // The class's name is no code.
      expect(model.code, name).toBeUndefined();
      expect(model.fieldErrors, name).toEqual([
        { field: 'name', message: 'Too small: expected string to have >=3 characters', code: 'too_small' },
        { field: 'tags.1', message: 'Invalid input: expected string, received number', code: 'invalid_type' },
      ]);
    }
  });
});
