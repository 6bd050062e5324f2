import { readHeaders } from '../headers';
import type { Source } from '../input';
import { oauthParams } from '../oauthParams';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

// The fixed `shortMessage` of each error viem's HTTP transport makes from a response (node_modules/viem/_esm/errors/
// request.js): with viem's `version` member beside it, it tells viem's error from another of the same generic name.
const SHORT_MESSAGES: Readonly<Record<string, string>> = {
  HttpRequestError: 'HTTP request failed.',
  RpcRequestError: 'RPC Request failed.',
};

/** viem's `BaseError` (errors/base.js): its message is developer text, its parts are members. */
const isViemError = (error: Loose): boolean =>
  isObject(error) &&
  typeof error.shortMessage === 'string' &&
  typeof error.version === 'string' &&
  'metaMessages' in error &&
  'docsPath' in error;

const isRequestError = (error: Loose): boolean =>
  isViemError(error) && SHORT_MESSAGES[error.name] === error.shortMessage;

/**
 * The `HttpRequestError` or `RpcRequestError` a viem error is or wraps: `client.request` maps a JSON-RPC error by its
 * code to an `RpcError` (`LimitExceededRpcError`, …) whose `cause` is the `RpcRequestError`, and actions wrap that
 * again (`CallExecutionError`, `ContractFunctionExecutionError`).
 */
function requestError(error: Loose): Loose {
  let link: Loose = error;
  for (let depth = 0; depth < 8 && isViemError(link); depth++, link = link.cause) if (isRequestError(link)) return link;
  return undefined;
}

/**
 * The body an `HttpRequestError` keeps in `details` (utils/rpc/http.js): a JSON body's `error` member as JSON, a body
 * that is not JSON as a JSON string, and for any other the status text, which is no JSON (nothing of the body kept).
 */
function keptBody(details: unknown, type: string | undefined): unknown {
  if (typeof details !== 'string') return undefined;
  let said: unknown;
  try {
    said = JSON.parse(details);
  } catch {
    return undefined;
  }
  // A JSON body holding a string `error` (OAuth's) reaches `details` as a string too: told apart by its type, as viem
  // parses by it.
  return typeof said === 'string' && !type?.startsWith('application/json') ? said : { error: said };
}

/**
 * viem's errors from its HTTP transport (`http(url)` under `createPublicClient`, and wagmi): they carry the response
 * in members, and their message is developer text ("URL: …", "Request body: …", "Version: viem@…").
 * - `HttpRequestError` (errors/request.js) for a response that is not ok and not a JSON-RPC error: `status`,
 *   `headers` (the fetch `Headers`) and `details`, what it kept of the body; its `body` is the request's. Without a
 *   `status` it is a failure without a usable response (fetch's, or a 2xx that is not JSON-RPC): the generic reading.
 * - `RpcRequestError` for a JSON-RPC error: its `cause` is the body's `error` object (`code`, `message`, `data`),
 *   read in the JSON-RPC 2.0 envelope viem does not keep; `status` and `headers` only when the response was not ok.
 * - what wraps one of them: the `RpcError` of its code, an action's `…ExecutionError`.
 * Their names are generic words, so each is told by viem's shape (`shortMessage`, `version`, `docsPath`).
 */
export function viemError(error: Loose): Source | undefined {
  const link = requestError(error);
  if (!link) return undefined;
  const status = statusOf(link.status);
  const header = readHeaders(link.headers);
  if (link.name === 'RpcRequestError') {
    const { cause } = link;
    const said =
      isObject(cause) && typeof cause.code === 'number'
        ? cause
        : { code: link.code, message: link.details, data: link.data };
    return { status, header, body: { jsonrpc: '2.0', error: said } };
  }
  if (!status) return undefined;
  const body = keptBody(link.details, header('content-type'));
  const location = body === undefined ? header('location') : undefined;
  return { status, header, body: body ?? (location?.includes('error=') ? oauthParams(location) : undefined) };
}

export const viemErrors: ErrorClient = {
  errorNames: Object.keys(SHORT_MESSAGES),
  // An `RpcError` or an action's error around one (names as generic as `InternalRpcError`, `CallExecutionError`).
  test: (error) => isViemError(error) && requestError(error.cause) !== undefined,
  read: viemError,
};
