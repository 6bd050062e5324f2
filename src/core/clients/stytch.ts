import { NO_HEADERS } from '../headers';
import { FAILED_FETCH, type Source } from '../input';
import { guardedMember, isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** What every Stytch error carries of the body, in both SDKs. */
const MEMBERS = ['status_code', 'request_id', 'error_type', 'error_message', 'error_url'] as const;

/** The browser SDK's words for a fetch that threw Chromium's "Failed to fetch"; its other ones follow an answer. */
const UNREACHABLE = 'Unable to contact our servers.';
const UNREACHABLE_NAMES: ReadonlySet<string> = new Set(['StytchAPIUnreachableError', 'SDKAPIUnreachableError']);

/** `stytch`'s `StytchError`: its `name` stays "Error", and its constructor sets all five members, undefined too. */
const isNodeError = (error: Loose): boolean =>
  typeof error.message === 'string' && MEMBERS.every((member) => Object.hasOwn(error, member));

/** `stytch`'s `RequestError` for a fetch that threw: fetch's message, and the request it was making, alone. */
const isNodeRequestError = (error: Loose): boolean =>
  // The cheap probes first: every error an app passes is tried.
  isObject(error.request) &&
  typeof error.request.url === 'string' &&
  typeof error.request.method === 'string' &&
  Object.keys(error).length === 1 &&
  FAILED_FETCH.test(str(error.message) ?? '');

/**
 * The body the error was built from: the Node SDK writes all of it as its message (`JSON.stringify(data)`), the one
 * place that keeps what Stytch's members do not (a Laravel body's field errors, an OAuth body's words); else the
 * members themselves, which are all the browser SDK keeps.
 */
function bodyOf(error: Loose): unknown {
  const message = guardedMember(error, 'message');
  if (typeof message === 'string' && message.startsWith('{') && message.length < 1 << 20) {
    try {
      const parsed: unknown = JSON.parse(message);
      if (isObject(parsed) && !Array.isArray(parsed)) return parsed;
    } catch {
      // the members below
    }
  }
  return Object.fromEntries([...MEMBERS, 'error_details'].map((member) => [member, guardedMember(error, member)]));
}

/**
 * Stytch's SDKs. The Node SDK `stytch` (node_modules/stytch/dist/shared/index.js `request`, shared/errors.js) throws,
 * for an answer of 400 or more whose body is JSON, a `StytchError` named "Error": the body's `status_code` (not the
 * answer's status), `request_id`, `error_type`, `error_message`, `error_url` and `error_details` (an OAuth body's
 * `error`, `error_description` and `error_uri` in their place), and the whole body as its message; no headers. A body
 * that is not JSON, on any status, is a `RequestError` keeping nothing but the parser's words, as is a fetch that threw
 * (fetch's message). The browser SDK `@stytch/vanilla-js` (its dist/esm/packages/core/src/NetworkClient.mjs and
 * public/SDKErrors.mjs) throws, for an answer of 300 or more typed `application/json`, a `StytchAPIError` of the same
 * six members alone (its message is its own text); any other answer is a `StytchAPIUnreachableError` that keeps
 * nothing, and so is Chromium's "Failed to fetch", in words of its own.
 */
export function stytchError(error: Loose): Source | undefined {
  if (UNREACHABLE_NAMES.has(str(guardedMember(error, 'name')) ?? '') || isNodeRequestError(error)) {
    const message = str(guardedMember(error, 'message')) ?? '';
    // The browser's other words ("Invalid response from our servers.") follow an answer that it did not keep.
    return message.startsWith(UNREACHABLE) || FAILED_FETCH.test(message)
      ? {
          header: NO_HEADERS,
          kind: 'network',
          format: 'network',
          details: str(guardedMember(error, 'stack')) ?? message,
        }
      : undefined;
  }
  // `error_url` is Stytch's page on the error: for the developer.
  return {
    status: statusOf(guardedMember(error, 'status_code')),
    header: NO_HEADERS,
    body: bodyOf(error),
    details: str(guardedMember(error, 'error_url')) || undefined,
  };
}

export const stytchErrors: ErrorClient = {
  errorNames: ['StytchAPIError', 'StytchSDKAPIError', ...UNREACHABLE_NAMES],
  test: (error) => isNodeError(error) || isNodeRequestError(error),
  read: stytchError,
};
