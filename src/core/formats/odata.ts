import { sentence } from '../text';
import type { ParsedError } from '../types';
import { isObject, str, type Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * OData v4, Microsoft Graph and Azure: `{ error: { code, message, target, details[], innerError } }`,
 * read by the structural reader (Graph's support id sits in `innerError`). OData v3 wraps `message`
 * in `{ lang, value }`.
 */
function read(body: Loose): ParsedError {
  const error: Loose = body.error ?? body['odata.error'];
  const parsed: ParsedError = {};
  if (isObject(error.message)) parsed.message = sentence(error.message.value);
  const inner = error.innerError ?? error.innererror;
  // An `innererror` with a code of its own says what happened under the category around it, in a sentence when it has
  // one (Azure Text Analytics' `InvalidDocument`, "Request contains duplicated Ids…", under `InvalidRequest`); a
  // status number there is no code of its own (Graph's `innerError: { code: "429", message: "Please retry after" }`).
  const said = typeof inner?.code === 'string' && /[a-z]/i.test(inner.code) ? sentence(inner.message) : undefined;
  if (said) return { ...parsed, message: said, code: inner.code, category: str(error.code) };
  const details = str(inner?.stackTrace) ?? str(inner?.message);
  if (details) parsed.details = details;
  return parsed;
}

/**
 * Known by a string `error.code`, or by v3's `{ lang, value }` beside a `null` code (the Copernicus hub's Olingo), or
 * under v3's verbose name, `odata.error` (Azure Table Storage's `{ "odata.error": { code, message: { lang, value } }
 * }`).
 * https://docs.oasis-open.org/odata/odata-json-format/v4.01/odata-json-format-v4.01.html#sec_ErrorResponse
 */
export const odata: ErrorFormat = {
  name: 'odata',
  keys: ['error', 'odata.error'],
  test: (b) =>
    typeof b.error?.code === 'string' ||
    typeof b.error?.message?.value === 'string' ||
    typeof b['odata.error']?.message?.value === 'string',
  read,
};
