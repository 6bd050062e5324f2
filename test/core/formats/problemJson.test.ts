import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { normalize } from './fixture';

describe('problem+json', () => {
  it('RFC 9457 errors extension: #/ pointers become field paths, title the message', () => {
    const error = normalize('RFC 9457 errors extension with #/ pointers');
    expect(error).toMatchObject({
      format: 'problem+json',
      kind: 'validation',
      status: 422,
      code: 'https://example.net/validation-error',
      message: 'Your request is not valid.',
    });
    expect(error.fieldErrors).toEqual([
      { field: 'age', message: 'Must be a positive integer' },
      { field: 'profile.color', message: "Must be 'green', 'red' or 'blue'" },
    ]);
  });
  it('RFC 7807 invalid-params: name is the field, reason the message (not a code)', () => {
    const error = normalize('RFC 7807 invalid-params');
    // Its title only says that validation failed (conformance rule 2.1, as Rev.ai's same title): the default
    // summarizes, the fields speak.
    expect(error).toMatchObject({
      kind: 'validation',
      status: 400,
      message: 'Check your answers and try again.',
      messageSource: 'default',
    });
    expect(error.fieldErrors).toEqual([
      { field: 'age', message: 'Must be a positive integer' },
      { field: 'color', message: "Must be 'green', 'red' or 'blue'" },
    ]);
  });
  it('detail is the message and title the heading', () => {
    expect(normalize('RFC 7807 out of credit')).toMatchObject({
      kind: 'forbidden',
      title: 'You do not have enough credit.',
      message: 'Your current balance is 30, but that costs 50.',
      code: 'https://example.com/probs/out-of-credit',
      fieldErrors: [],
    });
  });
  it('ASP.NET ValidationProblemDetails: errors dictionary, bracket keys, traceId as the support id', () => {
    const error = normalize('ASP.NET ValidationProblemDetails');
    // Its title only says that validation failed (conformance rule 2.1): the default summarizes, the fields speak.
    expect(error).toMatchObject({
      kind: 'validation',
      status: 400,
      message: 'Check your answers and try again.',
      logId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4b8c1a2b3c4-00',
    });
    expect(error.fieldErrors).toEqual([
      { field: 'Email', message: 'The Email field is required.' },
      { field: 'Items.0.Name', message: 'The Name field is required.' },
      { field: 'Items.0.Name', message: 'The field Name must be a string with a maximum length of 50.' },
    ]);
  });
  it('ASP.NET deserialization errors: $. JSON paths lose the root', () => {
    const error = normalize('ASP.NET body deserialization failure ($. paths)');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['request', 'age']);
    expect(error.logId).toBe('00-0aa4e3f7a6b1c2d3e4f5061728394a5b-1c2d3e4f5a6b7c8d-00');
  });
  it('a bare "Not Found" title gives way to the plain default', () => {
    expect(normalize('ASP.NET 404 ProblemDetails')).toMatchObject({
      kind: 'not-found',
      title: 'Not found',
      message: 'It may have been moved or deleted.',
    });
  });
  it('Spring 6 ProblemDetail: detail is the message, about:blank is no code', () => {
    const notFound = normalize('Spring 6 ProblemDetail 404');
    expect(notFound).toMatchObject({
      kind: 'not-found',
      message: 'No static resource api/users/42.',
      title: 'Not found',
    });
    expect(notFound.code).toBeUndefined();
    const bad = normalize('Spring 6 ProblemDetail 400 invalid request content');
    expect(bad).toMatchObject({
      kind: 'bad-request',
      message: 'Invalid request content.',
      title: 'The request could not be completed',
    });
    expect(bad.code).toBeUndefined();
  });
});

describe('problem+json instance', () => {
  it('an id in `instance` is the support id; a path there is not one (RFC 9457 §3.1.5)', async () => {
    // Vonage's API standards example: `instance` holds the request's trace id.
    const { corpus } = await import('../../conformance/corpus');
    const vonage = corpus.find((c) => c.id === 'vonage/invalid-credentials-401')!.response!;
    expect(normalizeError({ status: vonage.status, headers: vonage.headers ?? {}, body: vonage.body })).toMatchObject({
      format: 'problem+json',
      logId: '797a8f199c45014ab7b08bfe9cc1c12c',
    });
    // RFC 9457's own example: `/account/12345/msgs/abc` is a URI reference, not an id a person reads out.
    expect(normalize('RFC 7807 out of credit').logId).toBeUndefined();
  });
});
