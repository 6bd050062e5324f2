import { collectFieldErrors, fieldError, findFieldErrors, isNestedFieldMap, namesField } from './fieldErrors';
import { fieldPath } from './fieldPath';
import { CODE_KEYS, DETAIL_KEYS, LOG_ID_KEYS, MESSAGE_KEYS, RETRY_MS_KEYS, RETRY_SECONDS_KEYS } from './keys';
import { codeOf } from './parts';
import { folded, isDeveloperText, sentence } from './text';
import { durationMs } from './timing';
import type { FieldError, ParsedError } from './types';
import { isObject, str, type Loose } from './util';

/** Members that hold the error object itself, in the envelopes APIs wrap it in. */
const NESTED_ENVELOPES = ['error', 'Error', 'fault', 'ResponseStatus', 'responseStatus', 'errors', 'detail', 'result', 'response', 'Response', 'status', 'json'] as const;
/** Members that hold context: read for a support id, a retry hint and details, never for the message. */
const INNER = ['innerError', 'innererror', 'InnerError', 'debugInfo', 'extensions', 'meta', 'parameters', 'debug'] as const;
/** Where an error object names the one field it is about (Stripe's `param`, Mollie's `field`, Twirp's `meta.argument`). */
const OWN_FIELD_KEYS = ['param', 'parameter', 'field', 'fieldName', 'field_name', 'param_name', 'argument'] as const;

const isRecord = (value: unknown): value is Loose => isObject(value) && !Array.isArray(value);

/**
 * The objects that describe the error, most specific first: a nested error object (`error`, `fault`,
 * `meta.error`, …) before the body, and the first item of an `errors` list that names no field
 * (JSON:API, Cloudflare) after it.
 */
export function envelopes(body: Loose): Loose[] {
  const found: Loose[] = [];
  // A body that is a list of one error speaks through it (Salesforce's `[{ message, errorCode }]`).
  if (Array.isArray(body) && body.length === 1 && isRecord(body[0])) body = body[0];
  const add = (value: unknown, depth: number) => {
    // A nested map of fields is not an envelope: its `title` is a field.
    if (!isRecord(value) || found.includes(value) || depth > 3 || (depth > 0 && isNestedFieldMap(value))) return;
    for (const key of NESTED_ENVELOPES) if (key in value) add(value[key], depth + 1);
    if (isRecord(value.meta)) add(value.meta.error, depth + 1);
    found.push(value);
  };
  add(body, 0);
  // Only a lone item speaks for the whole; of several, the kind's default summarizes.
  for (const list of [body?.errors, body?.Errors, body?.error?.errors]) {
    const head = Array.isArray(list) && list.length === 1 ? list[0] : undefined;
    if (isRecord(head) && !namesField(head)) add(head, 3);
  }
  return found;
}

/** The first usable value of the named members across the envelopes, in the order of the names. */
function first<T>(places: readonly Loose[], keys: readonly string[], read: (value: unknown) => T | undefined): T | undefined {
  for (const place of places)
    for (const key of keys)
      if (key in place) {
        const found = read(place[key]);
        if (found !== undefined) return found;
      }
  return undefined;
}

const seconds = (ms: boolean) => (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()) ? +value : undefined;
  if (n !== undefined) return n >= 0 && n < Infinity ? (ms ? n : n * 1000) : undefined;
  return durationMs(value);
};

/** The places a retry hint may sit: the envelopes, what they hold, and the items of their `details` (Connect's `debug.retryDelay`). */
function hintPlaces(places: readonly Loose[], inner: readonly Loose[]): Loose[] {
  const items = places.flatMap((place) => (Array.isArray(place.details) ? place.details.slice(0, 16).filter(isRecord) : []));
  return [...places, ...inner, ...items, ...items.map((item) => item.debug).filter(isRecord)];
}

/** Members whose code names a category (`type: "validation_failed"`), which a lone item's specific code outranks. */
const CATEGORY_KEYS: ReadonlySet<string> = new Set(['type', 'error_type', 'errorType', 'status', 'kind', 'className', 'name']);

/** A code, or a number that is not the response's status (Google's `code: 404` beside `status: "NOT_FOUND"`). */
const codeBeside = (status: unknown) => (value: unknown) => (value === status || (value !== '' && Number(value) === status) ? undefined : codeOf(value));

/**
 * The code and, when it names only a category, the code of a lone item that says more (GoCardless's
 * `type: "validation_failed"` beside `reason: "bank_account_exists"`).
 */
function codes(places: readonly Loose[], fieldErrors: readonly FieldError[], status?: number): Pick<ParsedError, 'code' | 'category'> {
  const read = codeBeside(status);
  for (const place of places)
    for (const key of CODE_KEYS)
      if (key in place) {
        const code = read(place[key]);
        if (code === undefined) continue;
        const specific = CATEGORY_KEYS.has(key) && fieldErrors.length === 1 ? fieldErrors[0]!.code : undefined;
        return specific ? { code: specific, category: code } : { code };
      }
  return {};
}

const textOf = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.filter((line) => typeof line === 'string').join('\n') || undefined : str(value);

/**
 * What an error body says, found by structure: the best sentence for a person among every message
 * member of every envelope (a sentence beats a code, a reason phrase, a generic summary and developer
 * text), the most specific code, the field errors wherever they sit, the support id, developer details
 * and a retry hint. Formats point it at the right object (`errors`) and add what only they know.
 */
export function read(body: Loose, errors?: unknown, status?: number): ParsedError {
  const places = envelopes(body);
  const inner = places.flatMap((place) => INNER.map((key) => place[key]).filter(isRecord));
  const fieldErrors = errors === undefined ? findFieldErrors(body) : collectFieldErrors(errors);
  let message = first(places, MESSAGE_KEYS, sentence);
  const developer: string[] = [];
  for (const place of places)
    for (const key of MESSAGE_KEYS) {
      const line = typeof place[key] === 'string' ? folded(place[key]) : undefined;
      if (line && isDeveloperText(line) && !developer.includes(line)) developer.push(place[key]);
    }
  // A lone form-level message speaks for the whole when nothing else does; one about a field does not
  // ("Required": which?), and of several the kind's default summarizes better than the first.
  const formLevel = fieldErrors.filter((error) => !error.field);
  if (!message && formLevel.length === 1) message = sentence(formLevel[0]!.message);
  // An error object about one field: the field error is its message.
  if (message && !fieldErrors.some((error) => error.field)) {
    const field = first([...places, ...places.map((place) => place.meta).filter(isRecord)], OWN_FIELD_KEYS, fieldPath);
    if (field) fieldErrors.push(fieldError(field, message, first(places, CODE_KEYS, codeBeside(status))));
  }
  const title = first(places, ['title', 'Title'], sentence);
  const hints = hintPlaces(places, inner);
  const retryAfterMs = first(hints, RETRY_MS_KEYS, seconds(true)) ?? first(hints, RETRY_SECONDS_KEYS, seconds(false));
  const details = [first([...places, ...inner], DETAIL_KEYS, textOf), ...developer].filter(Boolean).join('\n');
  return {
    ...codes(places, fieldErrors, status),
    title: title !== message ? title : undefined,
    message,
    // A lone form-level item that only repeats the message adds nothing, and would turn a 404 into a
    // validation failure for a UI that shows field errors first.
    fieldErrors: fieldErrors[1] || fieldErrors[0]?.field || fieldErrors[0]?.message !== message ? fieldErrors : [],
    logId: first([...places, ...inner], LOG_ID_KEYS, (value) => str(value)?.trim() || undefined),
    details: details || undefined,
    retryAfterMs,
  };
}
