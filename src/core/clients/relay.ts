import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * Relay's (`relay-runtime`) error for a response without `data`, what `fetchQuery`, `commitMutation`'s `onError` and
 * react-relay's hooks (into an error boundary) fail with: an `Error` named `RelayNetwork` whose message is developer
 * text ("No data returned for operation `X`, got error(s): …") and whose `source` is `{ errors, operation, variables
 * }` (relay-runtime's OperationExecutor, `_handleErrorResponse`). Those `errors` are the response's, as they came;
 * its status, headers and `extensions` are gone, so they are read as a GraphQL body alone. A response that held no
 * `errors` either (a server's own 500 page parsed as JSON) leaves `errors: null`: nothing of the server to read.
 */
export function relayNetworkError(error: Loose): Source | undefined {
  const { source } = error;
  if (!isObject(source) || !Array.isArray(source.errors) || source.errors.length === 0) return undefined;
  return { header: NO_HEADERS, body: { errors: source.errors } };
}

/** Told by the name `RelayError.create('RelayNetwork', …)` gives, then by its `source` holding `errors`. */
export const relayErrors: ErrorClient = {
  errorNames: ['RelayNetwork'],
  read: relayNetworkError,
};
