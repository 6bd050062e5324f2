import { findFieldErrors } from '../fieldErrors';
import type { ApiFieldError, ParsedError } from '../types';
import { statusOf, type Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * zod's issue list, which tRPC's default error formatter sends as JSON text in `message` for a failed
 * input: each issue's `path` and `message` are a field error. The text itself is for developers.
 * Anything else that fails to parse or map is no issue list.
 */
function zodIssues(text: unknown): ApiFieldError[] | undefined {
  try {
    // Only what the reader needs: an unrecognized key's `keys` would read as its path, where zod says `path: []`.
    return typeof text === 'string' && text[0] === '['
      ? findFieldErrors(JSON.parse(text).map(({ path, message, code }: Loose) => ({ path, message, code })))
      : undefined;
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
function read({ error }: Loose): ParsedError {
  const { code } = error.data;
  const parsed: ParsedError = { code, status: statusOf(error.data.httpStatus) };
  const fieldErrors = zodIssues(error.message);
  // Issues that name no input (`path: []`) alone are form-level: the structural reading has them too.
  if (fieldErrors?.some((error) => error.field)) parsed.fieldErrors = fieldErrors;
  if (code === 'INTERNAL_SERVER_ERROR') parsed.message = undefined;
  return parsed;
}

/** Known by a numeric `error.code` beside tRPC's own name in `error.data.code`. https://trpc.io/docs/server/error-handling */
export const trpc: ErrorFormat = {
  name: 'trpc',
  keys: ['error'],
  test: ({ error }) => typeof error?.code === 'number' && typeof error.data?.code === 'string',
  read,
};
