import { describe, expect, it } from 'vitest';
import { createNormalizer, normalizeError } from '../../../src';
import { aws } from '../../../src/formats';
import { FIXED } from '../../fixtures/formats';
import { normalize } from './fixture';

// A 429 from API Gateway behind CloudFront, headers as logged in amberelectric/public-api#280
// (https://github.com/amberelectric/public-api/issues/280); the issue does not show the 31-byte body.
const throttled = {
  status: 429,
  headers: {
    'Content-Type': 'application/json',
    'x-amzn-RequestId': 'f99318c6-72fd-48ff-9c32-3710d3a9596d',
    'x-amzn-ErrorType': 'TooManyRequestsException',
    'X-Amz-Cf-Id': 'Y34SlCjGbzCo28ipbKGxZTC8cm7ynOy9_jGp0NNuafzvkykgrK9XEQ==',
  },
};
// API Gateway's 403 for a missing token, from the `curl -i` output in oren/test-awsm-users's README.
const missingToken = {
  status: 403,
  headers: {
    'x-amzn-ErrorType':
      'MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/',
    'x-amzn-RequestId': '0db69701-657f-11e5-8100-7750da63aac3',
  },
  body: { message: 'Missing Authentication Token' },
};

describe('aws', () => {
  it('__type without its namespace is the code; a not-found code on a 400 is not-found', () => {
    expect(normalize('DynamoDB ResourceNotFoundException')).toMatchObject({
      format: 'aws',
      kind: 'not-found',
      code: 'ResourceNotFoundException',
      message: 'Requested resource not found: Table: tablename not found',
      logId: 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG',
    });
    expect(normalize('SQS QueueDoesNotExist')).toMatchObject({ format: 'aws', code: 'QueueDoesNotExist' });
  });
  it('x-amzn-ErrorType names the error when the body does not, without its namespace URL', () => {
    expect(normalizeError(throttled, { now: FIXED })).toMatchObject({
      kind: 'rate-limited',
      code: 'TooManyRequestsException',
    });
    // A credential code on a 403: the request had no valid credentials.
    expect(normalizeError(missingToken, { now: FIXED })).toMatchObject({
      kind: 'unauthenticated',
      code: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
    });
  });
  it('the header is read only by a normalizer given the aws format', () => {
    const bare = createNormalizer();
    expect(bare(throttled, { now: FIXED }).code).toBeUndefined();
    expect(bare(missingToken, { now: FIXED })).toMatchObject({ kind: 'forbidden' });
    const withAws = createNormalizer({ formats: [aws] });
    expect(withAws(missingToken, { now: FIXED })).toMatchObject({
      kind: 'unauthenticated',
      code: 'MissingAuthenticationTokenException',
    });
  });
  it("a code in the body outranks the header's", () => {
    const error = normalizeError({
      status: 400,
      headers: { 'x-amzn-ErrorType': 'ValidationException' },
      body: { __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Table not found.' },
    });
    expect(error.code).toBe('ResourceNotFoundException');
  });
});
