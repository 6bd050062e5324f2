import { NO_HEADERS, readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * `ResponseType`'s name for each HTTP status it keeps (node_modules/@atproto/xrpc/dist/types.js): what `new
 * XRPCError(status, error = name, message)` writes where a body has no `error`; its message then is `message || error
 * || words`, the name's words (`ResponseTypeStrings`: "Invalid Request", "XRPC Not Supported").
 */
const FILLS = new Map<unknown, string>([
  [400, 'InvalidRequest'],
  [401, 'AuthenticationRequired'],
  [403, 'Forbidden'],
  [404, 'XRPCNotSupported'],
  [406, 'NotAcceptable'],
  [413, 'PayloadTooLarge'],
  [415, 'UnsupportedMediaType'],
  [429, 'RateLimitExceeded'],
  [500, 'InternalServerError'],
  [501, 'MethodNotImplemented'],
  [502, 'UpstreamFailure'],
  [503, 'NotEnoughResources'],
  [504, 'UpstreamTimeout'],
]);
const wordsOf = (name: string): string => name.replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ');

/** `ResponseType.InvalidResponse`: a 2xx whose body failed the method's lexicon. */
const INVALID_RESPONSE = 2;

/** The own keys an `XRPCError` is made with, and the three `XRPCInvalidResponseError` adds. */
const KEYS = 'error,headers,success,status';
const INVALID_KEYS = `${KEYS},lexiconNsid,validationError,responseBody`;

/** Its own keys; `cause` is one only where a runtime ignores `super`'s options and the constructor assigns it. */
const keysOf = (error: Loose): string =>
  Object.keys(error)
    .filter((key) => key !== 'cause')
    .join();

/**
 * What `XRPCError` holds of the body: its `error` and `message` only where they are not the client's fills. An
 * `error` that is its status's own name cannot be told from the fill (a body `{ "message": … }` on a 400 gets
 * `InvalidRequest` too), and says no more than the status.
 */
function saidBody(error: Loose, name: string): Loose {
  const words = wordsOf(name);
  const code = str(error.error);
  const message = str(error.message);
  const body: Loose = {};
  if (code && code !== name) body.error = code;
  // An empty `error` from the body makes the message the status's words; any other fill is the `error` itself.
  if (message && message !== code && !(code === '' && message === words)) body.message = message;
  return Object.keys(body).length ? body : undefined;
}

/**
 * @atproto/api and @atproto/xrpc (Bluesky's clients; node_modules/@atproto/xrpc/dist/xrpc-client.js `call`, types.js
 * `XRPCError`, and each method's `toKnownErr` in node_modules/@atproto/api/dist/client/types/**) throw, for a response
 * outside 2xx, an `XRPCError` (or the method's subclass of it, `ExpiredTokenError`, `InvalidSwapError`, …, made from
 * it) with `status` its `ResponseType` (the HTTP status where it has a name for it, else its class's: 422 → 400, 302
 * → 404), `headers` the response's as a plain object, and of the body (parsed under a type containing
 * `application/json`) its string `error` and `message`, or its fills for them. A 2xx whose body fails the method's
 * lexicon throws an `XRPCInvalidResponseError` whose `responseBody` is that body, without status or headers. None has
 * a `name` of its own ("Error"): told by their exact own keys and `success: false`. What an app's own `fetch` threw
 * is kept as the `cause` of an `XRPCError.from(thrown)`, and read there. A failure without a response (status 1,
 * `Unknown`, the fetch error as `cause`) is left to the generic reading, which reads its `cause`.
 */
export function xrpcError(error: Loose, readWrapped: ReadWrapped): Source {
  const details = str(error.stack) ?? str(error.message);
  if (error.status === INVALID_RESPONSE) return { header: NO_HEADERS, body: error.responseBody, details };
  const status = statusOf(error.status);
  const header = readHeaders(error.headers);
  // `XRPCError.from(thrown)` wraps what an app's own `fetch` threw (ky's `HTTPError`, response and body inside) as
  // its `cause`, and that error's message as its own: no word of the body. A method's subclass has its source there.
  if (isObject(error.cause) && error.cause.success !== false) {
    const thrown = readWrapped(error.cause);
    return thrown.status || thrown.kind ? thrown : { status, header, details };
  }
  const fills = FILLS.get(error.status);
  return { status, header, body: fills && saidBody(error, fills), details };
}

export const xrpcErrors: ErrorClient = {
  test: (error) => {
    // The cheap test first: every input an app passes is tried.
    if (error.success !== false || typeof error.error !== 'string' || typeof error.message !== 'string') return false;
    const keys = keysOf(error);
    return keys === KEYS
      ? FILLS.has(error.status) && isObject(error.headers)
      : keys === INVALID_KEYS && error.status === INVALID_RESPONSE;
  },
  read: xrpcError,
};
