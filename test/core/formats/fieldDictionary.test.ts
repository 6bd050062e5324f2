import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { normalize } from './fixture';

describe('field-dictionary', () => {
  it('Rails scaffold map: every message under its attribute', () => {
    const error = normalize('Rails scaffold map');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: "Can't be blank" },
      { field: 'email', message: 'Is invalid' },
      { field: 'password', message: 'Is too short (minimum is 8 characters)' },
    ]);
  });
  it('Rails { errors: { .. } }', () => {
    expect(normalize('Rails API errors map').fieldErrors).toEqual([
      { field: 'email', message: 'Has already been taken' },
    ]);
  });
  it('Rails full_messages are form-level', () => {
    expect(normalize('Rails full_messages').fieldErrors).toEqual([
      { message: "Email can't be blank" },
      { message: 'Password is too short (minimum is 8 characters)' },
    ]);
  });
  it('DRF nested serializers flatten to dot paths; non_field_errors is form-level', () => {
    const error = normalize('DRF nested serializers with non_field_errors');
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([
      { field: 'address.zip', message: 'This field is required.' },
      { field: 'items.1.qty', message: 'Ensure this value is greater than or equal to 1.' },
      { message: 'The fields start and end must make a unique set.' },
    ]);
  });
  it('DRF nested serializers are recognised without any top-level list', () => {
    expect(normalize('DRF nested serializers only').fieldErrors).toEqual([
      { field: 'address.zip', message: 'This field is required.' },
      { field: 'items.1.qty', message: 'A valid integer is required.' },
    ]);
    expect(normalize('DRF ListField errors keyed by index').fieldErrors).toEqual([
      { field: 'tags.1', message: 'Not a valid string.' },
    ]);
  });
  it('a map holding anything but lists of strings is not a field dictionary', () => {
    expect(
      normalizeError({ status: 400, headers: {}, body: { error: { message: 'Bad thing', tags: ['a'] } } }).format,
    ).toBe('generic');
    expect(normalizeError({ status: 400, headers: {}, body: { errors: [] } }).fieldErrors).toEqual([]);
  });
});
