import { isObject } from '../util';
import type { ErrorFormat } from './format';

/**
 * Laravel: `{ message, errors: { "items.0.qty": ["…"] } }`; keys are already dot paths.
 * https://laravel.com/docs/validation#validation-error-response-format
 */
export const laravel: ErrorFormat = {
  name: 'laravel',
  keys: ['message'],
  test: (b) => typeof b.message === 'string' && isObject(b.errors) && !Array.isArray(b.errors),
};
