import type { ParsedError } from '../types';
import type { Loose } from '../util';

/**
 * Stripe (and OpenAI and Anthropic, which copied it): `{ error: { type: "card_error", code, message,
 * param } }`. The structural reader takes the message, the code and `param` as the field; this adds
 * the `type` as the category and the request id from `request_log_url`.
 */
export function stripe({ error }: Loose): ParsedError {
  const parsed: ParsedError = { category: error.type };
  const logId = /req_\w+/.exec(error.request_log_url)?.[0];
  if (logId) parsed.logId = logId;
  return parsed;
}
