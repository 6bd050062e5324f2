import { sentence } from '../text';
import type { ParsedError } from '../types';
import { isObject, type Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * PayPal REST: `{ name: "UNPROCESSABLE_ENTITY", message, debug_id, details: [{ field?, issue, description }] }`.
 * `message` is PayPal's fixed text for the `name`; a lone detail without a field says what happened
 * this time, so it is the message. https://developer.paypal.com/api/rest/responses/
 */
function read(body: Loose): ParsedError {
  const details = Array.isArray(body.details) ? body.details : [];
  const only =
    details.length === 1 && isObject(details[0]) && !details[0].field ? sentence(details[0].description) : undefined;
  const parsed: ParsedError = { code: details[0]?.issue ?? body.name, category: body.name };
  if (only) parsed.message = only;
  return parsed;
}

/** Known by its `debug_id` beside a `name`. */
export const paypal: ErrorFormat = {
  name: 'paypal',
  keys: ['debug_id'],
  test: (b) => typeof b.name === 'string' && typeof b.debug_id === 'string',
  read,
};
