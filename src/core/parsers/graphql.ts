import { collectFieldErrors, fieldError, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldPath } from '../fieldPath';
import { kindOfCode } from '../kinds';
import { fieldMessage, sentence } from '../text';
import type { FieldError, ParsedError } from '../types';
import { statusOf, type Loose } from '../util';

/**
 * GraphQL responses, usually HTTP 200: `{ data, errors: [{ message, locations, path, extensions }] }`.
 * `extensions.code` classifies. `path` points into the response, so field errors come only from
 * input-error extensions (`field`, `argumentName`, or a nested `fieldErrors` map). Messages of
 * `GRAPHQL_*` and `INTERNAL_SERVER_ERROR` are for whoever wrote the query: they go to `details`.
 */
export function graphql({ errors, data }: Loose): ParsedError {
  const extensions = errors[0].extensions;
  const code = extensions?.code;
  const developer = /^(?:GRAPHQL_|INTERNAL_SERVER_ERROR|PERSISTED_QUERY)/.test(code);
  const fieldErrors: FieldError[] = [];
  const details: unknown[] = [];
  for (const error of errors.slice(0, MAX_FIELD_ERRORS)) {
    const ext = error?.extensions;
    const message = fieldMessage(error?.message);
    if (ext?.fieldErrors) collectFieldErrors(ext.fieldErrors, fieldErrors);
    else if (message && kindOfCode(ext?.code) === 'validation') fieldErrors.push(fieldError(fieldPath(ext.field ?? ext.argumentName), message, ext.code));
    details.push(...(developer ? [error?.message] : []), ...(ext?.stacktrace ?? []));
  }
  return {
    code,
    status: statusOf(extensions?.http?.status),
    message: developer ? undefined : sentence(errors[0].message),
    fieldErrors,
    details: details.join('\n'),
    // Partial success: what did resolve, for a UI that can show it beside the error.
    data: data ?? undefined,
  };
}
