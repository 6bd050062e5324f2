import { kindOfCode } from '../kinds';
import type { ApiErrorKind, ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * The codes JSON-RPC 2.0 reserves (§5.1), with the fixed text the spec gives each: that text names
 * the code, it does not tell a person anything. -32000 to -32099 are the server's own errors.
 * https://www.jsonrpc.org/specification#error_object
 */
const JSON_RPC_CODES: Readonly<Record<number, readonly [kind: ApiErrorKind, text: string]>> = {
  [-32700]: ['bad-request', 'Parse error'],
  [-32600]: ['bad-request', 'Invalid Request'],
  [-32601]: ['not-found', 'Method not found'],
  [-32602]: ['validation', 'Invalid params'],
  [-32603]: ['server', 'Internal error'],
};

/** JSON-RPC 2.0: `{ jsonrpc: "2.0", error: { code: -32601, message, data }, id }`, usually with HTTP 200. */
function read({ error }: Loose): ParsedError {
  const known = JSON_RPC_CODES[error.code];
  // The server's own range names no kind by itself; the exception it names in `data` may (Geotab's
  // `data: { type: "InvalidUserException" }`, `OverLimitException`).
  const named = kindOfCode(error.data?.type) ?? kindOfCode(error.data?.code);
  const kind: ApiErrorKind | undefined =
    known?.[0] ?? (error.code <= -32000 && error.code >= -32099 ? (named ?? 'server') : undefined);
  const parsed: ParsedError = { code: String(error.code) };
  if (kind) parsed.kind = kind;
  // The spec's text names the code; a string `data` beside it is the server's own account (Zabbix's "Invalid params."
  // beside `data: "Invalid parameter \"/password\": a character string is expected."`).
  if (known && String(error.message).trim().replace(/\.$/, '').toLowerCase() === known[1].toLowerCase())
    parsed.message = typeof error.data === 'string' ? error.data : undefined;
  return parsed;
}

/** Known by `jsonrpc: "2.0"` beside a numeric `error.code`. */
export const jsonRpc: ErrorFormat = {
  name: 'json-rpc',
  keys: ['jsonrpc'],
  test: (b) => b.jsonrpc === '2.0' && typeof b.error?.code === 'number',
  read,
};
