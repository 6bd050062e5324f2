import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { guardedMember, isObject, ownKeys, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** The SDK's own `cause`s: for a body with no `errors`, `error` or `message`, and for an app that set no API key. */
const SDK_CAUSES: ReadonlySet<string> = new Set(['unknown cause', 'Missing API key']);

const NAME = 'Lemon Squeezy Error';

/**
 * The error of a Lemon Squeezy call (its result's `error`, what `onError` is handed): an `Error` named "Lemon Squeezy
 * Error" (`G` in node_modules/@lemonsqueezy/lemonsqueezy.js/dist/index.js) whose message is the status text, for
 * developers, and whose `cause` is the body's `errors`, else its `error`, else its `message`. No status and no header
 * is kept: JSON:API's items say their own status. Which member the cause was is lost: a list is read as JSON:API's
 * `errors` (the one the SDK tries first), anything else as `error`, where the kit takes a code or a sentence as each
 * looks. The SDK's own causes are no body: read as any `Error`.
 */
export function lemonSqueezyError(error: Loose): Source | undefined {
  const cause = guardedMember(error, 'cause');
  if (cause == null || (typeof cause === 'string' && SDK_CAUSES.has(cause))) return undefined;
  return {
    header: NO_HEADERS,
    body: Array.isArray(cause) ? { errors: cause } : { error: cause },
    details: str(guardedMember(error, 'stack')),
  };
}

/**
 * @lemonsqueezy/lemonsqueezy.js never rejects for a response: every call resolves `{ statusCode, data, error }`
 * (`FetchResponse` in its dist/index.d.ts), read as any result with its status and parsed body. When the body was no
 * JSON (`response.json()` threw) or no response came, `statusCode` and `data` are null and `error` is what was thrown
 * (a `SyntaxError`, fetch's `TypeError`): read as that error, not as a body of three members.
 */
export function lemonSqueezyResult(result: Loose, readWrapped: ReadWrapped): Source {
  return readWrapped(result.error);
}

const RESULT_KEYS = 'data,error,statusCode';

export const lemonSqueezyErrors: ErrorClient = {
  errorNames: [NAME],
  test: (result) =>
    // The cheap test first: every input an app passes is tried.
    result.statusCode === null &&
    result.data === null &&
    isObject(result.error) &&
    ownKeys(result)?.sort().join() === RESULT_KEYS &&
    typeof result.error.message === 'string',
  read: (value, readWrapped) =>
    value.name === NAME ? lemonSqueezyError(value) : lemonSqueezyResult(value, readWrapped),
};
