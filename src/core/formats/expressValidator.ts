import type { ErrorFormat } from './format';
import { head } from './head';

/**
 * express-validator: `{ errors: [{ type: "field", msg, path, location, value }] }` (`param` for `path`
 * before v7). https://express-validator.github.io/docs/api/validation-result
 */
export const expressValidator: ErrorFormat = {
  name: 'express-validator',
  keys: ['errors'],
  test: (b) => typeof head(b)?.msg === 'string',
};
