import type { ErrorFormat } from './format';

/**
 * RFC 9457 (and 7807) problem details: `{ type, title, status, detail, instance }`, with the `errors`
 * extension, `invalid-params`, and ASP.NET's ValidationProblemDetails (`errors: { Email: [..] }`,
 * `traceId`); Spring 6 sends it too. Known by `title` or `detail` beside `type` or a numeric `status`,
 * or by its media type. https://www.rfc-editor.org/rfc/rfc9457
 */
export const problemJson: ErrorFormat = {
  name: 'problem+json',
  keys: ['title', 'detail'],
  test: (b, { header }) =>
    (typeof b.title === 'string' || typeof b.detail === 'string') &&
    (typeof b.type === 'string' || typeof b.status === 'number' || /problem/.test(header('content-type') ?? '')),
};
