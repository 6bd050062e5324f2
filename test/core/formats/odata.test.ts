import { describe, expect, it } from 'vitest';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

describe('odata', () => {
  it('Microsoft Graph: code, message, and innerError request-id as the support id', () => {
    expect(normalize('Microsoft Graph 404 with innerError')).toMatchObject({
      kind: 'not-found',
      code: 'Request_ResourceNotFound',
      logId: 'b7c7e0c4-1d2f-4b5a-9c3e-2f1a0b9c8d7e',
      message:
        "Resource '4a2b6c8d-0000-0000-0000-000000000000' does not exist or one of its queried reference-property objects are not present.",
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
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'BadArgument',
      message: 'Multiple errors in ContactInfo data',
    });
    expect(error.fieldErrors).toEqual([
      { field: 'PhoneNumber', message: 'Phone number must not be null', code: 'NullValue' },
      { field: 'LastName', message: 'Last name must not be null', code: 'NullValue' },
      { field: 'Address', message: 'Address is not valid', code: 'MalformedValue' },
    ]);
  });
});
