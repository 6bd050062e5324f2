import { read } from '../read';
import type { ParsedError } from '../types';
import { first, str, type Loose } from '../util';

/**
 * OData v4, Microsoft Graph and Azure: `{ error: { code, message, target, details[], innerError } }`.
 * Graph keeps the support id in `innerError`; OData v3 wraps `message` in `{ value }`.
 */
export function odata({ error }: Loose): ParsedError {
  const inner = error.innerError ?? error.innererror;
  return {
    ...read(error, error.details),
    message: error.message?.value ?? error.message,
    logId: first(inner, ['request-id', 'client-request-id'], str),
    details: first(inner, ['stackTrace', 'message'], str),
  };
}
