import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The `stripe` Node SDK's `StripeError`s (`type: "StripeCardError"`, …; their `name` is only "Error"): the body's
 * inner error in `raw`, with the status and headers beside it. Read as the Stripe body it came from: `raw`'s
 * message, not the error's, which leads with the request id ("[req_…] Your card was declined."). A
 * `StripeConnectionError` got no response.
 */
export function stripeNodeError(error: Loose): Source | undefined {
  if (error.type === 'StripeConnectionError')
    return { header: NO_HEADERS, kind: 'network', format: 'network', details: String(error.message) };
  const raw: unknown = error.raw;
  if (!isObject(raw)) return undefined;
  const { headers, statusCode, requestId, ...body } = raw as Loose;
  return { status: statusOf(error.statusCode), header: readHeaders(error.headers ?? headers), body: { error: body } };
}

/** Told by `type` (`StripeCardError`, …): their `name` is only "Error". */
export const stripeSdkErrors: ErrorClient = {
  test: (error) => typeof error.type === 'string' && error.type.startsWith('Stripe'),
  read: stripeNodeError,
};
