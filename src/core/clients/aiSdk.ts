import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The Vercel AI SDK's `APICallError` (`ai`, `@ai-sdk/*` providers): the response whole, as `statusCode`,
 * `responseHeaders` and `responseBody` (the text; `data` is the provider's schema's reading of it, which drops the
 * members it does not name, such as Anthropic's `request_id`). Its `requestBodyValues` are the request's, never
 * read. Without a status it failed before any answer: the generic reading finds why in its `cause`.
 */
export function aiCallError(error: Loose): Source | undefined {
  const status = statusOf(error.statusCode);
  if (!status) return undefined;
  const text: unknown = error.responseBody;
  return {
    status,
    header: readHeaders(error.responseHeaders),
    body: typeof text === 'string' && /\S/.test(text) ? text : error.data,
  };
}

/** The AI SDK's `APICallError`, and its `RetryError`, whose last attempt's error is the answer. */
export const aiSdkErrors: ErrorClient = {
  errorNames: ['AI_APICallError', 'AI_RetryError'],
  read: (error, read) =>
    error.name === 'AI_RetryError'
      ? isObject(error.lastError)
        ? read(error.lastError)
        : undefined
      : aiCallError(error),
};
