import { fieldError } from '../fieldErrors';
import { fieldPath } from '../fieldPath';
import { read } from '../read';
import type { ParsedError } from '../types';
import type { Loose } from '../util';

/**
 * Stripe (and OpenAI, which copied it): `{ error: { type: "card_error", code, message, param } }`.
 * `param` is a form-encoded path (`shipping[address][line1]`); card messages are written for people.
 */
export function stripe({ error }: Loose): ParsedError {
  const parsed = read(error);
  const field = fieldPath(error.param);
  if (field && parsed.message) parsed.fieldErrors = [fieldError(field, parsed.message, parsed.code)];
  parsed.logId = /req_\w+/.exec(error.request_log_url)?.[0];
  return parsed;
}
