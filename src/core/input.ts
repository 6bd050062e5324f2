import { NO_CLIENTS, type ClientReader } from './clients/client';
import { errorMembers } from './clients/errorMembers';
import { NO_HEADERS, readHeaders, type HeaderReader } from './headers';
import { oauthParams } from './oauthParams';
import type { ApiErrorKind } from './types';
import { isObject, ownKeys, statusOf, str, type Loose } from './util';

/** What a failure carried, whichever client threw it. */
export interface Source {
  status?: number;
  header: HeaderReader;
  body?: unknown;
  /** Set when the transport already says what happened: no response, aborted, timed out. */
  kind?: ApiErrorKind;
  format?: string;
  /** Developer text from a thrown `Error`: its stack, or name and message. */
  details?: string;
}

// Node and undici's codes, and Bun's (the Zig error's name: `ConnectionRefused`, `ConnectionClosed`,
// `FailedToOpenSocket`).
const NETWORK_CODES =
  /^(?:ERR_NETWORK|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_SOCKET|Connection(?:Refused|Closed|Reset)|FailedToOpenSocket)$/;
// Node and undici name every timeout so (`ETIMEDOUT`, `UND_ERR_CONNECT_TIMEOUT`, `ERR_SOCKET_CONNECTION_TIMEOUT`).
const TIMEOUT_CODES = /^(?:ETIMEDOUT|\w*_TIMEOUT)$/;
// What engines say when fetch gets no response: Chrome, Firefox, Safari, undici, React Native, Deno.
// Deno's: "error sending request for url (…): client error (Connect): dns error: …".
// An SDK may put its name first (Shopify's "GraphQL Client: fetch failed", "Admin API Client: fetch failed").
export const FAILED_FETCH =
  /^(?:[\w ]{1,40} client: )?(?:failed to fetch|fetch failed|load failed|networkerror|network request failed|error sending request for url|unable to fetch)/i;

/**
 * fetch's failures in the whole words Node (undici), Chromium, Firefox and Safari give them. A wrapper that rebuilds
 * one as a bare `Error` keeps only its message (Feathers' `convert`), and only the whole message tells it from an
 * app's own "Failed to fetch the user".
 */
const FETCH_FAILURE_WORDS: ReadonlyMap<string, ApiErrorKind> = new Map([
  ['fetch failed', 'network'],
  ['Failed to fetch', 'network'],
  ['NetworkError when attempting to fetch resource.', 'network'],
  ['Load failed', 'network'],
  ['This operation was aborted', 'cancelled'],
  ['signal is aborted without reason', 'cancelled'],
  ['The operation was aborted due to timeout', 'timeout'],
  ['signal timed out', 'timeout'],
]);

/** A body readable synchronously: parsed JSON, text or bytes; never a stream or a Blob. */
function bodyValue(body: Loose): unknown {
  // A blank body is no body, whichever client hands it over: axios gives `''` where fetch readers give null.
  if (typeof body === 'string') return /\S/.test(body) ? body : undefined;
  // A hostile body (a throwing Proxy) costs only the body, not the status and headers beside it.
  try {
    // What JSON.parse makes, first: the common case, without probing the body for stream methods.
    if (!isObject(body) || Array.isArray(body) || Object.getPrototypeOf(body) === Object.prototype) return body;
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
      const view: Loose = body;
      return new TextDecoder().decode(
        new Uint8Array(view.buffer ?? view, view.byteOffset, Math.min(view.byteLength, 1 << 20)),
      );
    }
    return typeof body?.getReader === 'function' ||
      typeof body?.arrayBuffer === 'function' ||
      typeof body?.pipe === 'function'
      ? undefined
      : body;
  } catch {
    return undefined;
  }
}

/**
 * The body of a response-like object. redaxios hands the used stream as `body` and the parsed body as
 * `data`, ofetch's `raw` as `_data`; superagent parses only JSON into `body` and leaves `{}` there for
 * text, which is in `text`.
 */
function payload(input: Loose): unknown {
  const body = bodyValue(input.body);
  if (typeof input.text === 'string' && (body == null || ownKeys(body)?.length === 0)) return bodyValue(input.text);
  return body ?? bodyValue(input.data ?? input._data ?? input.bodyText ?? input.error);
}

/**
 * The body an SDK wrote at the end of its message (Replicate's `ApiError`: "Request to … failed with status 422
 * Unprocessable Entity: {"detail": …}."), found without a pattern that could backtrack over a long message.
 */
function bodyInMessage(message: unknown): string | undefined {
  if (typeof message !== 'string' || message.length > 1 << 16) return undefined;
  const start = message.indexOf(': {');
  const text = start < 0 ? '' : message.slice(start + 2).replace(/\.$/, '');
  return text.endsWith('}') ? text : undefined;
}

/** A body as `JSON.parse` makes it: a plain object, not an `Error` or a class's instance. */
const isParsed = (value: unknown): boolean => isObject(value) && Object.getPrototypeOf(value) === Object.prototype;

const developerText = (error: Loose): string | undefined =>
  str(error.stack) ?? (str(error.message) && `${error.name}: ${error.message}`);

/**
 * A failed fetch an SDK reports instead of throwing it, in an error or a result's `error`: status 0, as
 * XMLHttpRequest says (supabase-js: `AuthRetryableFetchError`, a result whose `error.message` is "TypeError: fetch
 * failed"), or a null or zero `statusCode` (Resend's "Unable to fetch data.", Postmark's `PostmarkError`), beside a
 * failed fetch's words.
 */
function noResponse(error: Loose): boolean {
  const inner: Loose = isObject(error.error) ? error.error : error;
  return (
    (error.status === 0 || inner.status === 0 || inner.statusCode === null || inner.statusCode === 0) &&
    FAILED_FETCH.test(String(inner.message).replace(/^TypeError: /, ''))
  );
}

/** A failure without a response, told by name or code, looking through wrappers' `cause`. */
function transport(error: Loose, depth: number): Source | undefined {
  const { name } = error;
  const code = str(error.code) ?? str(error.cause?.code);
  const failed = (kind: ApiErrorKind, format: string): Source => ({
    header: NO_HEADERS,
    kind,
    format,
    details: developerText(error),
  });
  const worded =
    name === 'Error' && error.cause === undefined && Object.keys(error).length === 0
      ? FETCH_FAILURE_WORDS.get(error.message)
      : undefined;
  if (worded) return failed(worded, worded === 'cancelled' ? 'abort' : worded);
  // Node's `http.request` ends on a signal with an `AbortError` whose `cause` is the signal's reason: an
  // `AbortSignal.timeout(ms)`'s is a `TimeoutError`.
  if (name === 'AbortError' && error.cause?.name === 'TimeoutError') return failed('timeout', 'timeout');
  // axios says ERR_CANCELED; superagent's `abort()` says ABORTED.
  if (/^(?:AbortError|Cancel+edError)$/.test(name) || code === 'ERR_CANCELED' || code === 'ABORTED')
    return failed('cancelled', 'abort');
  // axios says ECONNABORTED for its own timeout ("timeout of 1000ms exceeded") and for a request the browser aborted.
  const aborted = code === 'ECONNABORTED';
  // Notion's client names its own `RequestTimeoutError`.
  if (/TimeoutError$/.test(name) || TIMEOUT_CODES.test(code ?? '') || (aborted && /timeout/i.test(error.message)))
    return failed('timeout', 'timeout');
  if (aborted) return failed('network', 'network');
  if (
    NETWORK_CODES.test(code ?? '') ||
    name === 'NetworkError' ||
    // Algolia's `RetryError` after every host failed to answer: "Unreachable hosts - your application id may be…".
    /^unreachable hosts\b/i.test(error.message) ||
    // Elasticsearch's client names its own (`ConnectionError`, with only the socket's words in its message).
    /ConnectionError$/.test(name) ||
    ((name === 'TypeError' || /client: /i.test(error.message)) && FAILED_FETCH.test(error.message)) ||
    noResponse(error)
  )
    return failed('network', 'network');
  return depth < 3 && isObject(error.cause) ? transport(error.cause, depth + 1) : undefined;
}

/**
 * Finds status, headers and body in whatever was thrown: a response-like object, `HttpError`, a
 * fetch `Response`, axios, ky (v1, and v2's `.data`), ofetch, wretch, redaxios, superagent, Apollo,
 * openapi-fetch and supabase results, DOMExceptions, failed-fetch `TypeError`s, GraphQL results,
 * Errors and strings; and the errors of the `clients` a normalizer names (tRPC's, the AWS SDK's, …).
 */
export function readSource(input: unknown, clients: ClientReader = NO_CLIENTS, depth = 0): Source {
  if (!isObject(input)) return { header: NO_HEADERS, body: typeof input === 'string' ? input : undefined };
  const loose: Loose = input;
  const wrapped = (value: unknown): Source =>
    depth < 3 ? readSource(value, clients, depth + 1) : { header: NO_HEADERS };
  const client = clients(input, wrapped);
  if (client) return client;
  // A result that holds a client's own error beside its response (Eden Treaty's `{ data, error, response, status,
  // headers }`): that error holds the body, or says that no response came.
  const held = isObject(input.error) && !(input instanceof Error) ? clients(input.error, wrapped) : undefined;
  if (held?.kind) return held;
  // An HTTP status some SDKs keep as a numeric `code` (SendGrid, HubSpot, Appwrite), read below where its shape says.
  const coded = statusOf(typeof input.code === 'number' ? input.code : undefined);
  // Beside the body and headers, it is the status (HubSpot's `ApiException`).
  const status =
    statusOf(input.status) ??
    statusOf(input.statusCode) ??
    statusOf(input.originalStatus) ??
    ('body' in input && 'headers' in input ? coded : undefined);
  // Clients that wrap a response: axios, ky, ofetch, Apollo, openapi-fetch, Hugging Face's `httpResponse`.
  const response = input.response ?? input.networkError ?? input.httpResponse;
  const inner = isObject(response) && depth < 3 ? readSource(response, clients, depth + 1) : undefined;
  if (inner?.status || inner?.kind) {
    // wretch keeps the body it read on its error: parsed as `json` and as `text` (v2), or as the `message`
    // (v3), which is the status text instead when it read nothing (`errorType(null)`, an opaque response).
    const wretchShaped = typeof input.url === 'string' && input.status === inner.status;
    const wretch = wretchShaped
      ? (input.json ?? input.text ?? (input.message !== response.statusText ? input.message : undefined))
      : undefined;
    inner.body =
      bodyValue(input.data ?? input.bodyText ?? (held ? held.body : input.error)) ??
      inner.body ??
      bodyValue(response._data ?? wretch) ??
      // The body an SDK read before it threw: as the error's `cause` (Meilisearch's `MeilisearchApiError`), or
      // its `errors` beside the response (Directus's thrown `{ errors, response }`).
      (isParsed(input.cause) ? input.cause : Array.isArray(input.errors) ? { errors: input.errors } : undefined) ??
      // Shopify's GraphQL client: `{ networkStatusCode, message, graphQLErrors, response }`.
      (Array.isArray(input.graphQLErrors) ? { errors: input.graphQLErrors } : undefined) ??
      bodyInMessage(input.message);
    return inner;
  }
  // A response of headers and body whose status the error keeps as its numeric `code` (SendGrid's `ResponseError`).
  if (coded && !status && inner && 'body' in response) return { ...inner, status: coded };
  // Or whose body it keeps as text (Appwrite's `AppwriteException`: `code: 409`, `response: '{"message":…}'`).
  if (coded && !status && typeof response === 'string') return { status: coded, header: NO_HEADERS, body: response };
  const { headers } = input;
  if (status && (headers || 'body' in input || 'data' in input || 'bodyText' in input)) {
    const header = readHeaders(headers);
    const location = header('location');
    const body = payload(input);
    return { status, header, body: body ?? (location?.includes('error=') ? oauthParams(location) : undefined) };
  }
  const failed = transport(input, depth);
  if (failed) return failed;
  if (input instanceof Error && (!('errors' in input) || input.name === 'AggregateError')) {
    const cause = isObject(input.cause) && depth < 3 ? readSource(input.cause, clients, depth + 1) : undefined;
    if (cause?.status || cause?.kind) return cause;
    // An SDK's error that carries the response's status (Supabase's `AuthApiError` and `StorageApiError`,
    // http-errors) carries what its body said too: its message and code are the server's.
    return status
      ? { status, header: readHeaders(headers), body: errorMembers(input), details: developerText(input) }
      : { status, header: NO_HEADERS, details: developerText(input), format: 'error' };
  }
  // A result that holds its failure in `errors` beside its headers (Shopify's GraphQL client resolves `{ errors: {
  // networkStatusCode, graphQLErrors, response }, extensions, headers }`) is read by it.
  if (headers && isObject(loose.errors) && !Array.isArray(loose.errors)) {
    const failure = wrapped(loose.errors);
    if (failure.status || failure.kind) return failure;
  }
  // A result that holds its failure in `error` (Resend's `{ data: null, error, headers }`) is read by it.
  return { header: readHeaders(headers), body: headers ? bodyValue(loose.body ?? loose.data ?? loose.error) : input };
}
