import { read } from '../read';
import type { ErrorParser } from '../types';
import { isObject, statusOf, type Loose } from '../util';
import { family } from './family';
import { fieldDictionary, fieldMap } from './fieldDictionary';
import { github } from './github';
import { google } from './google';
import { graphql } from './graphql';
import { nestjs } from './nestjs';
import { odata } from './odata';
import { postgrest } from './postgrest';
import { stripe } from './stripe';
import { zod } from './zod';

const head = (body: Loose) => (Array.isArray(body?.errors) ? body.errors[0] : undefined);

/**
 * One entry per family, tried in order; the first that recognises the body reads it and names the
 * `format`. Families keyed on a distinctive member (`ErrorMessage`, `meta.error`, `ok: false`, an
 * `error.type` ending in `_error`) come before those keyed on common ones (`message`, `errors`,
 * `detail`); `generic` comes last.
 */
export const builtInParsers: readonly ErrorParser[] = [
  // Contensis: `logId` (a GUID for support), `message`, `data`, `type: "error"`.
  family('contensis', (b) => b?.logId && b.type === 'error', (b) => ({ ...read(b), data: b.data })),
  // Octopus Deploy: `ErrorMessage`, form-level `Errors[]`, a stack trace in `FullException`.
  family('octopus', (b) => typeof b?.ErrorMessage === 'string'),
  // `{ meta: { status, error: { status, type, message, errors[] } } }`; `type` is the code.
  family('meta-envelope', (b) => isObject(b?.meta?.error), (b) => ({ ...read(b.meta.error), status: statusOf(b.meta.error.status) ?? statusOf(b.meta.status) })),
  // Slack: HTTP 200 with `{ ok: false, error: "channel_not_found" }`.
  family('slack', (b) => b?.ok === false),
  // Cloudflare v4: `{ success: false, errors: [{ code, message }] }`.
  family('cloudflare', (b) => b?.success === false),
  // Firebase Auth's legacy errors have no `status` or `details`, only `errors: [{ domain, reason }]`.
  family('google', (b) => /^[A-Z_]+$/.test(b?.error?.status) || (typeof b?.error?.code === 'number' && (b.error.details || b.error.errors)), google),
  family('stripe', (b) => /_error$/.test(b?.error?.type), stripe),
  // Strapi: `{ error: { status, name, message, details: { errors: [{ path, message }] } } }`.
  family('strapi', (b) => typeof b?.error?.name === 'string' && b.error.details, (b) => ({ ...read(b.error, b.error.details.errors), code: b.error.name })),
  family('odata', (b) => typeof b?.error?.code === 'string', odata),
  family('graphql', (b) => typeof head(b)?.message === 'string' && ('data' in b || head(b).locations || head(b).path || head(b).extensions), graphql),
  // RFC 9457 / 7807 problem details, with the `errors` extension, `invalid-params`, and ASP.NET's
  // ValidationProblemDetails (`errors: { Email: [..] }`, `traceId`). Spring 6 sends it too. Before
  // JSON:API, whose items look like RFC 9457's `errors` but which has no top-level `title` or `detail`.
  family(
    'problem+json',
    (b, { header }) => (typeof b?.title === 'string' || typeof b?.detail === 'string') && (typeof b.type === 'string' || typeof b.status === 'number' || /problem/.test(header('content-type')!)),
    (b) => read(b, b.errors ?? b['invalid-params']),
  ),
  // JSON:API: `{ errors: [{ status: "422", code, title, detail, source: { pointer } }] }`.
  family('json:api', (b) => isObject(head(b)) && !('message' in head(b)) && ('detail' in head(b) || 'title' in head(b) || 'source' in head(b)), (b) => ({ ...read(head(b), b.errors), status: statusOf(head(b).status) })),
  // OAuth 2.0 token and redirect errors (RFC 6749 §5.2, §4.1.2.1, OIDC): `{ error: "invalid_grant", error_description }`.
  family('oauth', (b) => /^[a-z][a-z\d_]*$/.test(b?.error) && typeof b.error === 'string'),
  // Discord: `{ code, message, errors: { a: { 0: { b: { _errors } } } } }`; on 429 `retry_after` in seconds.
  family('discord', (b) => typeof b?.message === 'string' && ('retry_after' in b || 'global' in b || (typeof b.code === 'number' && isObject(b.errors))), (b) => ({
    ...read(b),
    code: b.code?.toString(),
    retryAfterMs: b.retry_after * 1000,
  })),
  family('postgrest', (b) => typeof b?.code === 'string' && 'hint' in b && 'details' in b, postgrest),
  // Jira: `{ errorMessages: [..], errors: { summary: ".." } }`.
  family('jira', (b) => Array.isArray(b?.errorMessages), (b) => read(b, [...b.errorMessages, b.errors])),
  // Spring Boot's BasicErrorController: `{ timestamp, status, error, path, message?, errors?, trace? }`.
  family('spring', (b) => b?.timestamp && typeof b.path === 'string'),
  family('nestjs', (b) => statusOf(b?.statusCode) && 'message' in b, nestjs),
  // express-validator: `{ errors: [{ type: "field", msg, path, location }] }` (`param` before v7).
  family('express-validator', (b) => typeof head(b)?.msg === 'string'),
  // FastAPI / Pydantic: `{ detail: [{ type, loc: ["body", "email"], msg }] }`.
  family('fastapi', (b) => b?.detail?.[0]?.loc, (b) => read({}, b.detail)),
  family('zod', (b) => b?.formErrors || b?.properties, zod),
  family('github', (b) => typeof b?.documentation_url === 'string', github),
  // Laravel: `{ message, errors: { "items.0.qty": [..] } }`; keys are already dot paths.
  family('laravel', (b) => typeof b?.message === 'string' && isObject(b.errors) && !Array.isArray(b.errors)),
  // Django REST framework and FastAPI's HTTPException: `{ detail }`; DRF's throttle text names the wait.
  family('detail', (b) => typeof b?.detail === 'string', (b) => ({ ...read(b), retryAfterMs: +/available in ([\d.]+) sec/.exec(b.detail)?.[1]! * 1000 })),
  // `Message` / `Description` bodies; a `message` that only repeats the status is skipped by the reader.
  family('message-description', (b) => (b?.description ?? b?.Description ?? b?.Message) !== undefined),
  family('field-dictionary', (b) => isObject(b) && fieldMap(b), fieldDictionary),
  // The last resort: the usual keys at the top level or inside an `error` object.
  family('generic', isObject, (b) => read(isObject(b.error) ? b.error : b)),
];
