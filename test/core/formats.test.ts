import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';
import { FIXED, formatFixtures } from '../fixtures/formats';

const fixture = (name: string) => {
  const found = formatFixtures.find((f) => f.name === name);
  if (!found) throw new Error(`no fixture named ${name}`);
  return found;
};
const normalize = (name: string) => {
  const f = fixture(name);
  return normalizeError({ status: f.status, headers: f.headers ?? {}, body: f.body }, { now: FIXED });
};

const REASON_PHRASE = /^(?:\d{3} )?(?:bad request|unauthori[sz]ed|forbidden|not found|conflict|too many requests|internal server error|bad gateway|service unavailable|gateway timeout)\.?$/i;

describe('every format fixture', () => {
  it.each(formatFixtures.map((f) => [f.family, f.name] as const))('%s: %s is read by its family', (family, name) => {
    expect(normalize(name).format).toBe(family);
  });
  it.each(formatFixtures.map((f) => [f.family, f.name] as const))('%s: %s has a plain message and title', (_family, name) => {
    const error = normalize(name);
    for (const text of [error.message, error.title]) {
      expect(text).not.toMatch(/<\/?[a-z!][^>]*>/i);
      expect(text).not.toMatch(/\n|^\s*at |\bat [\w$.]+ ?\(|Exception\b|\.java:\d/);
      expect(text).not.toMatch(/^\d+$/);
    }
    // Titles may be the kind's own heading ("Not found"); a message never just names the status.
    expect(error.message).not.toMatch(REASON_PHRASE);
    expect(error.message.length).toBeGreaterThan(0);
  });
  it.each(formatFixtures.filter((f) => f.status).map((f) => [f.family, f.name, f.status!] as const))('%s: %s keeps the response status', (_family, name, status) => {
    expect(normalize(name).status).toBe(status);
  });
});

describe('problem+json', () => {
  it('RFC 9457 errors extension: #/ pointers become field paths, title the message', () => {
    const error = normalize('RFC 9457 errors extension with #/ pointers');
    expect(error).toMatchObject({ format: 'problem+json', kind: 'validation', status: 422, code: 'https://example.net/validation-error', message: 'Your request is not valid.' });
    expect(error.fieldErrors).toEqual([
      { field: 'age', message: 'Must be a positive integer' },
      { field: 'profile.color', message: "Must be 'green', 'red' or 'blue'" },
    ]);
  });
  it('RFC 7807 invalid-params: name is the field, reason the message (not a code)', () => {
    const error = normalize('RFC 7807 invalid-params');
    expect(error).toMatchObject({ kind: 'validation', status: 400, message: "Your request parameters didn't validate." });
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
    expect(error).toMatchObject({ kind: 'validation', status: 400, message: 'Check your answers and try again.', logId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4b8c1a2b3c4-00' });
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
    expect(normalize('ASP.NET 404 ProblemDetails')).toMatchObject({ kind: 'not-found', title: 'Not found', message: 'It may have been moved or deleted.' });
  });
  it('Spring 6 ProblemDetail: detail is the message, about:blank is no code', () => {
    const notFound = normalize('Spring 6 ProblemDetail 404');
    expect(notFound).toMatchObject({ kind: 'not-found', message: 'No static resource api/users/42.', title: 'Not found' });
    expect(notFound.code).toBeUndefined();
    const bad = normalize('Spring 6 ProblemDetail 400 invalid request content');
    expect(bad).toMatchObject({ kind: 'bad-request', message: 'Invalid request content.', title: 'The request could not be completed' });
    expect(bad.code).toBeUndefined();
  });
});

describe('json:api', () => {
  it('source.pointer into /data/attributes and /data/relationships becomes the member name', () => {
    const error = normalize('422 source.pointer into attributes and relationships');
    // Only field messages: the kind's default summarizes and each field carries its own (conformance rule 2.4).
    expect(error).toMatchObject({ kind: 'validation', status: 422, title: 'There is a problem', message: 'Check your answers and try again.' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'firstName', message: 'First name must contain at least two characters.', code: 'invalid' },
      { field: 'author', message: 'Author must exist.', code: 'blank' },
    ]);
  });
  it('source.parameter names the query parameter', () => {
    const error = normalize('400 source.parameter');
    expect(error.message).toBe('Check your answers and try again.');
    expect(error.fieldErrors).toEqual([{ field: 'include', message: 'The resource does not have an `auther` relationship path.' }]);
  });
  it('reads the string status of the error object, and does not repeat a lone error as a field error', () => {
    const error = normalizeError(fixture('404 without a response status').body, { now: FIXED });
    expect(error).toMatchObject({ kind: 'not-found', status: 404, code: 'not_found', message: 'The record identified by 42 could not be found.', title: 'Record not found' });
    expect(error.fieldErrors).toEqual([]);
  });
});

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
    expect(normalize('FORBIDDEN')).toMatchObject({ kind: 'forbidden', code: 'FORBIDDEN', message: 'You are not allowed to delete this project.' });
  });
  it('BAD_USER_INPUT: extensions.field and argumentName become field errors; the response path does not', () => {
    const error = normalize('BAD_USER_INPUT with argumentName and field');
    expect(error).toMatchObject({ kind: 'validation', code: 'BAD_USER_INPUT', message: 'Enter an email address in the correct format, like name@example.com' });
    expect(error.fieldErrors).toEqual([
      { field: 'input.email', message: 'Enter an email address in the correct format, like name@example.com', code: 'BAD_USER_INPUT' },
      { field: 'teamId', message: 'Invalid argument value', code: 'BAD_USER_INPUT' },
    ]);
  });
  it('GRAPHQL_VALIDATION_FAILED is a bad request whose message is for developers only', () => {
    const error = normalize('GRAPHQL_VALIDATION_FAILED (400)');
    expect(error).toMatchObject({ kind: 'bad-request', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Check your answers and try again.', fieldErrors: [] });
    expect(error.details).toBe('Cannot query field "nam" on type "User". Did you mean "name"?');
  });
  it('INTERNAL_SERVER_ERROR: plain message, stacktrace in details, retryable', () => {
    const error = normalize('INTERNAL_SERVER_ERROR with stacktrace');
    expect(error).toMatchObject({ kind: 'server', code: 'INTERNAL_SERVER_ERROR', message: 'Try again later.', retryable: true });
    expect(error.details).toContain('at Object.order (/app/src/resolvers/order.js:14:31)');
    expect(error.details!.split('\n')[0]).toBe("Cannot read properties of undefined (reading 'id')");
  });
  it('partial data: the error message, and what did resolve in data', () => {
    const error = normalize('partial data with an error');
    expect(error).toMatchObject({ kind: 'unknown', status: 200, message: 'Could not load reviews for this product.', fieldErrors: [] });
    expect(error.code).toBeUndefined();
    expect(error.data).toEqual({ product: { id: 'p1', name: 'Desk lamp', reviews: null } });
  });
  it('a failed request has no data', () => {
    expect(normalize('GRAPHQL_VALIDATION_FAILED (400)').data).toBeUndefined();
    expect(normalize('UNAUTHENTICATED').data).toEqual({ viewer: null });
  });
});

describe('oauth', () => {
  it('invalid_grant is unauthenticated even on 400, with error_description as the message', () => {
    expect(normalize('invalid_grant (refresh token expired)')).toMatchObject({ kind: 'unauthenticated', status: 400, code: 'invalid_grant', message: 'Refresh token expired', retryable: false });
  });
  it("Auth0's 403 invalid_grant is unauthenticated, not forbidden", () => {
    expect(normalize('Auth0 403 invalid_grant')).toMatchObject({ kind: 'unauthenticated', status: 403, code: 'invalid_grant', message: 'Wrong email or password.' });
  });
  it('invalid_token', () => {
    expect(normalize('invalid_token in the body')).toMatchObject({
      kind: 'unauthenticated',
      code: 'invalid_token',
      message: 'The access token provided is expired, revoked, malformed, or invalid for other reasons.',
    });
  });
  it('access_denied is forbidden; a bare "Unauthorized" description gives way to the default', () => {
    expect(normalize('Auth0 access_denied')).toMatchObject({ kind: 'forbidden', code: 'access_denied', message: 'Your account does not have permission to do this.' });
  });
  it('temporarily_unavailable is unavailable and retryable at Retry-After', () => {
    expect(normalize('temporarily_unavailable with Retry-After')).toMatchObject({
      kind: 'unavailable',
      code: 'temporarily_unavailable',
      retryable: true,
      retryAt: FIXED + 120_000,
      message: 'The authorization server is temporarily unable to handle the request due to maintenance.',
    });
  });
});

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
      message: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service 'sheets.googleapis.com'.",
    });
  });
  it('BadRequest field violations: bracket paths become dot paths, reason the code', () => {
    const error = normalize('INVALID_ARGUMENT with BadRequest field violations');
    // Google's fixed text for every INVALID_ARGUMENT says only that an argument was invalid (conformance rule 2.1).
    expect(error).toMatchObject({ kind: 'validation', code: 'INVALID_ARGUMENT', message: 'Check your answers and try again.' });
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
    expect(error).toMatchObject({ kind: 'server', code: 'INTERNAL', message: 'Internal error encountered.', retryable: true });
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
    expect(normalize('Firebase callable INTERNAL')).toMatchObject({ kind: 'server', code: 'INTERNAL', message: 'Try again later.' });
  });
});

describe('stripe', () => {
  it('card_declined on 402: the card message is for people; the request id comes from request_log_url', () => {
    const error = normalize('card_error card_declined (402)');
    expect(error).toMatchObject({ kind: 'bad-request', status: 402, code: 'card_declined', message: 'Your card has insufficient funds.', logId: 'req_Q1w2E3r4T5y6U7', retryable: false });
    expect(error.fieldErrors).toEqual([]);
  });
  it('param in form-encoding brackets becomes a dot path', () => {
    const error = normalize('invalid_request_error parameter_missing with a bracket param');
    expect(error).toMatchObject({ kind: 'validation', code: 'parameter_missing', logId: 'req_Z9x8C7v6B5n4M3' });
    expect(error.fieldErrors).toEqual([{ field: 'shipping.address.line1', message: 'Missing required param: shipping[address][line1].', code: 'parameter_missing' }]);
  });
  it('429 rate_limit is rate-limited and retryable', () => {
    expect(normalize('rate_limit (429)')).toMatchObject({ kind: 'rate-limited', code: 'rate_limit', retryable: true, logId: 'req_R4t3E2w1Q0p9O8' });
  });
  it('Stripe-Should-Retry: false decides retryability; a type is not a code when there is none', () => {
    const error = normalize('idempotency_error with Stripe-Should-Retry: false');
    expect(error).toMatchObject({ kind: 'bad-request', retryable: false, code: 'idempotency_error' });
    expect(error.message).toMatch(/^Keys for idempotent requests can only be used/);
  });
});

describe('github', () => {
  it('422 items without message are described from field and code; "Validation Failed" is not the message', () => {
    const error = normalize('422 Validation Failed (missing_field, no message)');
    expect(error).toMatchObject({ kind: 'validation', status: 422, message: 'Check your answers and try again.', logId: 'CA6E:2B1F:1A2B3C:1D2E3F:6740A1B2' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'title', message: 'Title: missing field', code: 'missing_field' },
      { field: 'name', message: 'Name: already exists', code: 'already_exists' },
    ]);
  });
  it('custom items keep their message', () => {
    const error = normalize('422 custom error with message');
    expect(error.message).toBe('Repository creation failed.');
    expect(error.fieldErrors).toEqual([{ field: 'name', message: 'Name already exists on this account', code: 'custom' }]);
  });
  it('404 "Not Found" gives way to the default; x-github-request-id is the support id', () => {
    expect(normalize('404 Not Found')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.', logId: 'D1E2:3F4A:5B6C7D:8E9F0A:6740A1B2' });
  });
  it('403 with x-ratelimit-remaining: 0 is rate-limited until x-ratelimit-reset (epoch seconds)', () => {
    const error = normalize('403 primary rate limit (x-ratelimit-remaining: 0)');
    expect(error).toMatchObject({ kind: 'rate-limited', status: 403, retryable: true, retryAt: FIXED + 1_800_000 });
    expect(error.rateLimit).toEqual({ limit: 60, remaining: 0, resetAt: FIXED + 1_800_000 });
    expect(error.message).toMatch(/^API rate limit exceeded for 203\.0\.113\.7\./);
  });
  it("the reset epoch is moved onto the client's clock with Date", () => {
    expect(normalize('403 primary rate limit, server clock 10 s ahead').retryAt).toBe(FIXED + 590_000);
  });
  it('403 with Retry-After is the secondary rate limit', () => {
    expect(normalize('403 secondary rate limit with Retry-After')).toMatchObject({ kind: 'rate-limited', retryAt: FIXED + 60_000 });
  });
});

describe('odata', () => {
  it('Microsoft Graph: code, message, and innerError request-id as the support id', () => {
    expect(normalize('Microsoft Graph 404 with innerError')).toMatchObject({
      kind: 'not-found',
      code: 'Request_ResourceNotFound',
      logId: 'b7c7e0c4-1d2f-4b5a-9c3e-2f1a0b9c8d7e',
      message: "Resource '4a2b6c8d-0000-0000-0000-000000000000' does not exist or one of its queried reference-property objects are not present.",
    });
    expect(normalize('Microsoft Graph 401 InvalidAuthenticationToken')).toMatchObject({
      kind: 'unauthenticated',
      code: 'InvalidAuthenticationToken',
      message: 'Access token has expired or is not yet valid.',
      logId: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
    });
  });
  it('Graph throttling: Retry-After, and innerError text for developers', () => {
    expect(normalize('Microsoft Graph 429 throttled')).toMatchObject({
      kind: 'rate-limited',
      code: 'TooManyRequests',
      message: 'Please retry again later.',
      retryAt: FIXED + 10_000,
      logId: '94fb3b52-452a-4535-a601-69e0a90e3aa2',
      details: 'Please retry after',
    });
  });
  it('OData v4 details: target is the field', () => {
    const error = normalize('OData v4 details with target');
    expect(error).toMatchObject({ kind: 'validation', code: 'BadArgument', message: 'Multiple errors in ContactInfo data' });
    expect(error.fieldErrors).toEqual([
      { field: 'PhoneNumber', message: 'Phone number must not be null', code: 'NullValue' },
      { field: 'LastName', message: 'Last name must not be null', code: 'NullValue' },
      { field: 'Address', message: 'Address is not valid', code: 'MalformedValue' },
    ]);
  });
});

describe('slack', () => {
  it('ok:false on HTTP 200 classifies by its error code', () => {
    expect(normalize('channel_not_found')).toMatchObject({ kind: 'not-found', status: 200, code: 'channel_not_found', message: 'It may have been moved or deleted.' });
    expect(normalize('invalid_auth')).toMatchObject({ kind: 'unauthenticated', code: 'invalid_auth' });
    expect(normalize('invalid_arguments with response_metadata')).toMatchObject({ kind: 'validation', code: 'invalid_arguments', message: 'Check your answers and try again.' });
  });
  it('429 ratelimited with Retry-After', () => {
    expect(normalize('ratelimited (429 with Retry-After)')).toMatchObject({ kind: 'rate-limited', code: 'ratelimited', retryAt: FIXED + 30_000, retryable: true });
  });
});

describe('laravel', () => {
  it('422 errors keyed by dot paths', () => {
    const error = normalize('422 validation with dot paths');
    expect(error).toMatchObject({ kind: 'validation', message: 'The email field is required. (and 2 more errors)' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'The email field is required.' },
      { field: 'items.0.qty', message: 'The items.0.qty field must be at least 1.' },
      { field: 'password', message: 'The password field must be at least 8 characters.' },
    ]);
  });
  it('a single error', () => {
    expect(normalize('422 single error')).toMatchObject({ message: 'The email has already been taken.', fieldErrors: [{ field: 'email', message: 'The email has already been taken.' }] });
  });
  it('framework boilerplate ("Unauthenticated.", "Too Many Attempts.", "Server Error") gives way to the defaults', () => {
    expect(normalize('401 Unauthenticated.')).toMatchObject({ kind: 'unauthenticated', message: 'Your session may have ended. Sign in and try again.' });
    expect(normalize('429 Too Many Attempts.')).toMatchObject({ kind: 'rate-limited', message: 'You have made too many requests in a short time.', retryAt: FIXED + 42_000 });
    expect(normalize('500 Server Error (production)')).toMatchObject({ kind: 'server', message: 'Try again later.' });
  });
  it('throttle headers fill rateLimit', () => {
    expect(normalize('429 Too Many Attempts.').rateLimit).toEqual({ limit: 60, remaining: 0, resetAt: FIXED + 42_000 });
  });
});

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
    expect(normalize('Rails API errors map').fieldErrors).toEqual([{ field: 'email', message: 'Has already been taken' }]);
  });
  it('Rails full_messages are form-level', () => {
    expect(normalize('Rails full_messages').fieldErrors).toEqual([{ message: "Email can't be blank" }, { message: 'Password is too short (minimum is 8 characters)' }]);
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
    expect(normalize('DRF ListField errors keyed by index').fieldErrors).toEqual([{ field: 'tags.1', message: 'Not a valid string.' }]);
  });
  it('a map holding anything but lists of strings is not a field dictionary', () => {
    expect(normalizeError({ status: 400, headers: {}, body: { error: { message: 'Bad thing', tags: ['a'] } } }).format).toBe('generic');
    expect(normalizeError({ status: 400, headers: {}, body: { errors: [] } }).fieldErrors).toEqual([]);
  });
});

describe('detail', () => {
  it('DRF 401, 403 and 404', () => {
    expect(normalize('DRF 401 not authenticated')).toMatchObject({ kind: 'unauthenticated', message: 'Authentication credentials were not provided.' });
    expect(normalize('DRF 401 not authenticated').code).toBeUndefined();
    expect(normalize('DRF 403 permission denied')).toMatchObject({ kind: 'forbidden', message: 'You do not have permission to perform this action.' });
    expect(normalize('DRF 404 Not found.')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.' });
  });
  it('DRF throttle: Retry-After, or the wait named in the text when the header is hidden', () => {
    const withHeader = normalize('DRF 429 throttled with Retry-After');
    const withoutHeader = normalize('DRF 429 throttled without Retry-After (hidden by CORS)');
    for (const error of [withHeader, withoutHeader]) {
      expect(error).toMatchObject({ kind: 'rate-limited', retryAt: FIXED + 56_000, retryable: true, message: 'Request was throttled. Expected available in 56 seconds.' });
    }
  });
  it('FastAPI HTTPException', () => {
    expect(normalize('FastAPI HTTPException 404')).toMatchObject({ kind: 'not-found', message: 'Item not found' });
    expect(normalize('FastAPI OAuth2PasswordBearer 401')).toMatchObject({ kind: 'unauthenticated', message: 'Your session may have ended. Sign in and try again.' });
    expect(normalize('FastAPI unknown route')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.' });
  });
});

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
      { field: 'limit', message: 'Input should be a valid integer, unable to parse string as an integer', code: 'int_parsing' },
    ]);
    expect(normalize('Pydantic v1 422').fieldErrors).toEqual([{ field: 'email', message: 'Field required', code: 'value_error.missing' }]);
  });
});

describe('spring', () => {
  it('defaults: the reason phrase in `error` is not the message', () => {
    const error = normalize('BasicErrorController 404 (defaults)');
    expect(error).toMatchObject({ kind: 'not-found', status: 404, message: 'It may have been moved or deleted.', fieldErrors: [] });
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
    expect(error.details).toMatch(/^java\.lang\.NullPointerException: .*\n\tat com\.example\.users\.UserService\.create\(UserService\.java:42\)/);
  });
});

describe('nestjs', () => {
  it('ValidationPipe: the property path prefix of each message is the field', () => {
    const error = normalize('ValidationPipe array with nested paths');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Email must be an email' },
      { field: 'items.0.name', message: 'Items.0.name should not be empty' },
      { field: 'password', message: 'Password must be longer than or equal to 8 characters' },
    ]);
  });
  it('"Cannot GET /x" and "ThrottlerException: Too Many Requests" give way to the defaults', () => {
    expect(normalize('404 Cannot GET')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.' });
    expect(normalize('ThrottlerException 429')).toMatchObject({ kind: 'rate-limited', message: 'You have made too many requests in a short time.', retryAt: FIXED + 60_000 });
  });
  it('a custom exception message is kept', () => {
    expect(normalize('custom NotFoundException message')).toMatchObject({ kind: 'not-found', message: 'Project 42 was not found' });
  });
});

describe('express-validator', () => {
  it('v7 path, bracket indices; type "field" is not a code', () => {
    const error = normalize('v7 path');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Enter a valid email address' },
      { field: 'items.0.qty', message: 'Quantity must be at least 1' },
    ]);
  });
  it('v6 param', () => {
    expect(normalize('v6 param')).toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'password', message: 'Invalid value' }] });
  });
});

describe('zod', () => {
  it('flatten: formErrors are form-level, fieldErrors keyed by field', () => {
    expect(normalize('flatten').fieldErrors).toEqual([
      { message: 'Passwords do not match' },
      { field: 'email', message: 'Invalid email address' },
      { field: 'age', message: 'Invalid input: expected number, received string' },
    ]);
    expect(normalize('flatten, field errors only')).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ field: 'username', message: 'Invalid input: expected string, received number' }],
    });
  });
  it('Zod 4 treeifyError: properties and items walk to dot paths; null items are skipped', () => {
    expect(normalize('Zod 4 treeifyError with properties and items').fieldErrors).toEqual([
      { message: 'Unrecognized key: "extraKey"' },
      { field: 'username', message: 'Invalid input: expected string, received number' },
      { field: 'favoriteNumbers.1', message: 'Invalid input: expected number, received string' },
      { field: 'address.zip', message: 'Too small: expected string to have >=5 characters' },
    ]);
  });
});

describe('strapi', () => {
  it('ValidationError: path arrays are fields; the error name is the code', () => {
    const error = normalize('v4 ValidationError with path arrays');
    expect(error).toMatchObject({ kind: 'validation', code: 'ValidationError', message: '2 errors occurred' });
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'Email must be a valid email' },
      { field: 'address.zip', message: 'Address.zip must be at most 10 characters' },
    ]);
  });
  it('ForbiddenError and ApplicationError', () => {
    expect(normalize('v4 ForbiddenError')).toMatchObject({ kind: 'forbidden', code: 'ForbiddenError', message: 'Your account does not have permission to do this.' });
    expect(normalize('v4 ApplicationError')).toMatchObject({ kind: 'bad-request', code: 'ApplicationError', message: 'Email or Username are already taken' });
  });
});

describe('postgrest', () => {
  it('23505: database text is for developers; the status says conflict', () => {
    const error = normalize('23505 unique violation (409)');
    expect(error).toMatchObject({ kind: 'conflict', code: '23505', message: 'It clashes with something that already exists or has just changed.' });
    expect(error.details).toBe('duplicate key value violates unique constraint "users_email_key"\nKey (email)=(ada@example.com) already exists.');
  });
  it('P0001 is text the app raised on purpose', () => {
    expect(normalize('P0001 raise exception (400)')).toMatchObject({ kind: 'bad-request', code: 'P0001', message: 'Insufficient balance for this transfer' });
  });
  it('42501 permission denied', () => {
    expect(normalize('42501 permission denied (403)')).toMatchObject({ kind: 'forbidden', code: '42501', message: 'Your account does not have permission to do this.', details: 'permission denied for table invoices' });
  });
});

describe('discord', () => {
  it('50035: nested _errors flatten to dot paths; the numeric code is a string', () => {
    const error = normalize('50035 Invalid Form Body with nested _errors');
    expect(error).toMatchObject({ kind: 'validation', code: '50035' });
    expect(error.fieldErrors).toEqual([
      { field: 'name', message: 'This field is required', code: 'BASE_TYPE_REQUIRED' },
      { field: 'embeds.0.fields.1.value', message: 'Must be 1024 or fewer in length.', code: 'BASE_TYPE_MAX_LENGTH' },
    ]);
  });
  it('429 retry_after in fractional seconds, when headers are hidden', () => {
    expect(normalize('429 retry_after 1.337 (headers hidden)')).toMatchObject({ kind: 'rate-limited', retryAt: FIXED + 1337, message: 'You are being rate limited.' });
  });
  it('Retry-After outranks the body', () => {
    expect(normalize('429 global with Retry-After').retryAt).toBe(FIXED + 65_000);
  });
});

describe('cloudflare', () => {
  it('success:false: the first error is the message and its numeric code the code, not repeated as a field error', () => {
    expect(normalize('403 authentication error')).toMatchObject({ kind: 'forbidden', code: '10000', message: 'Authentication error', logId: '8e1f2a3b4c5d6e7f-LHR', fieldErrors: [] });
    expect(normalize('400 record already exists')).toMatchObject({ kind: 'bad-request', code: '81057', message: 'Record already exists.', fieldErrors: [] });
  });
});

describe('jira', () => {
  it('errors map: fields by key, no message of its own', () => {
    const error = normalize('400 field errors only');
    expect(error).toMatchObject({ kind: 'validation', message: 'Check your answers and try again.' });
    expect(error.fieldErrors).toEqual([
      { field: 'summary', message: 'You must specify a summary of the issue.' },
      { field: 'customfield_10010', message: "Field 'customfield_10010' cannot be set. It is not on the appropriate screen, or unknown." },
    ]);
  });
  it('errorMessages: the first is the message; a 404 stays a 404', () => {
    expect(normalize('404 errorMessages')).toMatchObject({ kind: 'not-found', message: 'Issue does not exist or you do not have permission to see it.', fieldErrors: [] });
  });
  it('both: every message is listed', () => {
    const error = normalizeError({ status: 400, headers: {}, body: { errorMessages: ['Cannot create issue.'], errors: { summary: 'Summary is required.' } } });
    expect(error.message).toBe('Cannot create issue.');
    expect(error.fieldErrors).toEqual([{ message: 'Cannot create issue.' }, { field: 'summary', message: 'Summary is required.' }]);
  });
});

describe('html', () => {
  it('nginx 502: plain default message, page text in details', () => {
    const error = normalize('nginx 502 Bad Gateway');
    expect(error).toMatchObject({ kind: 'unavailable', status: 502, retryable: true, message: 'Try again later.' });
    expect(error.details).toBe('502 Bad Gateway 502 Bad Gateway nginx/1.25.3');
  });
  it('Heroku application error: x-request-id is the support id; styles are dropped', () => {
    expect(normalize('Heroku Application Error')).toMatchObject({
      kind: 'unavailable',
      logId: '2f6d0e7a-8b9c-4d1e-a2f3-4b5c6d7e8f90',
      details: 'Application Error',
    });
  });
  it('Cloudflare 52x: the origin is unreachable; cf-ray is the support id', () => {
    const error = normalize('Cloudflare 522 Connection timed out');
    expect(error).toMatchObject({ kind: 'unavailable', status: 522, retryable: true, logId: '7d4c6c2f9e8b1234-SJC' });
    expect(error.details).toContain('522: Connection timed out');
    expect(error.details).not.toMatch(/<(?:html|script|div|title)|addEventListener/);
    // Its conditional comments (`<!--<![endif]-->`) leave nothing behind.
    expect(error.details).not.toMatch(/<!|-->|endif/);
  });
  it('an HTML 404 page gives the not-found default', () => {
    expect(normalize('Express default 404 page')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.', details: 'Error Cannot GET /api/x' });
  });
});

describe('text', () => {
  it('a 4xx sentence is the message', () => {
    expect(normalize('Go http.Error 400 sentence')).toMatchObject({ kind: 'bad-request', message: 'The start date must be before the end date.' });
  });
  it('"404 page not found" is no message', () => {
    expect(normalize('Go net/http 404 page not found')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.', details: '404 page not found' });
  });
  it('5xx text is for developers', () => {
    expect(normalize('Envoy 503 upstream reset')).toMatchObject({
      kind: 'unavailable',
      message: 'Try again later.',
      details: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
    });
  });
});

describe('empty', () => {
  it('RFC 6750: the bearer challenge gives code and message', () => {
    expect(normalize('401 empty with RFC 6750 challenge')).toMatchObject({ kind: 'unauthenticated', code: 'invalid_token', message: 'The access token expired' });
    expect(normalize('403 empty with insufficient_scope challenge')).toMatchObject({
      kind: 'forbidden',
      code: 'insufficient_scope',
      message: 'The request requires higher privileges than provided by the access token.',
    });
  });
  it('null and whitespace bodies fall back to the status', () => {
    expect(normalize('404 null body')).toMatchObject({ kind: 'not-found', message: 'It may have been moved or deleted.', fieldErrors: [] });
    expect(normalize('503 empty with an HTTP-date Retry-After')).toMatchObject({ kind: 'unavailable', retryAt: FIXED + 120_000, retryable: true });
  });
});
