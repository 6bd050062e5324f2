import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../../src';
import { corpus } from '../../conformance/corpus';
import { normalize } from './fixture';

describe('graphql', () => {
  it('UNAUTHENTICATED on HTTP 200 asks to sign in; "Not authenticated" gives way to the default', () => {
    expect(normalize('UNAUTHENTICATED')).toMatchObject({
      kind: 'unauthenticated',
      status: 200,
      code: 'UNAUTHENTICATED',
      message: 'Your session may have ended. Sign in and try again.',
      retryable: false,
      fieldErrors: [],
    });
  });
  it('FORBIDDEN keeps the resolver message', () => {
    expect(normalize('FORBIDDEN')).toMatchObject({
      kind: 'forbidden',
      code: 'FORBIDDEN',
      message: 'You are not allowed to delete this project.',
    });
  });
  it('BAD_USER_INPUT: extensions.field and argumentName become field errors; the response path does not', () => {
    const error = normalize('BAD_USER_INPUT with argumentName and field');
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'BAD_USER_INPUT',
      message: 'Enter an email address in the correct format, like name@example.com',
    });
    expect(error.fieldErrors).toEqual([
      {
        field: 'input.email',
        message: 'Enter an email address in the correct format, like name@example.com',
        code: 'BAD_USER_INPUT',
      },
      { field: 'teamId', message: 'Invalid argument value', code: 'BAD_USER_INPUT' },
    ]);
  });
  it('GRAPHQL_VALIDATION_FAILED is a bad request whose message is for developers only', () => {
    const error = normalize('GRAPHQL_VALIDATION_FAILED (400)');
    expect(error).toMatchObject({
      kind: 'bad-request',
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: 'Check your answers and try again.',
      fieldErrors: [],
    });
    expect(error.details).toBe('Cannot query field "nam" on type "User". Did you mean "name"?');
  });
  it('INTERNAL_SERVER_ERROR: plain message, stacktrace in details, retryable', () => {
    const error = normalize('INTERNAL_SERVER_ERROR with stacktrace');
    expect(error).toMatchObject({
      kind: 'server',
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Try again later.',
      retryable: true,
    });
    expect(error.details).toContain('at Object.order (/app/src/resolvers/order.js:14:31)');
    expect(error.details!.split('\n')[0]).toBe("Cannot read properties of undefined (reading 'id')");
  });
  it('partial data: the error message, and what did resolve in data', () => {
    const error = normalize('partial data with an error');
    expect(error).toMatchObject({
      kind: 'unknown',
      status: 200,
      message: 'Could not load reviews for this product.',
      fieldErrors: [],
    });
    expect(error.code).toBeUndefined();
    expect(error.data).toEqual({ product: { id: 'p1', name: 'Desk lamp', reviews: null } });
  });
  it("an error's own `code` and `request_id` beside its message are its code and support id (ShipHero's)", () => {
    // test/conformance/cases/unseen-2026-12-11-l.ts: ShipHero's public GraphQL API, a 200 out of credits.
    const body = corpus.find((c) => c.id === 'shiphero/graphql-not-enough-credits-200')?.response?.body;
    expect(normalizeError({ status: 200, body })).toMatchObject({
      kind: 'unknown',
      code: '30',
      logId: '5f438ca4021e31279b6d8291',
      format: 'graphql',
    });
  });
  it('a failed request has no data', () => {
    expect(normalize('GRAPHQL_VALIDATION_FAILED (400)').data).toBeUndefined();
    expect(normalize('UNAUTHENTICATED').data).toEqual({ viewer: null });
  });
});
