import { collectFieldErrors, fieldError, findFieldErrors, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldPath } from '../fieldPath';
import { NOT_ERRORS } from '../keys';
import { kindOfCode } from '../kinds';
import { fieldMessage, isDeveloperText, saysRefused, sentence } from '../text';
import { durationMs } from '../timing';
import type { ApiFieldError, ParsedError } from '../types';
import { isObject, statusOf, str, type Loose } from '../util';
import type { ErrorFormat } from './format';
import { head } from './head';
import { HASURA_CODES } from './hasura';

/**
 * Codes whose messages are for whoever wrote the query: Apollo's, graphql-js's, persisted queries', and
 * graphql-java's built-in classifications (its `ErrorType`).
 */
const FOR_DEVELOPERS =
  /^(?:GRAPHQL_|PERSISTED_QUERY)|^(?:InvalidSyntax|ValidationError|OperationNotSupported|DataFetchingException|ExecutionAborted|NullValueInNonNullableField)$/;

/**
 * An error's code, wherever the server puts it: `extensions.code` (Apollo, Yoga, Hasura), the older
 * `extensions.exception.code` (Saleor), graphql-java's and Spring for GraphQL's `extensions.classification`
 * (`NOT_FOUND`, `ValidationError`), Kraken's `extensions.errorClass` (Octopus Energy's `VALIDATION`), a top-level
 * `type` (GitHub: `RATE_LIMITED`, `NOT_FOUND`) or `errorType` (AWS AppSync), or its own `code` (ShipHero's `30`).
 */
const codeOf = (error: Loose): string | undefined =>
  str(error?.extensions?.code) ??
  str(error?.extensions?.exception?.code) ??
  str(error?.extensions?.classification) ??
  str(error?.extensions?.errorClass) ??
  str(error?.type) ??
  str(error?.errorType) ??
  str(error?.code);

const onlyFormLevel = (errors: readonly ApiFieldError[]): string | undefined => {
  const formLevel = errors.filter((error) => !error.field);
  return formLevel.length === 1 ? sentence(formLevel[0]?.message) : undefined;
};

/**
 * The error lists of mutation payloads in `data` (Shopify's `userErrors: [{ field, message }]`, Saleor's `errors`),
 * by their names: the rest of `data` is what did resolve, never a map of fields (Juniper's partial `{ example: {
 * contents: "…" } }` beside an error).
 */
function payloadErrors(data: Loose, out: ApiFieldError[], depth = 0): void {
  for (const key of Object.keys(data).slice(0, 32)) {
    const value: unknown = data[key];
    if (/errors$/i.test(key) && (Array.isArray(value) || isObject(value))) collectFieldErrors(value, out);
    else if (isObject(value) && depth < 4) payloadErrors(value, out, depth + 1);
  }
}

/**
 * GraphQL responses, usually HTTP 200: `{ data, errors: [{ message, locations, path, extensions }] }`.
 * The code classifies. `path` points into the response, so field errors come only from input-error
 * extensions (`field`, `argumentName`, a `fieldErrors` map, Lighthouse's `validation` map) and from
 * mutation payloads in `data` (`userErrors: [{ field, message }]`). Messages of `GRAPHQL_*`,
 * `INTERNAL_SERVER_ERROR` and Hasura's query errors are for whoever wrote the query: they go to `details`.
 */
function read({ errors, data, extensions }: Loose): ParsedError {
  const code = codeOf(errors[0]);
  const hasura = code !== undefined ? HASURA_CODES[code] : undefined;
  const developer = FOR_DEVELOPERS.test(code ?? '') || hasura?.forDevelopers === true;
  const fieldErrors: ApiFieldError[] = [];
  const details: unknown[] = [];
  let validation = false;
  for (const error of errors.slice(0, MAX_FIELD_ERRORS)) {
    const ext = error?.extensions;
    // A problem in the extensions (RFC 9457, Navixy's) says this occurrence in its `detail`, where the message may
    // only name the check that failed ("Validation failed").
    const message = fieldMessage(ext?.detail) ?? fieldMessage(error?.message);
    if (isObject(ext?.validation)) {
      validation = true;
      collectFieldErrors(ext.validation, fieldErrors);
    } else if (ext?.fieldErrors) collectFieldErrors(ext.fieldErrors, fieldErrors);
    else if (message && (kindOfCode(ext?.code) === 'validation' || typeof ext?.field === 'string'))
      fieldErrors.push(fieldError(fieldPath(ext.field ?? ext.argumentName), message, ext.code));
    // Any other list of input errors there, found by structure (Kraken's `validationErrors: [{ inputPath, message }]`),
    // or in what Apollo Server 2 and 3 copy of the thrown error into `exception` (TypeGraphQL's class-validator
    // `validationErrors`), or beside the message where a `formatError` lifted them (TypeGraphQL's docs).
    else {
      const found = isObject(ext) ? findFieldErrors(ext) : [];
      if (!found.length && isObject(ext?.exception)) found.push(...findFieldErrors(ownErrors(ext.exception)));
      if (!found.length && isObject(error)) found.push(...findFieldErrors(ownErrors(error)));
      fieldErrors.push(...found);
    }
    const forDevelopers = developer || (typeof error?.message === 'string' && isDeveloperText(error.message));
    details.push(...(forDevelopers ? [error.message] : []), ...(Array.isArray(ext?.stacktrace) ? ext.stacktrace : []));
  }
  if (isObject(data)) payloadErrors(data, fieldErrors);
  const ext = errors[0].extensions;
  // The occurrence's `detail` speaks for an error about no one field (Navixy's "Device with ID '…' does not exist"
  // under "Device not found"); one about a field says it beside the field.
  const detail: unknown = typeof ext?.field === 'string' ? undefined : ext?.detail;
  const said: unknown = sentence(detail) !== undefined ? detail : errors[0].message;
  const refused = typeof said === 'string' && saysRefused(said) && kindOfCode(code) !== 'unauthenticated';
  // A wait in seconds beside the error's code (Buffer's `extensions: { code, limitType, retryAfter: 900 }`).
  const wait = ext?.retryAfter;
  const parsed: ParsedError = {
    code,
    // In its extensions, or beside its message (ShipHero's `request_id`, Railway's `traceId`), or in the response's
    // own extensions (Hygraph's `{ errors, data: null, extensions: { requestId } }`).
    logId:
      str(ext?.requestId) ??
      str(ext?.request_id) ??
      str(ext?.traceId) ??
      str(errors[0].request_id) ??
      str(errors[0].traceId) ??
      str(extensions?.requestId),
    status: statusOf(ext?.http?.status),
    // A bare word ("validation") says less than a lone message from the extensions. "Not authorized" in a GraphQL
    // error says what was refused (Udacity's under `UNAUTHORIZED`, Railway's under `INTERNAL_SERVER_ERROR`), unless its
    // code asks to sign in (`UNAUTHENTICATED`): only then does it restate what the kind's default says.
    message: developer ? undefined : (sentence(said) ?? (refused ? said : undefined) ?? onlyFormLevel(fieldErrors)),
    fieldErrors,
    details: details.join('\n') || undefined,
    // Partial success: what did resolve, for a UI that can show it beside the error.
    data: data ?? undefined,
    retryAfterMs: typeof wait === 'number' && wait >= 0 ? wait * 1000 : durationMs(wait),
  };
  if (hasura) parsed.kind = hasura.kind;
  // Lighthouse's `extensions.validation` (Laravel's validator) says what the code would.
  else if (validation || (!code && fieldErrors.some((error) => error.field))) parsed.kind = 'validation';
  return parsed;
}

/**
 * The members of an error that may hold its inputs' errors: neither the spec's own (`message`, `path`, …) nor a
 * trace or an echo of the request (Apollo's `exception.stacktrace`).
 */
function ownErrors(error: Loose): Loose {
  const rest: Loose = {};
  for (const key of Object.keys(error).slice(0, 16))
    if (!SPEC_MEMBERS.has(key) && !NOT_ERRORS.has(key)) rest[key] = error[key];
  return rest;
}
const SPEC_MEMBERS = new Set(['message', 'locations', 'path', 'extensions']);

/** zod's issue codes (v3 and v4), which GraphQL's errors, their codes under `extensions`, never carry. */
const ZOD_ISSUE_CODE =
  /^(?:invalid_(?:type|literal|union|union_discriminator|enum_value|arguments|return_type|date|string|intersection_types|format|key|element|value)|unrecognized_keys|too_small|too_big|not_multiple_of|not_finite|custom)$/;

/**
 * Known by an `errors` list whose first item has a `message` beside `data`, `locations`, a `path` of
 * response keys or `extensions` (a string path, Elysia's `"/x"`, is an input's pointer instead).
 * https://spec.graphql.org/October2021/#sec-Errors
 */
export const graphql: ErrorFormat = {
  name: 'graphql',
  keys: ['errors'],
  test: (b) =>
    typeof head(b)?.message === 'string' &&
    ('data' in b ||
      head(b).locations ||
      head(b).extensions ||
      // Beside a problem's `title` or `detail` (Effect HttpApi's `errors: [{ path: ["payload", "name"], message }]`),
      // a `path` names an input: RFC 9457's `errors` extension, not a GraphQL response path; so does a zod issue's
      // (nestjs-zod's `errors: [{ code: "too_small", path: ["password"], message }]`).
      (Array.isArray(head(b).path) &&
        typeof b.title !== 'string' &&
        typeof b.detail !== 'string' &&
        !ZOD_ISSUE_CODE.test(String(head(b).code)))),
  read,
  complete: true,
};
