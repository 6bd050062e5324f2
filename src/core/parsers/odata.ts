import { sentence } from '../text';
import type { ParsedError } from '../types';
import { isObject, str, type Loose } from '../util';

/**
 * OData v4, Microsoft Graph and Azure: `{ error: { code, message, target, details[], innerError } }`,
 * read by the structural reader (Graph's support id sits in `innerError`). OData v3 wraps `message`
 * in `{ lang, value }`.
 */
export function odata({ error }: Loose): ParsedError {
  const parsed: ParsedError = {};
  if (isObject(error.message)) parsed.message = sentence(error.message.value);
  const inner = error.innerError ?? error.innererror;
  const details = str(inner?.stackTrace) ?? str(inner?.message);
  if (details) parsed.details = details;
  return parsed;
}
