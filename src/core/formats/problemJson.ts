import type { ErrorFormat } from './format';

/** An id: a token of letters, digits and `-_.:`, never a path, a URI or words. */
const OCCURRENCE_ID = /^[\w.:-]{6,200}$/;

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
  // `instance` identifies this occurrence of the problem (§3.1.5): when it is an id rather than a path or a
  // URI (Vonage's trace id, Mailchimp's UUID), it is what a person quotes to support.
  read: (b) => (typeof b.instance === 'string' && OCCURRENCE_ID.test(b.instance) ? { logId: b.instance } : {}),
};
