import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { corpus } from '../../conformance/corpus';
import { FIXED } from '../../fixtures/formats';
import { fixture, normalize } from './fixture';

describe('json:api', () => {
  it("a lone error's `id`, the occurrence's own identifier, is the support id", () => {
    // test/conformance/cases/unseen-2026-12-11-p.ts: OpenShift.io Planner's 404 (a JSON:API document).
    const body = corpus.find((c) => c.id === 'openshiftio-planner/workitemtypes-uuid-not-found-404')?.response?.body;
    expect(normalizeError({ status: 404, body })).toMatchObject({ format: 'json:api', logId: 'kiA3UWLM' });
    // Of several errors, each has its own: none speaks for the response.
    const two = {
      errors: [
        { id: 'a1', status: '422', title: 'Invalid' },
        { id: 'b2', status: '422', title: 'Invalid' },
      ],
    };
    expect(normalizeError({ status: 422, body: two }).logId).toBeUndefined();
  });
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
