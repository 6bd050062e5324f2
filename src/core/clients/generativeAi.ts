import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { statusOf, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** What `GoogleGenerativeAIError`'s constructor puts before every message of the SDK. */
const PREFIX = '[GoogleGenerativeAI Error]: ';

/** `JSON.stringify` as `handleResponseNotOk` appended it; undefined for what it cannot write (hostile input). */
function written(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * The server's sentence inside `handleResponseNotOk`'s "Error fetching from <url>: [<status> <statusText>] <message>"
 * and its " <JSON of details>" suffix. A body without `error.message` leaves '' (it did not parse, or had no `error`)
 * or 'undefined' (an `error` without `message`, stringified by the template): no sentence either way.
 */
function serverMessage(text: string, error: Loose, details: unknown[] | undefined): string | undefined {
  const head = `[${String(error.status)} ${String(error.statusText)}] `;
  const at = text.indexOf(head);
  if (at < 0) return undefined;
  let message = text.slice(at + head.length);
  const tail = details ? ` ${written(details)}` : undefined;
  if (tail && message.endsWith(tail)) message = message.slice(0, -tail.length);
  return message === '' || message === 'undefined' ? undefined : message;
}

/**
 * `@google/generative-ai` (the older Gemini SDK) throws plain `Error`s (no `name` of their own), each message prefixed
 * `[GoogleGenerativeAI Error]: ` (node_modules/@google/generative-ai/dist/index.js, `GoogleGenerativeAIError` and
 * `makeRequest`). For a 4xx/5xx, `GoogleGenerativeAIFetchError` keeps `status`, `statusText` and `errorDetails` (the
 * body's `error.details`), and the body's `error.message` only inside its developer sentence; the headers, the rest
 * of the body and any body that is not Google's JSON are gone. That is read as a Google status unwrapped
 * (`{ message, details }`, which the google format takes). A fetch that failed becomes "Error fetching from <url>:
 * <fetch's message>" with no `cause` (network), an abort (the app's `signal` or the SDK's `timeout`, one
 * `AbortController`) "Request aborted when fetching <url>: …" (cancelled). Anything else (a blocked candidate's
 * `GoogleGenerativeAIResponseError`) is the SDK's own words: the generic reading.
 */
export function generativeAiError(error: Loose): Source | undefined {
  const text = str(error.message)?.slice(PREFIX.length) ?? '';
  const details = str(error.stack) ?? text;
  const status = statusOf(error.status);
  if (status !== undefined && typeof error.statusText === 'string') {
    const kept = Array.isArray(error.errorDetails) ? (error.errorDetails as unknown[]) : undefined;
    const message = serverMessage(text, error, kept);
    const body = message === undefined && !kept ? null : { message, details: kept };
    return { status, header: NO_HEADERS, body, details };
  }
  if (error.status !== undefined) return undefined;
  if (text.startsWith('Request aborted when fetching '))
    return { header: NO_HEADERS, kind: 'cancelled', format: 'abort', details };
  if (text.startsWith('Error fetching from '))
    return { header: NO_HEADERS, kind: 'network', format: 'network', details };
  return undefined;
}

/** Told by the SDK's message prefix: its errors carry no `name` but `Error`. */
export const generativeAiErrors: ErrorClient = {
  test: (error) => str(error.message)?.startsWith(PREFIX) === true,
  read: generativeAiError,
};
