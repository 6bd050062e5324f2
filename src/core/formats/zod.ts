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

/**
 * A zod 4 `ZodError` sent as it is (`c.json(result, 400)` in @hono/zod-validator, `res.json(error)`): its `issues` are
 * not enumerable, so what JSON keeps is `{ name: "ZodError", message }`, the message being the issues as JSON text.
 */
const serialized = (body: Loose): Loose | undefined => {
  const error: unknown = body.name === 'ZodError' ? body : body.error;
  return isObject(error) && error.name === 'ZodError' && /^\s*\[/.test(String(error.message)) ? error : undefined;
};

/** Zod errors as servers send them: `flatten()` (`{ formErrors, fieldErrors }`), `treeifyError()`, a `ZodError`. */
function read(body: Loose): ParsedError {
  const error = serialized(body);
  // The class's name is no code, and the issues' JSON no sentence (a bounded parse: it is the server's text).
  if (error)
    return {
      code: undefined,
      fieldErrors: error.message.length < 1 << 20 ? collectFieldErrors(JSON.parse(error.message)) : [],
    };
  return { fieldErrors: body.formErrors ? collectFieldErrors([body.formErrors, body.fieldErrors]) : tree(body, []) };
}

/**
 * Known by `formErrors` (`flatten()`), `properties` (`treeifyError()`), or a `ZodError`'s name, in the body or its
 * `error` (the `{ success: false, error }` of `safeParse`). https://zod.dev/error-formatting
 */
export const zod: ErrorFormat = {
  name: 'zod',
  keys: ['formErrors', 'properties', 'name', 'error'],
  test: (b) => b.formErrors || b.properties || serialized(b),
  read,
};
