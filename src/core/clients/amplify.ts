import type { Source } from '../input';
import { isObject, ownKeys, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * The error inside the one GraphQLError Amplify makes around a failure that was no GraphQL response: an
 * `AmplifyError` (a `RestApiError` or the one named "NetworkError"), told by the `underlyingError` and
 * `recoverySuggestion` its constructor always sets; undefined for anything else.
 */
function wrappedFailure(errors: Loose): Loose {
  if (!Array.isArray(errors) || errors.length !== 1) return undefined;
  const [wrapper] = errors;
  if (!isObject(wrapper) || wrapper.name !== 'GraphQLError') return undefined;
  const original: Loose = wrapper.originalError;
  return isObject(original) &&
    typeof original.name === 'string' &&
    'underlyingError' in original &&
    'recoverySuggestion' in original
    ? original
    : undefined;
}

/** The `data` Amplify puts beside that error: `{}` from `graphql()`, `null` or `[]` from `client.models`. */
const isEmptyData = (data: unknown): boolean =>
  data === null || (Array.isArray(data) ? data.length === 0 : ownKeys(data)?.length === 0);

/**
 * AWS Amplify v6's GraphQL client (`generateClient()` from `aws-amplify/api`). `client.graphql()` rejects with a
 * GraphQL result, never an `Error`; Amplify Data's `client.models` resolves the same result (`data` set to `null` or
 * `[]`, @aws-amplify/data-schema's runtime/internals/operations/utils.mjs). A GraphQL response with `errors` is that
 * result as the server sent it, read as its body. Any other failure is made into `{ data: {}, errors: [new
 * GraphQLError(error.message, …, error)] }` (@aws-amplify/api-graphql's
 * utils/errors/createGraphQLResultWithError.mjs): for a status of 300 or more the `originalError` is the REST layer's
 * `RestApiError`, whose `response` is `{ statusCode, headers, body }` (the body as text); for no connection, the
 * `AmplifyError` named "NetworkError". Read as that error: the GraphQLError's message ("Unknown error" for most
 * bodies, "Unauthorized" once repackageAuthError.mjs rewrites an AppSync `UnauthorizedException`) is Amplify's, not
 * the server's. The `errors` array alone, as an app may hand it on, is read so too. A 2xx body `json()` refused wraps
 * a `SyntaxError` that keeps nothing of the response: left to the generic reading.
 */
export function amplifyGraphqlError(value: Loose, readWrapped: ReadWrapped): Source {
  return readWrapped(wrappedFailure(Array.isArray(value) ? value : value.errors));
}

/** Told by that exact shape: nothing beside an empty `data` and the one GraphQLError that carries the failure. */
export const amplifyErrors: ErrorClient = {
  test: (value) =>
    Array.isArray(value)
      ? wrappedFailure(value) !== undefined
      : wrappedFailure(value.errors) !== undefined &&
        isEmptyData(value.data) &&
        ownKeys(value)?.sort().join() === 'data,errors',
  read: amplifyGraphqlError,
};
