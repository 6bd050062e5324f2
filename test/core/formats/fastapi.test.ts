import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('fastapi', () => {
  it('Pydantic v2: loc without its location segment is the field, type the code', () => {
    const error = normalize('Pydantic v2 422 body errors');
    expect(error).toMatchObject({ kind: 'validation', status: 422, message: 'Check your answers and try again.' });
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Field required', code: 'missing' },
      { field: 'items.0.name', message: 'String should have at least 1 character', code: 'string_too_short' },
    ]);
  });
  it('query parameters and Pydantic v1', () => {
    expect(normalize('Pydantic v2 422 query parameter').fieldErrors).toEqual([
      {
        field: 'limit',
        message: 'Input should be a valid integer, unable to parse string as an integer',
        code: 'int_parsing',
      },
    ]);
    expect(normalize('Pydantic v1 422').fieldErrors).toEqual([
      { field: 'email', message: 'Field required', code: 'value_error.missing' },
    ]);
  });
});
