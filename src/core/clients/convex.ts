import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * How a Convex backend words every failed function call ("[Request ID: <id>] Server Error", then, on a development
 * deployment only, a newline and the function's own error and stack: convex-backend's `RedactedJsError`), after the
 * "[CONVEX M(<function>)] " its sync client (ConvexReactClient, ConvexClient) puts first. Bounded, so a long
 * message cannot make it backtrack.
 */
const SERVER_ERROR = /^(?:\[CONVEX [A-Z]\([^()\n]{1,300}\)\] )?\[Request ID: ([\w-]{1,64})\] Server Error(?:\n|$)/;

const requestIdOf = (message: unknown): string | undefined =>
  typeof message === 'string' ? SERVER_ERROR.exec(message.slice(0, 400))?.[1] : undefined;

/** The brand `ConvexError` sets on itself (convex/values' `IDENTIFYING_FIELD`). */
const BRAND = Symbol.for('ConvexError');

/**
 * Convex (`convex`): what its clients reject with when a function fails (node_modules/convex/dist/esm/browser/
 * http_client.js and browser/sync/client.js, values/errors.js):
 * - a `ConvexError` (name "ConvexError", branded with `Symbol.for("ConvexError")`) when the function threw one: its
 *   `data` is the app's own payload, sent as `errorData`, and its message the backend's "[Request ID: …] Server
 *   Error" text. The payload is what Convex's docs hand the app for its person: a string is the message, an object
 *   is read as an error body (`{ code: "NOT_FOUND", message }`). No HTTP status reaches the app.
 * - a plain `Error` whose message is only that text when the function failed otherwise (a bug, a failed validator):
 *   a production deployment says nothing but "Server Error" and a development one adds developer text and a stack,
 *   so no sentence of it is for a person. It is a server error; its request id is what the dashboard's logs (and
 *   support) find it by.
 * A non-2xx answer that is not a function's failure is a plain `Error` of the body's text: nothing marks it as
 * Convex's, and it is read as any `Error` is.
 */
export function convexError(error: Loose): Source | undefined {
  const requestId = requestIdOf(error.message);
  const details = str(error.stack) ?? str(error.message);
  if (error.name === 'ConvexError' && error[BRAND] === true && 'data' in error) {
    const { data } = error;
    if (typeof data === 'string') return { header: NO_HEADERS, body: { message: data, requestId }, details };
    // The request id goes beside the payload's own members, never over them.
    const body = isObject(data) && !Array.isArray(data) ? { requestId, ...data } : { requestId };
    return { header: NO_HEADERS, body, details };
  }
  if (requestId === undefined) return undefined;
  return { header: NO_HEADERS, kind: 'server', body: { requestId }, details };
}

/** Told by the name `ConvexError` carries, or by the backend's "[Request ID: …] Server Error" starting a message. */
export const convexErrors: ErrorClient = {
  errorNames: ['ConvexError'],
  test: (error) => error.name === 'Error' && requestIdOf(error.message) !== undefined,
  read: convexError,
};
