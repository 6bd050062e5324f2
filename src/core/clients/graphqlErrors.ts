import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * GraphQL clients' errors, read as the GraphQL response they came from: its `errors` are the
 * `graphQLErrors` of urql's `CombinedError` (beside the fetch `response`: status and headers, its
 * body used up) and of Apollo Client 3's `ApolloError` (which keeps no response). Apollo 3 puts a
 * non-2xx in `networkError`, a `ServerError` with the body, parsed or as text, in `result`; Apollo 4's
 * errors and urql's `networkError` (a failure in front of the endpoint) need no reader of their own.
 */
export function graphqlClientError(error: Loose): Source | undefined {
  const { graphQLErrors: errors, networkError, response } = error;
  if (errors?.length)
    return { status: statusOf(response?.status), header: readHeaders(response?.headers), body: { errors } };
  const status = statusOf(networkError?.statusCode);
  if (!status || !('result' in networkError)) return undefined;
  const { result } = networkError;
  return {
    status,
    header: readHeaders(networkError.response?.headers),
    body: isObject(result) || typeof result === 'string' ? result : undefined,
  };
}

/** urql's `CombinedError` and Apollo Client 3's `ApolloError`. */
export const graphqlClientErrors: ErrorClient = {
  errorNames: ['CombinedError', 'ApolloError'],
  read: graphqlClientError,
};
