import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, ownKeys, statusOf, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** The members of the plain object Fern's `toRawResponse` makes of the `Response` (core/fetcher/RawResponse.js). */
const RAW_RESPONSE_KEYS = 'headers,redirected,status,statusText,type,url';

/** Fern's `rawResponse`: exactly the members `toRawResponse` copies, the headers a fetch `Headers`. */
const isRawResponse = (raw: unknown): boolean =>
  ownKeys(raw)?.sort().join() === RAW_RESPONSE_KEYS && isObject(raw) && typeof raw.headers?.get === 'function';

/**
 * An error answer with no Content-Type goes to `getResponseBody`, which hands back its failed parse of a body that is
 * no JSON, `{ ok: false, error: { reason: 'non-json', statusCode, rawBody } }`, and the SDK throws that as the body.
 */
function bodyOf(body: unknown): unknown {
  const failedParse =
    ownKeys(body)?.sort().join() === 'error,ok' &&
    isObject(body) &&
    body.ok === false &&
    ownKeys(body.error)?.sort().join() === 'rawBody,reason,statusCode' &&
    body.error.reason === 'non-json' &&
    typeof body.error.rawBody === 'string';
  return failedParse && isObject(body) ? body.error.rawBody : body;
}

/** The message Fern's `ParseError` makes of its `errors` (core/schemas/builders/schema-utils/ParseError.js). */
function parseErrorMessage(errors: unknown): string | undefined {
  if (!Array.isArray(errors) || errors.length === 0 || errors.length > 64) return undefined;
  const said: string[] = [];
  for (const error of errors as unknown[]) {
    if (!isObject(error) || !Array.isArray(error.path) || typeof error.message !== 'string') return undefined;
    const path: unknown[] = error.path;
    said.push(path.length === 0 ? error.message : `${path.join(' -> ')}: ${error.message}`);
  }
  return said.join('; ');
}

/**
 * The SDKs Fern generates (ElevenLabs' `@elevenlabs/elevenlabs-js`, Cohere's `cohere-ai`, …) throw, for an answer that
 * is not 2xx or 3xx, the SDK's own error class (`ElevenLabsError`, `CohereError`) or a subclass per status
 * (`UnprocessableEntityError`, `UnauthorizedError`, …; in node_modules/@elevenlabs/elevenlabs-js/,
 * errors/ElevenLabsError.js and api/errors/): `statusCode`, `body` (parsed as the Content-Type says, else the text) and
 * `rawResponse`, a plain copy of the `Response` whose `headers` (Retry-After, the request id, WWW-Authenticate) nothing
 * else keeps. The names differ per vendor, so the error is told by that copy's exact members. Read as the response,
 * with the body Fern failed to parse as JSON unwrapped. Without a response `statusCode` is undefined: its own timeout
 * on a fetch that rejects with the abort's reason (Node's, browsers') leaves the reason `'timeout'` of
 * core/fetcher/signals.js as the `cause` of a plain `ElevenLabsError`, not an `ElevenLabsTimeoutError`; any other
 * failure is read by its `cause`, as any error. A 2xx whose body is not the type the SDK expects throws Fern's
 * `ParseError`, whose `errors` look like GraphQL's but are the SDK's schema check: read as an error of the app's, never
 * as the server's words.
 */
export function fernError(error: Loose): Source | undefined {
  if (!('rawResponse' in error)) return { header: NO_HEADERS, format: 'error', details: str(error.stack) };
  const status = statusOf(error.statusCode);
  if (status !== undefined) return { status, header: readHeaders(error.rawResponse.headers), body: bodyOf(error.body) };
  return error.cause === 'timeout'
    ? { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details: str(error.stack) }
    : undefined;
}

export const fernErrors: ErrorClient = {
  test: (error) =>
    ('statusCode' in error && 'body' in error && isRawResponse(error.rawResponse)) ||
    (error.name === 'ParseError' &&
      Object.keys(error).sort().join() === 'errors,name' &&
      error.message === parseErrorMessage(error.errors)),
  read: fernError,
};
