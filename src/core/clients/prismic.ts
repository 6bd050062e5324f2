import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, str, type Loose } from '../util';
import type { ErrorClient } from './client';

// Its classes are anonymous (`var NotFoundError = class extends PrismicError {}`), so a bundler's renaming leaves no
// class name to go by: these exact sentences of the client's are what tells the two errors that hold no body.
const REPOSITORY_NOT_FOUND = 'Prismic repository not found.';
const NO_DOCUMENTS = 'No documents were returned';

/**
 * `@prismicio/client` 7 (node_modules/@prismicio/client/src/errors.ts, src/Client.ts `#throwContentAPIError`,
 * `getRepository`, `getFirst`) throws a `PrismicError` (or a subclass), an `Error` whose `name` stays "Error" and
 * whose only own members are `url` and `response`. It keeps no status and no header; `response` is:
 * - on a 400, 401, 404 or 410, the body as `JSON.parse` made it (`ParsingError`, `ForbiddenError`, `NotFoundError`,
 *   `RefNotFoundError`, `PreviewTokenExpiredError`, `RefExpiredError`; the message is the body's `message`): read as
 *   that body, and a Prismic `type: "parsing-error"` (its `ParsingErrorAPIResponse`, only ever a 400's) as the bad
 *   request it is;
 * - on any other status it does not retry, the body's text (the message is the client's own "An invalid API
 *   response was returned"): read as that text;
 * - nothing, on the entry API's 404 (`RepositoryNotFoundError`, "Prismic repository not found. …"): the 404 it was;
 *   and on a query that matched no document (`getByUID`, `getSingle`, `getFirst` on a 2xx: `NotFoundError`, "No
 *   documents were returned"): the not-found an app means by it, with no status (the server's was a 2xx).
 * Any other `PrismicError` (a wrong setup, a missing ref) carries no response and is read as any error.
 */
export function prismicError(error: Loose): Source | undefined {
  const { message, response } = error;
  const details = str(error.stack) ?? `Error: ${String(message)}`;
  if (response === undefined) {
    if (typeof message === 'string' && message.startsWith(REPOSITORY_NOT_FOUND))
      return { status: 404, header: NO_HEADERS, details };
    return message === NO_DOCUMENTS ? { header: NO_HEADERS, kind: 'not-found', details } : undefined;
  }
  if (typeof response === 'string')
    return { header: NO_HEADERS, body: /\S/.test(response) ? response : undefined, details };
  return {
    header: NO_HEADERS,
    kind: response.type === 'parsing-error' ? 'bad-request' : undefined,
    body: response,
    details,
  };
}

/** A body as the client keeps it: JSON's plain object, the text, or nothing. */
const isKept = (response: unknown): boolean =>
  response === undefined ||
  typeof response === 'string' ||
  (isObject(response) && Object.getPrototypeOf(response) === Object.prototype);

export const prismicErrors: ErrorClient = {
  test: (error) => {
    const keys = Object.keys(error);
    return (
      error.name === 'Error' &&
      typeof error.message === 'string' &&
      keys.length === 2 &&
      keys[0] === 'url' &&
      keys[1] === 'response' &&
      typeof error.url === 'string' &&
      isKept(error.response)
    );
  },
  read: prismicError,
};
