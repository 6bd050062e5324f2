import { fieldError, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldMessage } from '../text';
import type { ApiFieldError, ParsedError } from '../types';
import { statusOf, type Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * NestJS: `{ statusCode, message: string | string[], error }`. ValidationPipe sends the array, and
 * class-validator starts each message with the property path: "items.0.name should not be empty".
 */
function read(body: Loose): ParsedError {
  if (!Array.isArray(body.message)) return {};
  const fieldErrors: ApiFieldError[] = [];
  for (const item of body.message.slice(0, MAX_FIELD_ERRORS)) {
    const message = fieldMessage(item);
    if (message) fieldErrors.push(fieldError(/^([a-z_$][\w$]*(?:\.[\w$]+)*) /.exec(item)?.[1], message));
  }
  return { fieldErrors, message: undefined };
}

/** Known by a numeric `statusCode` beside `message`. https://docs.nestjs.com/exception-filters */
export const nestjs: ErrorFormat = {
  name: 'nestjs',
  keys: ['statusCode'],
  test: (b) => statusOf(b.statusCode) && 'message' in b,
  read,
};
