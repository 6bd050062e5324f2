import type { ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * Stripe (and OpenAI and Anthropic, which copied it): `{ error: { type: "card_error", code, message,
 * param } }`. The structural reader takes the message, the code and `param` as the field; this adds
 * the `type` as the category and the request id from `request_log_url`.
 */
function read({ error }: Loose): ParsedError {
  const parsed: ParsedError = { category: error.type };
  const logId = /req_\w+/.exec(error.request_log_url)?.[0];
  if (logId) parsed.logId = logId;
  return parsed;
}

/** Known by an `error.type` ending in `_error`. https://docs.stripe.com/api/errors */
export const stripe: ErrorFormat = {
  name: 'stripe',
  keys: ['error'],
  test: (b) => /_error$/.test(b.error?.type),
  read,
  // `true` or `false`, as Stripe's SDKs read it (https://github.com/stripe/stripe-python/pull/621); any other value
  // says nothing.
  readHeaders(header) {
    const verdict = header('stripe-should-retry');
    return verdict === 'true' || verdict === 'false' ? { retryable: verdict === 'true' } : undefined;
  },
};
