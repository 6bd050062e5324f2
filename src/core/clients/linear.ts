import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** The values of the SDK's `LinearErrorType` enum: the `type` every `LinearError` carries. */
const LINEAR_TYPES: ReadonlySet<unknown> = new Set([
  'FeatureNotAccessible',
  'InvalidInput',
  'Ratelimited',
  'NetworkError',
  'AuthenticationError',
  'Forbidden',
  'BootstrapError',
  'Unknown',
  'InternalError',
  'Other',
  'UserError',
  'GraphqlError',
  'LockTimeout',
  'UsageLimitExceeded',
]);

/** What the SDK's `LinearGraphQLClient` throws for a response: `response` holding it beside the `request` it made. */
const isClientError = (error: Loose): boolean =>
  isObject(error.request) &&
  typeof error.request.query === 'string' &&
  isObject(error.response) &&
  statusOf(error.response.status) !== undefined &&
  typeof error.response.headers?.get === 'function' &&
  // graphql-request's `ClientError`, which it copies, keeps the text it read as `body` too: the generic reading's.
  !('body' in error.response);

/**
 * The Linear SDK's (`@linear/sdk`) errors, read as the response they came from (node_modules/@linear/sdk/dist/
 * index.mjs: `LinearGraphQLClient`, `GraphQLClientError`, `parseLinearError`, `LinearError`).
 * - `LinearError` and its subclasses (`AuthenticationLinearError`, `RatelimitedLinearError`, …), what `LinearClient`'s
 *   queries and `client.rawRequest` throw. Its `errors` are the SDK's own `LinearGraphQLError`s (no `extensions`
 *   code), its `type` is picked from them or from the status alone, and its message joins the SDK's "GraphQL Error
 *   (Code: 400)" with the body's text, or "[object Object]": none of it is what the server said. What it wraps is in
 *   `raw`: the `GraphQLClientError` below, or a failure without a response (fetch's `TypeError`, an abort's
 *   `DOMException`), read as that failure.
 * - `GraphQLClientError`, what `client.request` throws as it is: its `response` is the body's members spread beside
 *   `status` and the fetch `headers`, or `{ error: text }` for a body read as text (`getResult` parses only a
 *   `Content-Type` starting with `application/json`).
 */
export function linearError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const raw: Loose = 'raw' in error ? error.raw : error;
  if (!isObject(raw)) return undefined;
  if (!isClientError(raw)) return raw === error ? undefined : readWrapped(raw);
  // Its own `status` and `headers` replace a JSON body's members of those names: those are lost.
  const { status, headers, ...members } = raw.response;
  const json = (readHeaders(headers)('content-type') ?? '').startsWith('application/json');
  // As a response: a blank body then leaves a redirect's OAuth error to its Location.
  return readWrapped({ status, headers, body: json ? members : members.error });
}

/**
 * Told by their exact shapes (their `name` is only "Error"): a `type` of the SDK's enum beside the `errors` list and
 * the `raw` error it wraps, or the client's error itself.
 */
export const linearErrors: ErrorClient = {
  test: (error) =>
    (LINEAR_TYPES.has(error.type) && Array.isArray(error.errors) && isObject(error.raw) && 'query' in error) ||
    isClientError(error),
  read: linearError,
};
