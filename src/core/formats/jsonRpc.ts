import { kindOfCode } from '../kinds';
import { isReasonPhrase, sentence } from '../text';
import type { ApiErrorKind, ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * The codes JSON-RPC 2.0 reserves (§5.1), with the fixed text the spec gives each and the meaning its table gives it
 * (Zonemaster sends "The JSON sent is not a valid request object."): that text names the code, it does not tell a
 * person anything. -32000 to -32099 are the server's own errors. https://www.jsonrpc.org/specification#error_object
 */
const JSON_RPC_CODES: Readonly<Record<number, readonly [kind: ApiErrorKind, text: string, meaning: string]>> = {
  [-32700]: ['bad-request', 'Parse error', 'Invalid JSON was received by the server'],
  [-32600]: ['bad-request', 'Invalid Request', 'The JSON sent is not a valid Request object'],
  [-32601]: ['not-found', 'Method not found', 'The method does not exist / is not available'],
  [-32602]: ['validation', 'Invalid params', 'Invalid method parameter(s)'],
  [-32603]: ['server', 'Internal error', 'Internal JSON-RPC error'],
};

/** JSON-RPC 2.0: `{ jsonrpc: "2.0", error: { code: -32601, message, data }, id }`, usually with HTTP 200. */
function read({ error }: Loose): ParsedError {
  const code = Number(error.code);
  const known = JSON_RPC_CODES[code];
  // The server's own range names no kind by itself, whatever status carries it (Besu's `-32000` "total blob gas …
  // exceeds max blob gas per block …" on a 200); the exception it names in `data` may (Geotab's
  // `data: { type: "InvalidUserException" }`, `OverLimitException`).
  const kind: ApiErrorKind | undefined =
    known?.[0] ??
    (code <= -32000 && code >= -32099 ? (kindOfCode(error.data?.type) ?? kindOfCode(error.data?.code)) : undefined);
  const parsed: ParsedError = { code: String(error.code) };
  if (kind) parsed.kind = kind;
  // The spec's text names the code; a string `data` beside it is the server's own account (Zabbix's "Invalid params."
  // beside `data: "Invalid parameter \"/password\": a character string is expected."`), when it is a sentence: a
  // validator's report (Zonemaster's "/method: Missing property.") or nothing leaves the kind's default.
  const said = String(error.message).trim().replace(/\.$/, '').toLowerCase();
  if (
    (known && (said === known[1].toLowerCase() || said === known[2].toLowerCase())) ||
    // So does a server's own code whose text only names it (jsonrpsee's `-32701` "Request is too big" beside `data:
    // "Exceeded max limit of 100"`).
    (typeof error.data === 'string' && isReasonPhrase(said))
  )
    parsed.message = sentence(error.data);
  return parsed;
}

/**
 * Known by `jsonrpc: "2.0"` beside a numeric `error.code`, or one written as a string (Zonemaster's Perl backend sends
 * `code: "-32602"`).
 */
export const jsonRpc: ErrorFormat = {
  name: 'json-rpc',
  keys: ['jsonrpc'],
  test: (b) =>
    b.jsonrpc === '2.0' &&
    (typeof b.error?.code === 'number' || (typeof b.error?.code === 'string' && /^-?\d{1,6}$/.test(b.error.code))),
  read,
};
