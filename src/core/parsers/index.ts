import { isFieldMapBody } from '../fieldErrors';
import { isObject, ownKeys, statusOf, type Loose } from '../util';
import { family, type Family } from './family';
import { github } from './github';
import { google } from './google';
import { graphql } from './graphql';
import { HASURA_CODES } from './hasura';
import { nestjs } from './nestjs';
import { odata } from './odata';
import { paypal } from './paypal';
import { postgrest } from './postgrest';
import { jsonRpc, trpc } from './rpc';
import { stripe } from './stripe';
import { zod } from './zod';

const head = (body: Loose) => (Array.isArray(body?.errors) ? body.errors[0] : undefined);

/**
 * One entry per family, tried in order; the first that recognises the body reads it and names the
 * `format`. Families keyed on a distinctive member (`ErrorMessage`, `meta.error`, `ok: false`, an
 * `error.type` ending in `_error`) come before those keyed on common ones (`message`, `errors`,
 * `detail`); `generic` comes last. Each names the top-level keys its test needs (one of them): a
 * test must be false for a body that has none of them, as `candidates` skips the family then. A
 * message they set is already cleaned by `sentence`; `normalizeError` cleans only custom parsers'.
 */
export const builtInParsers: readonly Family[] = [
  // Contensis: `logId` (a GUID for support), `message`, `data`, `type: "error"`.
  family('contensis', 'logId', (b) => b.logId && b.type === 'error', (b) => ({ data: b.data })),
  // Octopus Deploy: `ErrorMessage`, form-level `Errors[]`, a stack trace in `FullException`.
  family('octopus', 'ErrorMessage', (b) => typeof b.ErrorMessage === 'string'),
  // `{ meta: { status, error: { status, type, message, errors[] } } }`; `type` is the code.
  family('meta-envelope', 'meta', (b) => isObject(b.meta?.error), ({ meta }) => ({ status: statusOf(meta.error.status) ?? statusOf(meta.status) })),
  family('json-rpc', 'jsonrpc', (b) => b.jsonrpc === '2.0' && typeof b.error?.code === 'number', jsonRpc),
  family('trpc', 'error', ({ error }) => typeof error?.code === 'number' && typeof error.data?.code === 'string', trpc),
  family('paypal', 'debug_id', (b) => typeof b.name === 'string' && typeof b.debug_id === 'string', paypal),
  // Hasura's REST and metadata APIs: `{ path: "$", error, code: "parse-failed" }`.
  family('hasura', 'code', (b) => typeof b.code === 'string' && Object.hasOwn(HASURA_CODES, b.code) && typeof b.error === 'string', (b) => ({
    kind: HASURA_CODES[b.code]!.kind,
    ...(HASURA_CODES[b.code]!.forDevelopers ? { message: undefined, details: b.error } : {}),
  })),
  // Slack: HTTP 200 with `{ ok: false, error: "channel_not_found" }`.
  family('slack', 'ok', (b) => b.ok === false),
  // Cloudflare v4: `{ success: false, errors: [{ code, message }] }`.
  family('cloudflare', 'success', (b) => b.success === false),
  // Firebase Auth's legacy errors have no `status` or `details`, only `errors: [{ domain, reason }]`.
  family('google', 'error', ({ error }) => /^[A-Z_]+$/.test(error?.status) || (typeof error?.code === 'number' && (error.details || error.errors)), google),
  family('stripe', 'error', (b) => /_error$/.test(b.error?.type), stripe),
  // Strapi: `{ error: { status, name, message, details: { errors: [{ path, message }] } } }`.
  family('strapi', 'error', ({ error }) => typeof error?.name === 'string' && error.details, ({ error }) => ({ code: error.name })),
  family('odata', 'error', (b) => typeof b.error?.code === 'string', odata),
  // A GraphQL `path` is a list of response keys; a string path (Elysia's `"/x"`) is an input's pointer.
  family('graphql', 'errors', (b) => typeof head(b)?.message === 'string' && ('data' in b || head(b).locations || Array.isArray(head(b).path) || head(b).extensions), graphql, true),
  // RFC 9457 / 7807 problem details, with the `errors` extension, `invalid-params`, and ASP.NET's
  // ValidationProblemDetails (`errors: { Email: [..] }`, `traceId`). Spring 6 sends it too. Before
  // JSON:API, whose items look like RFC 9457's `errors` but which has no top-level `title` or `detail`.
  family(
    'problem+json',
    'title detail',
    (b, { header }) => (typeof b.title === 'string' || typeof b.detail === 'string') && (typeof b.type === 'string' || typeof b.status === 'number' || /problem/.test(header('content-type')!)),
  ),
  // JSON:API: `{ errors: [{ status: "422", code, title, detail, source: { pointer } }] }`.
  family('json:api', 'errors', (b) => isObject(head(b)) && !('message' in head(b)) && ('detail' in head(b) || 'title' in head(b) || 'source' in head(b)), (b) => ({ status: statusOf(head(b).status) })),
  // OAuth 2.0 token and redirect errors (RFC 6749 §5.2, §4.1.2.1, OIDC): `{ error: "invalid_grant", error_description }`.
  family('oauth', 'error', (b) => /^[a-z][a-z\d_]*$/.test(b.error) && typeof b.error === 'string'),
  // Discord: `{ code, message, errors: { a: { 0: { b: { _errors } } } } }`; on 429 `retry_after` in seconds.
  family('discord', 'message', (b) => typeof b.message === 'string' && ('retry_after' in b || 'global' in b || (typeof b.code === 'number' && isObject(b.errors)))),
  family('postgrest', 'hint', (b) => typeof b.code === 'string' && 'hint' in b && 'details' in b, postgrest),
  // Jira: `{ errorMessages: [..], errors: { summary: ".." } }`.
  family('jira', 'errorMessages', (b) => Array.isArray(b.errorMessages)),
  // Spring Boot's BasicErrorController: `{ timestamp, status, error, path, message?, errors?, trace? }`.
  family('spring', 'timestamp', (b) => b.timestamp && typeof b.path === 'string'),
  family('nestjs', 'statusCode', (b) => statusOf(b.statusCode) && 'message' in b, nestjs),
  // express-validator: `{ errors: [{ type: "field", msg, path, location }] }` (`param` before v7).
  family('express-validator', 'errors', (b) => typeof head(b)?.msg === 'string'),
  // FastAPI / Pydantic: `{ detail: [{ type, loc: ["body", "email"], msg }] }`.
  family('fastapi', 'detail', (b) => b.detail?.[0]?.loc),
  family('zod', 'formErrors properties', (b) => b.formErrors || b.properties, zod),
  family('github', 'documentation_url', (b) => typeof b.documentation_url === 'string', github),
  // Laravel: `{ message, errors: { "items.0.qty": [..] } }`; keys are already dot paths.
  family('laravel', 'message', (b) => typeof b.message === 'string' && isObject(b.errors) && !Array.isArray(b.errors)),
  // Rails and Django REST framework: a body that is a map of field to messages, whatever its fields are
  // called (`{ "title": [..], "description": [..] }` is not a Message/Description body).
  family('field-dictionary', '', isFieldMapBody),
  // Django REST framework and FastAPI's HTTPException: `{ detail }`; DRF's throttle text names the wait.
  family('detail', 'detail', (b) => typeof b.detail === 'string'),
  // `Message` / `Description` bodies; a `message` that only repeats the status is skipped by the reader.
  family('message-description', 'description Description Message', (b) => (b.description ?? b.Description ?? b.Message) !== undefined),
  // The last resort: the structural reader alone.
  family('generic', '', isObject),
];

// Each top-level key, to the families that need it, as bits in list order (there are fewer than 31).
const FAMILIES_BY_KEY = new Map<string, number>();
// The families that need no particular key.
let ANY_KEYS = 0;
builtInParsers.forEach(({ keys }, index) => {
  if (!keys.length) ANY_KEYS |= 1 << index;
  for (const key of keys) FAMILIES_BY_KEY.set(key, (FAMILIES_BY_KEY.get(key) ?? 0) | (1 << index));
});

/**
 * The built-in parsers that may read `body`, in order: only the families whose keys it has. A body
 * has a handful of keys, so one pass over them replaces ~27 tests that each look for members most
 * bodies lack (on the many shapes bodies have, each a slow lookup). A body that is not plain JSON,
 * or has more than 64 keys, is tried against them all.
 */
export function candidates(body: unknown): readonly Family[] {
  const keys = ownKeys(body);
  if (!keys) return builtInParsers;
  const families = keys.reduce((found, key) => found | (FAMILIES_BY_KEY.get(key) ?? 0), ANY_KEYS);
  return builtInParsers.filter((_, index) => families & (1 << index));
}
