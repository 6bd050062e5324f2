import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('google', () => {
  it('AIP-193: ErrorInfo reason is the code, RetryInfo the wait, RequestInfo the support id', () => {
    const error = normalize('RESOURCE_EXHAUSTED with ErrorInfo, RetryInfo and RequestInfo');
    expect(error).toMatchObject({
      kind: 'rate-limited',
      status: 429,
      code: 'RATE_LIMIT_EXCEEDED',
      retryAt: FIXED + 30_000,
      logId: '8f2a6c1e-93b4-4d2a-b0a1-5e7c9d3f1a20',
      retryable: true,
      message:
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'sheets.googleapis.com'.",
    });
  });
  it('BadRequest field violations: bracket paths become dot paths, reason the code', () => {
    const error = normalize('INVALID_ARGUMENT with BadRequest field violations');
    // Google's fixed text for every INVALID_ARGUMENT says only that an argument was invalid (conformance rule 2.1).
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'INVALID_ARGUMENT',
      message: 'Check your answers and try again.',
    });
    expect(error.fieldErrors).toEqual([
      { field: 'emailAddresses.1.email', message: 'Invalid email address', code: 'INVALID_EMAIL' },
      { field: 'names.0.givenName', message: 'Must not be empty' },
    ]);
  });
  it('LocalizedMessage is the message; the canonical status classifies', () => {
    expect(normalize('PERMISSION_DENIED with ErrorInfo and LocalizedMessage')).toMatchObject({
      kind: 'forbidden',
      code: 'IAM_PERMISSION_DENIED',
      message: 'You do not have access to this file.',
    });
  });
  it('DebugInfo goes to details only', () => {
    const error = normalize('INTERNAL with DebugInfo');
    expect(error).toMatchObject({
      kind: 'server',
      code: 'INTERNAL',
      message: 'Internal error encountered.',
      retryable: true,
    });
    expect(error.details).toBe(
      'NullPointerException in quota lookup\ncom.google.api.server.Dispatcher.dispatch(Dispatcher.java:412)\ncom.google.api.server.Handler.handle(Handler.java:88)',
    );
  });
  it('Firebase Auth: a code in message (EMAIL_EXISTS) is the code, not the message', () => {
    const error = normalize('Firebase Auth EMAIL_EXISTS');
    expect(error).toMatchObject({ kind: 'conflict', status: 400, code: 'EMAIL_EXISTS', fieldErrors: [] });
    expect(error.message).toBe('It clashes with something that already exists or has just changed.');
  });
  it('Firebase Auth: "CODE : sentence" splits into code and message', () => {
    expect(normalize('Firebase Auth TOO_MANY_ATTEMPTS_TRY_LATER')).toMatchObject({
      kind: 'rate-limited',
      code: 'TOO_MANY_ATTEMPTS_TRY_LATER',
      message:
        'Access to this account has been temporarily disabled due to many failed login attempts. You can immediately restore it by resetting your password or you can try again later.',
      fieldErrors: [],
    });
  });
  it('Firebase callable: status is the code, message the sentence', () => {
    expect(normalize('Firebase callable INVALID_ARGUMENT')).toMatchObject({
      kind: 'validation',
      code: 'INVALID_ARGUMENT',
      message: 'The message must be between 1 and 500 characters long.',
    });
    expect(normalize('Firebase callable INTERNAL')).toMatchObject({
      kind: 'server',
      code: 'INTERNAL',
      message: 'Try again later.',
    });
  });
});
