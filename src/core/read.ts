import { collectFieldErrors, findFieldErrors } from './fieldErrors';
import { CODE_KEYS, DETAIL_KEYS, LOG_ID_KEYS, MESSAGE_KEYS, RETRY_MS_KEYS, RETRY_SECONDS_KEYS } from './keys';
import { codeOf } from './parts';
import { folded, isDeveloperText, sentence } from './text';
import { durationMs } from './timing';
import type { ParsedError } from './types';
import { isObject, str, type Loose } from './util';

/** Members that hold the error object itself, in the envelopes APIs wrap it in. */
const NESTED_ENVELOPES = ['error', 'Error', 'fault', 'ResponseStatus', 'responseStatus', 'errors', 'detail', 'result', 'response', 'status'] as const;
/** Members that hold developer-only context: read for a support id and details, never for the message. */
const INNER = ['innerError', 'innererror', 'InnerError', 'debugInfo', 'extensions'] as const;

const isRecord = (value: unknown): value is Loose => isObject(value) && !Array.isArray(value);

/**
 * The objects that describe the error, most specific first: a nested error object (`error`, `fault`,
 * `meta.error`, …) before the body, and the first item of an `errors` list that names no field
 * (JSON:API, Cloudflare) after it.
 */
export function envelopes(body: Loose): Loose[] {
  const found: Loose[] = [];
  const add = (value: unknown, depth: number) => {
    if (!isRecord(value) || found.includes(value) || depth > 3) return;
    for (const key of NESTED_ENVELOPES) if (key in value) add(value[key], depth + 1);
    if (isRecord(value.meta)) add(value.meta.error, depth + 1);
    found.push(value);
  };
  add(body, 0);
  // Only a lone item speaks for the whole; of several, the kind's default summarizes.
  for (const list of [body?.errors, body?.Errors, body?.error?.errors]) {
    const head = Array.isArray(list) && list.length === 1 ? list[0] : undefined;
    if (isRecord(head) && !('field' in head || 'path' in head || 'pointer' in head || 'param' in head || 'loc' in head)) add(head, 3);
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
  if (n !== undefined) return n >= 0 && n < 1e10 ? (ms ? n : n * 1000) : undefined;
  return durationMs(value);
};

const textOf = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.filter((line) => typeof line === 'string').join('\n') || undefined : str(value);

/**
 * What an error body says, found by structure: the best sentence for a person among every message
 * member of every envelope (a sentence beats a code, a reason phrase, a generic summary and developer
 * text), the most specific code, the field errors wherever they sit, the support id, developer details
 * and a retry hint. Formats point it at the right object (`errors`) and add what only they know.
 */
export function read(body: Loose, errors?: unknown): ParsedError {
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
  const title = first(places, ['title', 'Title'], sentence);
  const retryAfterMs = first(places, RETRY_MS_KEYS, seconds(true)) ?? first(places, RETRY_SECONDS_KEYS, seconds(false));
  const details = [first([...places, ...inner], DETAIL_KEYS, textOf), ...developer].filter(Boolean).join('\n');
  return {
    code: first(places, CODE_KEYS, codeOf),
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
