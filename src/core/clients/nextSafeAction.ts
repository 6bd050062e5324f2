import { DEFAULT_TEXT } from '../defaultText';
import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { isApiError } from '../isApiError';
import { isObject, ownKeys, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** `DEFAULT_SERVER_ERROR_MESSAGE`: the default `handleServerError` returns it for every error, whatever it was. */
const MASKED = 'Something went wrong while executing the operation.';
/**
 * `e.message` of the kit's own `HttpError`: `HTTP 429 Too Many Requests: <url> failed` from `fromResponse`, `HTTP 429`
 * from its constructor. Its status is all it says that a person may read; the address is for the log.
 */
const HTTP_ERROR_MESSAGE = /^HTTP (\d{3})(?:(?: [^:]{1,80})?: \S{1,2000} failed)?$/;
const MAX_DEPTH = 9;
const MAX_FIELDS = 1000;

interface Listed {
  field?: string;
  message: unknown;
}

/** Each message of a list at its path; none for the whole input. */
function listed(messages: unknown, field: string, out: Listed[]): void {
  for (const message of Array.isArray(messages) ? messages.slice(0, MAX_FIELDS) : [])
    if (out.length < MAX_FIELDS) out.push(field ? { field, message } : { message });
}

/** The formatted tree (`{ _errors, a: { b: { _errors } }, items: { 0: … } }`), each node's messages at its path. */
function walk(node: Loose, path: string, out: Listed[], depth: number): Listed[] {
  listed(node._errors, path, out);
  for (const key of depth < MAX_DEPTH ? Object.keys(node).slice(0, MAX_FIELDS) : [])
    if (key !== '_errors' && isObject(node[key]) && !Array.isArray(node[key]))
      walk(node[key], path ? `${path}.${key}` : key, out, depth + 1);
  return out;
}

/**
 * Its validation errors, formatted (the default) or flattened, as the list of field errors the kit reads whatever
 * formats a normalizer names; any other shape (an app's `handleValidationErrorsShape`) as the generic reading finds it.
 */
function validationBody(errors: Loose): unknown {
  const out: Listed[] = [];
  if (Array.isArray(errors?.formErrors) && isObject(errors.fieldErrors)) {
    listed(errors.formErrors, '', out);
    for (const key of Object.keys(errors.fieldErrors).slice(0, MAX_FIELDS)) listed(errors.fieldErrors[key], key, out);
  } else if (isObject(errors) && !Array.isArray(errors)) walk(errors, '', out, 0);
  return out.length ? { fieldErrors: out } : { validationErrors: errors };
}

/**
 * The kit's model that `handleServerError: (e) => toActionError(e).error` returned: read back to what it said. Its
 * deadline travels as an exact timestamp, its sentence only when the server said one (a default is the kind's again).
 */
function modelSource(model: Loose): Source {
  const body: Loose = {};
  if (model.code) body.code = model.code;
  if (model.title !== DEFAULT_TEXT[model.kind as keyof typeof DEFAULT_TEXT]?.[0]) body.title = model.title;
  if (model.messageSource !== 'default') body.message = model.message;
  if (model.fieldErrors.length) body.fieldErrors = model.fieldErrors;
  if (model.logId) body.logId = model.logId;
  const { retryAt } = model;
  const dated = typeof retryAt === 'number' && Math.abs(retryAt) < 8.64e15;
  return {
    status: statusOf(model.status),
    kind: model.kind,
    format: model.format,
    header: dated ? readHeaders({ 'retry-after': new Date(retryAt).toISOString() }) : NO_HEADERS,
    body: ownKeys(body)?.length ? body : undefined,
  };
}

/**
 * A string `serverError`: the app's own sentence (`returnServerError`, an unmasked error's message), judged as any
 * server's; the masked default and an `HttpError`'s message are no sentence.
 */
function textSource(text: string): Source {
  if (text === MASKED) return { header: NO_HEADERS, kind: 'server', details: text };
  const status = text.length < 2200 ? statusOf(HTTP_ERROR_MESSAGE.exec(text)?.[1]) : undefined;
  if (status) return { status, header: NO_HEADERS, details: text };
  return { header: NO_HEADERS, body: { message: text } };
}

/**
 * next-safe-action's result, as an action resolves it and `useAction().result` holds it (node_modules/next-safe-action/
 * dist/index.mjs, `buildResultAndRunCallbacks`): one of `{ validationErrors }`, `{ serverError }` or `{ data }`. A
 * validation failure is read as one, its errors at their paths. `serverError` is what `handleServerError` returned:
 * by default `DEFAULT_SERVER_ERROR_MESSAGE` for every error (a failure on the server, nothing more said); a string the
 * app chose (`returnServerError`, the docs' `e.message`); or the kit's own model, read back as it was. Told by that
 * exact shape: a plain object of those members only, with a failure in it.
 */
export function nextSafeActionResult(result: Loose, readWrapped: ReadWrapped): Source {
  if (result.validationErrors !== undefined)
    return { header: NO_HEADERS, kind: 'validation', body: validationBody(result.validationErrors) };
  const { serverError } = result;
  if (typeof serverError === 'string') return textSource(serverError);
  return isApiError(serverError) ? modelSource(serverError) : readWrapped(serverError);
}

const RESULT_KEYS: ReadonlySet<string> = new Set(['data', 'serverError', 'validationErrors']);

export const nextSafeActionErrors: ErrorClient = {
  test: (result) =>
    // The cheap test first: every input an app passes is tried.
    (result.serverError !== undefined || result.validationErrors !== undefined) &&
    ownKeys(result)?.every((key) => RESULT_KEYS.has(key)) === true,
  read: nextSafeActionResult,
};
