import { fieldError, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldMessage } from '../text';
import type { ApiFieldError, ParsedError } from '../types';
import type { Loose } from '../util';

/**
 * NestJS: `{ statusCode, message: string | string[], error }`. ValidationPipe sends the array, and
 * class-validator starts each message with the property path: "items.0.name should not be empty".
 */
export function nestjs(body: Loose): ParsedError {
  if (!Array.isArray(body.message)) return {};
  const fieldErrors: ApiFieldError[] = [];
  for (const item of body.message.slice(0, MAX_FIELD_ERRORS)) {
    const message = fieldMessage(item);
    if (message) fieldErrors.push(fieldError(/^([a-z_$][\w$]*(?:\.[\w$]+)*) /.exec(item)?.[1], message));
  }
  return { fieldErrors, message: undefined };
}
