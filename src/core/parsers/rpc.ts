import { findFieldErrors } from '../fieldErrors';
import type { ApiErrorKind, ApiFieldError, ParsedError } from '../types';
import { statusOf, type Loose } from '../util';

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
export function jsonRpc({ error }: Loose): ParsedError {
  const known = JSON_RPC_CODES[error.code];
  const kind: ApiErrorKind | undefined = known?.[0] ?? (error.code <= -32000 && error.code >= -32099 ? 'server' : undefined);
  const parsed: ParsedError = { code: String(error.code) };
  if (kind) parsed.kind = kind;
  if (known && String(error.message).trim().toLowerCase() === known[1].toLowerCase()) parsed.message = undefined;
  return parsed;
}

/**
 * zod's issue list, which tRPC's default error formatter sends as JSON text in `message` for a failed
 * input: each issue's `path` and `message` are a field error. The text itself is for developers.
 * Anything else that fails to parse or map is no issue list.
 */
function zodIssues(text: unknown): ApiFieldError[] | undefined {
  try {
    // Only what the reader needs: an unrecognized key's `keys` would read as its path, where zod says `path: []`.
    return typeof text === 'string' && text[0] === '[' ? findFieldErrors(JSON.parse(text).map(({ path, message, code }: Loose) => ({ path, message, code }))) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * tRPC's wire format: `{ error: { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus,
 * path, zodError? } } }` (JSON-RPC numbers, tRPC's own names in `data.code`, which is the code). With
 * the default error formatter a failed zod input puts zod's issue list, as JSON text, in `message`;
 * those issues name their paths exactly, where the docs' formatter's `zodError` (zod's `flatten()`)
 * keeps only the first segment, so they win. tRPC sends any error that is not a `TRPCError` as an
 * INTERNAL_SERVER_ERROR with the thrown message (a database driver's, say): never one for people.
 */
export function trpc({ error }: Loose): ParsedError {
  const { code } = error.data;
  const parsed: ParsedError = { code, status: statusOf(error.data.httpStatus) };
  const fieldErrors = zodIssues(error.message);
  // Issues that name no input (`path: []`) alone are form-level: the structural reading has them too.
  if (fieldErrors?.some((error) => error.field)) parsed.fieldErrors = fieldErrors;
  if (code === 'INTERNAL_SERVER_ERROR') parsed.message = undefined;
  return parsed;
}
