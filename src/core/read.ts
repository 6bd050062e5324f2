import { collectFieldErrors } from './fieldErrors';
import { pick } from './parts';
import { sentence } from './text';
import type { ParsedError } from './types';
import { statusOf, type Loose } from './util';

/**
 * What most error objects say, in the spellings APIs use: status, machine code, title, the most
 * specific usable sentence, field errors, support id and developer details. Family parsers point it
 * at the right object and add what only their family has.
 */
export function read(error: Loose, errors: unknown = error?.errors ?? error?.Errors): ParsedError {
  const parts = pick(error);
  // `"error": "invalid_grant"` is a code; `"error": "Something failed"` is a sentence.
  const named = typeof error?.error === 'string' && /^[\w.-]+$/.test(error.error) ? error.error : undefined;
  const fieldErrors = collectFieldErrors(errors);
  // The first item speaks for the whole only when it is not about one field ("Field required": which?).
  const message = parts.message ?? sentence(named ? undefined : error?.error) ?? (fieldErrors[0]?.field ? undefined : fieldErrors[0]?.message);
  return {
    status: statusOf(error?.status) ?? statusOf(error?.statusCode),
    code: parts.code ?? named ?? (Array.isArray(errors) ? pick(errors[0], 'code').code : undefined),
    title: error?.title,
    message,
    // A lone form-level item that only repeats the message adds nothing, and would turn a 404 into a
    // validation failure for a UI that shows field errors first.
    fieldErrors: fieldErrors[1] || fieldErrors[0]?.field || fieldErrors[0]?.message !== message ? fieldErrors : [],
    logId: parts.logId,
    details: parts.details,
  };
}
