import { describe, expect, it } from 'vitest';
import { normalizeError, parseOAuthRedirect } from '../../src';
import { seedFixtures, seedRedirects } from '../fixtures/seeds';

const NOW = Date.UTC(2026, 10, 22, 12);
const normalize = (name: string) => {
  const fixture = seedFixtures.find((f) => f.name === name)!;
  return normalizeError({ status: fixture.status, headers: fixture.headers ?? {}, body: fixture.body }, { now: NOW });
};

describe('seed 000: Octopus', () => {
  it('401 asks the person to sign in and keeps the server sentence', () => {
    const error = normalize('401 invalid API key');
    expect(error).toMatchObject({ kind: 'unauthenticated', status: 401, format: 'octopus', retryable: false });
    expect(error.message).toBe(
      'Either your API key is invalid, or your account has been disabled. Please contact your Octopus administrator.',
    );
  });
  it('403 is forbidden, 404 not found', () => {
    expect(normalize('403 no permission').kind).toBe('forbidden');
    expect(normalize('404 not found')).toMatchObject({ kind: 'not-found', message: 'The resource was not found..' });
  });
  it('400 with Errors[] is a validation error with form-level messages', () => {
    const error = normalize('400 validation errors');
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([
      { message: 'The name field is required' },
      { message: 'The email address field is required' },
    ]);
  });
  it('500 keeps FullException for developers only', () => {
    const error = normalize('500 with FullException');
    expect(error).toMatchObject({ kind: 'server', retryable: true, message: 'There was a problem with your request.' });
    expect(error.details).toContain('System.DivideByZeroException');
    expect(error.message + error.title).not.toContain('DivideByZero');
  });
});

describe('seed 001: Message or Description, 429 with Retry-After', () => {
  it('reads Message and Description', () => {
    expect(normalize('400 Message')).toMatchObject({
      kind: 'bad-request',
      message: 'Something in the request is missing or wrong.',
      format: 'message-description',
    });
    expect(normalize('415 Description').message).toBe('Content-Type header is missing or wrong.');
  });
  it('429 turns Retry-After into an absolute retryAt', () => {
    const error = normalize('429 with Retry-After');
    expect(error).toMatchObject({ kind: 'rate-limited', retryAt: NOW + 30_000, retryable: true });
    expect(error.message).toMatch(/^Too many requests within the specified time slot/);
  });
  it('503 is unavailable', () => {
    expect(normalize('503 maintenance')).toMatchObject({
      kind: 'unavailable',
      message: 'Server is currently unavailable or down for maintenance.',
    });
  });
});

describe('seed 002: message/description and OAuth2', () => {
  it('skips a message that only repeats the status and uses the description', () => {
    expect(normalize('404 message and description').message).toBe('The requested resource was not found');
    expect(normalize('401 missing token')).toMatchObject({
      kind: 'unauthenticated',
      message: 'The request was missing a valid API key or access token',
    });
  });
  it('token errors keep the OAuth code and description', () => {
    expect(normalize('token: invalid_client')).toMatchObject({
      kind: 'unauthenticated',
      code: 'invalid_client',
      format: 'oauth',
      message: 'The client id or client secret is invalid',
    });
    expect(normalize('token: unsupported_grant_type')).toMatchObject({
      kind: 'bad-request',
      code: 'unsupported_grant_type',
    });
    expect(normalize('token: server_error')).toMatchObject({ kind: 'server', code: 'server_error' });
  });
  it.each(seedRedirects)('redirect error $name', ({ url, code }) => {
    const error = parseOAuthRedirect(url);
    expect(error?.code).toBe(code);
    expect(error?.format).toBe('oauth');
  });
  it('access_denied on the redirect is forbidden; a URL without error is null', () => {
    expect(parseOAuthRedirect(seedRedirects[0]!.url)).toMatchObject({
      kind: 'forbidden',
      message: 'The resource owner denied the request',
    });
    expect(parseOAuthRedirect(seedRedirects[2]!.url)?.kind).toBe('forbidden');
    expect(parseOAuthRedirect('https://app.example.com/callback?code=abc&state=xyz')).toBeNull();
  });
});

describe('seed 003: meta.error envelope', () => {
  it('401 Unauthorized', () => {
    expect(normalize('401 Unauthorized')).toMatchObject({
      kind: 'unauthenticated',
      code: 'Unauthorized',
      format: 'meta-envelope',
    });
  });
  it('422 ValidationFailure lists each error with its type as code; the generic headline gives way to the default', () => {
    const error = normalize('422 ValidationFailure');
    // "Data validation failed" says only that validation failed (conformance rule 2.1): the default says it plainly.
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'ValidationFailure',
      message: 'Check your answers and try again.',
    });
    expect(error.fieldErrors).toEqual([
      { message: 'Invalid email', code: 'InvalidEmail' },
      { message: 'Invalid password', code: 'InvalidPassword' },
    ]);
  });
  it('AlreadyExists is a conflict', () => {
    expect(normalize('409 AlreadyExists')).toMatchObject({ kind: 'conflict', code: 'AlreadyExists' });
  });
  it('reads the envelope status when there is no response status', () => {
    const body = seedFixtures.find((f) => f.name === '422 ValidationFailure')!.body;
    expect(normalizeError(body)).toMatchObject({ kind: 'validation', status: 422 });
  });
});

describe('seed 004: Contensis', () => {
  it('reads the example exactly as written, although it is not valid JSON', () => {
    const error = normalize('500 ServerError (as written)');
    expect(error).toMatchObject({
      kind: 'server',
      format: 'contensis',
      logId: '63cb1df0-b82a-459e-accc-635e187f3b8b',
      message: 'An error occurred requesting the entry',
    });
    expect(error.details).toContain('"projectId" "moveiDb"');
  });
  it('keeps logId and data from a valid body', () => {
    const error = normalize('500 ServerError (valid JSON)');
    expect(error.logId).toBe('63cb1df0-b82a-459e-accc-635e187f3b8b');
    expect(error.data).toEqual({ entryId: 'ba8a92bd-0e5f-465e-acec-3cdb3db38df6', projectId: 'moveiDb' });
  });
  it('403 AccessDenied is forbidden', () => {
    expect(normalize('403 AccessDenied')).toMatchObject({
      kind: 'forbidden',
      logId: 'd1b8f1a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
    });
  });
});
