import { fieldError, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldMessage, quality } from '../text';
import type { ApiFieldError, ParsedError } from '../types';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * NestJS: `{ statusCode, message: string | string[], error }`. ValidationPipe sends the array, and
 * class-validator starts each message with the property path: "items.0.name should not be empty".
 */
function read(body: Loose): ParsedError {
  body = wrapped(body) ?? body;
  // nestjs-i18n's filter keeps the reason phrase in `message` and class-validator's lines in `errors` (`{ statusCode,
  // message: "Bad Request", errors: ["email is invalid", …] }`); an app's own headline there is its own (Lusha's
  // "Validation failed" over one line, which speaks).
  const translated =
    isClassValidatorList(body.errors) && typeof body.message === 'string' && quality(body.message) === 'reason';
  const lines: unknown = translated ? body.errors : body.message;
  if (!Array.isArray(lines)) return {};
  const fieldErrors: ApiFieldError[] = [];
  for (const item of lines.slice(0, MAX_FIELD_ERRORS)) {
    const message = fieldMessage(item);
    if (message) fieldErrors.push(fieldError(PROPERTY_FIRST.exec(String(item))?.[1], message));
  }
  return translated ? { fieldErrors } : { fieldErrors, message: undefined };
}

/** The property path class-validator starts its line with. */
const PROPERTY_FIRST = /^([a-z_$][\w$]*(?:\.[\w$]+)*) /;

/** A list of lines each led by a property path (nestjs-i18n's translations need not say "must" or "should"). */
const isClassValidatorList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((line: unknown) => typeof line === 'string' && PROPERTY_FIRST.test(line));

/** What class-validator writes: the property, then what it must or should be ("product_id must be a string"). */
const CLASS_VALIDATOR = new RegExp(`${PROPERTY_FIRST.source}(?:must|should)\\b`);

/**
 * ValidationPipe's answer as an exception filter wraps it (Xenial's `{ statusCode, timestamp, path, reason: {
 * statusCode, message: [..], error } }`).
 */
const wrapped = (body: Loose): Loose | undefined => {
  const inner: unknown = body.reason ?? body.response;
  const found = isObject(inner) && statusOf(inner.statusCode) !== undefined && Array.isArray(inner.message);
  return found ? inner : undefined;
};

/**
 * Known by a numeric `statusCode` beside `message` (or beside a wrapped answer), or by ValidationPipe's list in an
 * envelope that renames it (Creem's `{ trace_id, status: 400, error: "Bad Request", message: ["product_id must be a
 * string", …] }`): every line class-validator's. https://docs.nestjs.com/exception-filters
 */
export const nestjs: ErrorFormat = {
  name: 'nestjs',
  keys: ['statusCode', 'status'],
  test: (b) =>
    (statusOf(b.statusCode) !== undefined && ('message' in b || wrapped(b) !== undefined)) ||
    (statusOf(b.status) !== undefined &&
      Array.isArray(b.message) &&
      b.message.length > 0 &&
      b.message.every((line: unknown) => typeof line === 'string' && CLASS_VALIDATOR.test(line))),
  read,
};
