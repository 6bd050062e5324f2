import { collectFieldErrors } from '../fieldErrors';
import { sentence } from '../text';
import type { ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * CKAN's Action API (data.gov, data.gov.uk, most open-data portals): `{ help, success: false, error: { __type:
 * "Validation Error", name: ["Missing value"] } }`. `__type` is the code, in words ("Validation Error",
 * "Authorization Error", "Not Found Error"); the error's other members are its fields.
 * https://docs.ckan.org/en/latest/api/#making-an-api-request
 */
function read({ error }: Loose): ParsedError {
  const { __type: code, message, ...fields } = error as Loose;
  return { code, message: sentence(message), fieldErrors: collectFieldErrors(fields) };
}

/** Known by `success: false` beside `help` and a `__type` in `error`. */
export const ckan: ErrorFormat = {
  name: 'ckan',
  keys: ['help'],
  test: (b) => b.success === false && typeof b.help === 'string' && typeof b.error?.__type === 'string',
  read,
};
