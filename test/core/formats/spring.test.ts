import { describe, expect, it } from 'vitest';
import { normalize } from './fixture';

describe('spring', () => {
  it('defaults: the reason phrase in `error` is not the message', () => {
    const error = normalize('BasicErrorController 404 (defaults)');
    expect(error).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: 'It may have been moved or deleted.',
      fieldErrors: [],
    });
    expect(error.code).toBeUndefined();
  });
  it('binding errors: field and defaultMessage; "Validation failed for object=.." is not shown', () => {
    const error = normalize('BasicErrorController 400 with binding errors and message');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Must not be blank', code: 'NotBlank' },
      { field: 'addresses.0.street', message: 'Must not be blank', code: 'NotBlank' },
    ]);
  });
  it('trace goes to details only', () => {
    const error = normalize('BasicErrorController 500 with trace');
    expect(error).toMatchObject({ kind: 'server', message: 'Try again later.' });
    expect(error.details).toMatch(
      /^java\.lang\.NullPointerException: .*\n\tat com\.example\.users\.UserService\.create\(UserService\.java:42\)/,
    );
  });
});
