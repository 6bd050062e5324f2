import { describe, expect, it } from 'vitest';
import { createNormalizer } from '../../../src';
import { stripe } from '../../../src/formats';
import { FIXED } from '../../fixtures/formats';
import { fixture, normalize } from './fixture';

describe('stripe', () => {
  it('card_declined on 402: the card message is for people; the request id comes from request_log_url', () => {
    const error = normalize('card_error card_declined (402)');
    expect(error).toMatchObject({
      kind: 'bad-request',
      status: 402,
      code: 'card_declined',
      message: 'Your card has insufficient funds.',
      logId: 'req_Q1w2E3r4T5y6U7',
      retryable: false,
    });
    expect(error.fieldErrors).toEqual([]);
  });
  it('param in form-encoding brackets becomes a dot path', () => {
    const error = normalize('invalid_request_error parameter_missing with a bracket param');
    expect(error).toMatchObject({ kind: 'validation', code: 'parameter_missing', logId: 'req_Z9x8C7v6B5n4M3' });
    expect(error.fieldErrors).toEqual([
      {
        field: 'shipping.address.line1',
        message: 'Missing required param: shipping[address][line1].',
        code: 'parameter_missing',
      },
    ]);
  });
  it('429 rate_limit is rate-limited and retryable', () => {
    expect(normalize('rate_limit (429)')).toMatchObject({
      kind: 'rate-limited',
      code: 'rate_limit',
      retryable: true,
      logId: 'req_R4t3E2w1Q0p9O8',
    });
  });
  it('Stripe-Should-Retry: false decides retryability; a type is not a code when there is none', () => {
    const error = normalize('idempotency_error with Stripe-Should-Retry: false');
    expect(error).toMatchObject({ kind: 'bad-request', retryable: false, code: 'idempotency_error' });
    expect(error.message).toMatch(/^Keys for idempotent requests can only be used/);
  });
  it('Stripe-Should-Retry is read by a normalizer given the stripe format, whatever the body', () => {
    const { headers } = fixture('idempotency_error with Stripe-Should-Retry: false');
    // Stripe's SDKs retry a 500 unless the header says `false`; the page behind it may be anything.
    const page = { status: 500, headers, body: '<html><body><h1>Internal Server Error</h1></body></html>' };
    expect(createNormalizer({ formats: [stripe] })(page, { now: FIXED }).retryable).toBe(false);
    expect(createNormalizer()(page, { now: FIXED }).retryable).toBe(true);
    const again = { status: 409, headers: { 'Stripe-Should-Retry': 'true' } };
    expect(createNormalizer({ formats: [stripe] })(again, { now: FIXED })).toMatchObject({
      kind: 'conflict',
      retryable: true,
    });
  });
});
