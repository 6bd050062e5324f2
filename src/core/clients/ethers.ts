import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

// What `makeError` (node_modules/ethers/lib.esm/utils/errors.js) writes last in every message: "… (…, code=TIMEOUT,
// version=6.17.0)". The `code` member beside a message that ends so tells ethers' error from any other `Error`.
const SIGNATURE = /\bcode=([A-Z_]+), version=[\w.+-]+\)$/;

const isEthersError = (error: Loose): boolean => {
  const { code, message } = error;
  return (
    typeof code === 'string' &&
    typeof error.shortMessage === 'string' &&
    typeof message === 'string' &&
    SIGNATURE.exec(message.slice(-(code.length + 48)))?.[1] === code
  );
};

// `FetchResponse.makeServerError` (utils/fetch.js) gives the response its own status, 599, and writes the one it
// replaces first in its status text: "CLIENT ESCALATED SERVER ERROR (429 Too Many Requests; exceeded maximum retry
// limit)".
const ESCALATED = /^CLIENT ESCALATED SERVER ERROR \((\d{3}) /;

/** The status a `FetchResponse` of ethers' 599 stands for: the last 429 when its retries ran out. */
function escalatedStatus(response: Loose): number | undefined {
  if (response.statusCode !== 599 || typeof response.makeServerError !== 'function') return undefined;
  const { statusMessage } = response;
  return typeof statusMessage === 'string' ? statusOf(ESCALATED.exec(statusMessage)?.[1]) : undefined;
}

const isFetchResponse = (value: Loose): boolean =>
  isObject(value) && typeof value.statusCode === 'number' && typeof value.assertOk === 'function';

/** A JSON-RPC error object, as the node sent it: JSON-RPC 2.0 §5.1 makes both members required. */
const isRpcError = (value: Loose): boolean =>
  isObject(value) && typeof value.code === 'number' && typeof value.message === 'string';

const failed = (error: Loose, kind: 'cancelled' | 'timeout'): Source => ({
  header: NO_HEADERS,
  kind,
  format: kind === 'cancelled' ? 'abort' : 'timeout',
  details: typeof error.stack === 'string' ? error.stack : `Error: ${String(error.message)}`,
});

/**
 * ethers 6's errors (`makeError`, utils/errors.js): a plain `Error` with a `code` ("SERVER_ERROR", "TIMEOUT", …), a
 * `shortMessage` and the members of its code; its message is developer text (the members as JSON, "(code=…,
 * version=6.x)"). What `JsonRpcProvider` and `FetchRequest` (providers/provider-jsonrpc.js, utils/fetch.js,
 * utils/geturl.js and geturl-browser.js) reject with:
 * - SERVER_ERROR, a response not 2xx: its `response` is the `FetchResponse` (`statusCode`, `headers`, `body`). A 429
 *   is retried, and when the retries run out that response is ethers' own 599 holding the 429's headers and body,
 *   the 429 left only in its status text: read as the 429;
 * - a JSON-RPC error in a 2xx answer, made into the error of its code (UNKNOWN_ERROR "could not coalesce error",
 *   CALL_EXCEPTION, UNSUPPORTED_OPERATION, INSUFFICIENT_FUNDS, …) that keeps the node's error object, in `error` or
 *   `info.error`, and nothing of the response: read as that JSON-RPC error;
 * - BAD_DATA "missing response for request", a 2xx JSON body with no answer of the request's `id` (a GraphQL body, a
 *   node's error with a null `id`): `value` is the body, in a list when it was none;
 * - UNSUPPORTED_OPERATION from `bodyJson`, a 2xx that is not JSON: `info.response` is the response;
 * - CANCELLED (`FetchRequest.cancel()`) and UNSUPPORTED_OPERATION "provider destroyed; cancelled request" (a call
 *   `destroy()` ended): cancelled; TIMEOUT (the request's `timeout`): timeout.
 */
export function ethersError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const escalated = escalatedStatus(error);
  if (escalated) return readWrapped({ status: escalated, headers: error.headers, body: error.body });
  const { code, info } = error;
  if (code === 'SERVER_ERROR') return isFetchResponse(error.response) ? readWrapped(error.response) : undefined;
  if (code === 'CANCELLED' || error.shortMessage === 'provider destroyed; cancelled request')
    return failed(error, 'cancelled');
  if (code === 'TIMEOUT') return failed(error, 'timeout');
  if (isObject(info) && isFetchResponse(info.response)) return readWrapped(info.response);
  if (code === 'BAD_DATA' && Array.isArray(error.value) && error.shortMessage === 'missing response for request')
    return { header: NO_HEADERS, body: error.value };
  const said = isRpcError(error.error) ? error.error : isObject(info) ? info.error : undefined;
  return isRpcError(said) ? { header: NO_HEADERS, body: { jsonrpc: '2.0', error: said } } : undefined;
}

export const ethersErrors: ErrorClient = {
  // Its errors are named "Error" (or "TypeError"): told by the code its message ends with, and its 599 by its text.
  test: (error) => isEthersError(error) || escalatedStatus(error) !== undefined,
  read: ethersError,
};
