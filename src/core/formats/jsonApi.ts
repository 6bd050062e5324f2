import { isObject, statusOf, str } from '../util';
import type { ErrorFormat } from './format';
import { head } from './head';

/**
 * JSON:API: `{ errors: [{ id, status: "422", code, title, detail, source: { pointer } }] }`. Its items
 * look like RFC 9457's `errors`, but a JSON:API document has no top-level `title` or `detail`, and an
 * item no `message`. An item's `id` is "a unique identifier for this particular occurrence of the problem": the
 * support id, when the error is one. https://jsonapi.org/format/#errors
 */
export const jsonApi: ErrorFormat = {
  name: 'json:api',
  keys: ['errors'],
  // An item with neither title nor detail is one still when it has an occurrence's `id` beside its `status` or `code`
  // (Airlock IAM's `errors: [{ id: "5112:9070", status: 400, code: "USERNAME_PASSWORD_WRONG" }]`).
  test: (b) =>
    isObject(head(b)) &&
    !('message' in head(b)) &&
    ('detail' in head(b) ||
      'title' in head(b) ||
      'source' in head(b) ||
      ('id' in head(b) && ('status' in head(b) || 'code' in head(b)))),
  read: (b) => {
    const id = b.errors.length === 1 ? str(head(b).id)?.trim() : undefined;
    return id ? { status: statusOf(head(b).status), logId: id } : { status: statusOf(head(b).status) };
  },
};
