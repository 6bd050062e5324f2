import { read } from '../read';
import { sentence } from '../text';
import type { ParsedError } from '../types';
import { str, type Loose } from '../util';

/**
 * OData v4, Microsoft Graph and Azure: `{ error: { code, message, target, details[], innerError } }`.
 * Graph keeps the support id in `innerError`; OData v3 wraps `message` in `{ value }`.
 */
export function odata({ error }: Loose): ParsedError {
  const inner = error.innerError ?? error.innererror;
  return Object.assign(read(error, error.details), {
    message: sentence(error.message?.value ?? error.message),
    logId: str(inner?.['request-id']) ?? str(inner?.['client-request-id']),
    details: str(inner?.stackTrace) ?? str(inner?.message),
  });
}
