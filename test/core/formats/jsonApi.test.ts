import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { FIXED } from '../../fixtures/formats';
import { fixture, normalize } from './fixture';

describe('json:api', () => {
  it('source.pointer into /data/attributes and /data/relationships becomes the member name', () => {
    const error = normalize('422 source.pointer into attributes and relationships');
    // Only field messages: the kind's default summarizes and each field carries its own (conformance rule 2.4).
    expect(error).toMatchObject({
      kind: 'validation',
      status: 422,
      title: 'There is a problem',
      message: 'Check your answers and try again.',
    });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'firstName', message: 'First name must contain at least two characters.', code: 'invalid' },
      { field: 'author', message: 'Author must exist.', code: 'blank' },
    ]);
  });
  it('source.parameter names the query parameter', () => {
    const error = normalize('400 source.parameter');
    expect(error.message).toBe('Check your answers and try again.');
    expect(error.fieldErrors).toEqual([
      { field: 'include', message: 'The resource does not have an `auther` relationship path.' },
    ]);
  });
  it('reads the string status of the error object, and does not repeat a lone error as a field error', () => {
    const error = normalizeError(fixture('404 without a response status').body, { now: FIXED });
    expect(error).toMatchObject({
      kind: 'not-found',
      status: 404,
      code: 'not_found',
      message: 'The record identified by 42 could not be found.',
      title: 'Record not found',
    });
    expect(error.fieldErrors).toEqual([]);
  });
});
