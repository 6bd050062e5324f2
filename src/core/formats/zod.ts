import { collectFieldErrors, MAX_FIELD_ERRORS } from '../fieldErrors';
import type { ApiFieldError, ParsedError } from '../types';
import { isObject, type Loose } from '../util';
import type { ErrorFormat } from './format';

/** Zod 4 `treeifyError()`: `{ errors, properties: { a: {..} }, items: [{..}] }`, walked to dot paths. */
function tree(node: Loose, out: ApiFieldError[], path?: string, depth = 0): ApiFieldError[] {
  if (isObject(node) && depth < 9) {
    collectFieldErrors(node.errors, out, path);
    const at = (key: string | number) => (path ? path + '.' + key : '' + key);
    for (const key of Object.keys(node.properties ?? {}).slice(0, MAX_FIELD_ERRORS))
      tree(node.properties[key], out, at(key), depth + 1);
    for (const [index, item] of (Array.isArray(node.items) ? node.items.slice(0, MAX_FIELD_ERRORS) : []).entries())
      tree(item, out, at(index), depth + 1);
  }
  return out;
}

/** Zod errors as servers send them: `flatten()` (`{ formErrors, fieldErrors }`) and `treeifyError()`. */
const read = (body: Loose): ParsedError => ({
  fieldErrors: body.formErrors ? collectFieldErrors([body.formErrors, body.fieldErrors]) : tree(body, []),
});

/** Known by `formErrors` (`flatten()`) or `properties` (`treeifyError()`). https://zod.dev/error-formatting */
export const zod: ErrorFormat = {
  name: 'zod',
  keys: ['formErrors', 'properties'],
  test: (b) => b.formErrors || b.properties,
  read,
};
