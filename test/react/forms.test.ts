import { describe, expect, it, vi } from 'vitest';
import type { ErrorParser } from 'api-error-kit';
import { applyFieldErrors, toFieldErrorRecord, type SetError } from 'api-error-kit/react';
import { aspNetValidation, drfValidation, laravelValidation, response, seed } from './helpers';

/** A plain copy, so `toEqual` compares keys and values whatever the prototype. */
const plain = (map: Record<string, string>) => ({ ...map });

describe('toFieldErrorRecord', () => {
  it('maps each canonical path to its message', () => {
    expect(plain(toFieldErrorRecord(laravelValidation()))).toEqual({
      'items.0.name': 'Enter a name for item 1',
      email: 'Enter an email address',
    });
  });

  it('puts form-level messages under root.serverError', () => {
    expect(plain(toFieldErrorRecord(drfValidation()))).toEqual({
      'root.serverError': 'The passwords do not match',
      email: 'Enter an email address',
    });
  });

  it('puts the error’s own message at the form level when there are no field errors, so a failed submit always says something', () => {
    expect(plain(toFieldErrorRecord(seed('409 AlreadyExists')))).toEqual({
      'root.serverError': 'A user with this email address already exists.',
    });
    expect(plain(toFieldErrorRecord(new TypeError('Failed to fetch')))).toEqual({
      'root.serverError': 'Check your internet connection and try again.',
    });
  });

  it('joins several messages for one field', () => {
    const error = response(422, { errors: { email: ['Enter an email address', 'Use 254 characters or fewer'] } });
    expect(plain(toFieldErrorRecord(error))).toEqual({ email: 'Enter an email address Use 254 characters or fewer' });
  });

  it('renames paths with a fieldNames record and keeps unmapped paths as they are', () => {
    const map = toFieldErrorRecord(laravelValidation(), { fieldNames: { 'items.0.name': 'lines.0.title' } });
    expect(plain(map)).toEqual({ 'lines.0.title': 'Enter a name for item 1', email: 'Enter an email address' });
  });

  it('sends a path mapped to "" to the form level', () => {
    const map = toFieldErrorRecord(laravelValidation(), { fieldNames: { 'items.0.name': '' } });
    expect(plain(map)).toEqual({ 'root.serverError': 'Enter a name for item 1', email: 'Enter an email address' });
  });

  it('renames with a fieldNames function, which gets the name the components use (ASP.NET’s `Email` as `email`); undefined sends the message to the form level', () => {
    const map = toFieldErrorRecord(aspNetValidation(), {
      fieldNames: (path) => (path === 'email' ? 'contact.email' : undefined),
    });
    expect(plain(map)).toEqual({
      'contact.email': 'Enter an email address in the correct format, like name@example.com',
      'root.serverError': 'Required',
    });
  });

  it('does not treat inherited names as mappings', () => {
    const error = response(422, { errors: { constructor: ['Enter a constructor'], toString: ['Enter a value'] } });
    expect(plain(toFieldErrorRecord(error, { fieldNames: {} }))).toEqual({
      constructor: 'Enter a constructor',
      toString: 'Enter a value',
    });
  });

  it('takes another rootKey', () => {
    expect(plain(toFieldErrorRecord(drfValidation(), { rootKey: 'form' }))).toEqual({
      form: 'The passwords do not match',
      email: 'Enter an email address',
    });
  });

  it('keeps a __proto__ path as a plain key and pollutes nothing', () => {
    const error = response(
      422,
      JSON.parse('{"errors":{"__proto__":["Enter a value"],"email":["Enter an email address"]}}'),
    );
    const map = toFieldErrorRecord(error);
    expect(Object.getPrototypeOf(map)).toBeNull();
    expect(Object.keys(map)).toEqual(['__proto__', 'email']);
    expect(Object.getOwnPropertyDescriptor(map, '__proto__')?.value).toBe('Enter a value');
    expect(({} as Record<string, unknown>).email).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('email');
  });

  it('uses the parsers it is given', () => {
    const parser: ErrorParser = {
      name: 'acme',
      parse: (body) =>
        (body as { bad?: string })?.bad
          ? { kind: 'validation', fieldErrors: [{ field: 'sku', message: 'Enter a SKU' }] }
          : undefined,
    };
    expect(plain(toFieldErrorRecord(response(400, { bad: 'yes' }), { parsers: [parser] }))).toEqual({
      sku: 'Enter a SKU',
    });
  });
});

describe('applyFieldErrors', () => {
  it('sets each message with type "server" and focuses only the first field', () => {
    const setError = vi.fn<SetError>();
    const names = applyFieldErrors(laravelValidation(), setError);
    expect(names).toEqual(['items.0.name', 'email']);
    expect(setError.mock.calls).toEqual([
      ['items.0.name', { type: 'server', message: 'Enter a name for item 1' }, { shouldFocus: true }],
      ['email', { type: 'server', message: 'Enter an email address' }, { shouldFocus: false }],
    ]);
  });

  it('never focuses the form-level entry; the first real field gets focus even after it', () => {
    const setError = vi.fn<SetError>();
    expect(applyFieldErrors(drfValidation(), setError)).toEqual(['root.serverError', 'email']);
    expect(setError.mock.calls).toEqual([
      ['root.serverError', { type: 'server', message: 'The passwords do not match' }, { shouldFocus: false }],
      ['email', { type: 'server', message: 'Enter an email address' }, { shouldFocus: true }],
    ]);
  });

  it('focuses nothing with shouldFocus: false', () => {
    const setError = vi.fn<SetError>();
    applyFieldErrors(laravelValidation(), setError, { shouldFocus: false });
    expect(setError.mock.calls.map(([, , options]) => options)).toEqual([
      { shouldFocus: false },
      { shouldFocus: false },
    ]);
  });

  it('uses fieldNames and rootKey', () => {
    const setError = vi.fn<SetError>();
    applyFieldErrors(drfValidation(), setError, { fieldNames: { email: 'contact.email' }, rootKey: 'root.api' });
    expect(setError.mock.calls.map(([name]) => name)).toEqual(['root.api', 'contact.email']);
    expect(setError).toHaveBeenCalledWith(
      'contact.email',
      { type: 'server', message: 'Enter an email address' },
      { shouldFocus: true },
    );
  });

  it('puts a failure without field errors on root.serverError, unfocused', () => {
    const setError = vi.fn<SetError>();
    expect(applyFieldErrors(seed('500 ServerError (valid JSON)'), setError)).toEqual(['root.serverError']);
    expect(setError).toHaveBeenCalledExactlyOnceWith(
      'root.serverError',
      { type: 'server', message: 'An error occurred requesting the entry' },
      { shouldFocus: false },
    );
  });
});
