import { fieldError, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldPath } from '../fieldPath';
import { fieldMessage } from '../text';
import type { ApiFieldError, ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * GitHub REST: `{ message, documentation_url, errors: [{ resource, field, code, message? }] }`.
 * Items carry a message only for `code: "custom"`; the others say what happened in the code, which
 * is said here with the field's name ("Title: missing field").
 */
function read(body: Loose): ParsedError {
  if (!Array.isArray(body.errors)) return {};
  const fieldErrors: ApiFieldError[] = [];
  for (const item of body.errors.slice(0, MAX_FIELD_ERRORS)) {
    const field = fieldPath(item?.field);
    const message =
      fieldMessage(item?.message ?? item) ?? fieldMessage(field && `${field}: ${String(item.code).replace(/_/g, ' ')}`);
    if (message) fieldErrors.push(fieldError(field, message, item?.code));
  }
  return { fieldErrors };
}

/** GitHub REST, known by its `documentation_url`. https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api */
export const github: ErrorFormat = {
  name: 'github',
  keys: ['documentation_url'],
  test: (b) => typeof b.documentation_url === 'string',
  read,
};
