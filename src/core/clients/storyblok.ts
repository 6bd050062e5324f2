import { NO_HEADERS } from '../headers';
import { FAILED_FETCH, type Source } from '../input';
import { ownKeys, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** What storyblok-js-client hands over in place of any `AbortError`: its own `timeout` option's, or an app's. */
const STORYBLOK_TIMEOUT = 'Request timeout: The request was aborted due to timeout';

/** What else a failed fetch's message may say: an abort's or a timeout's words, as engines and signals give them. */
const ABORT_WORDS = /abort|time(?:d )?out/i;

/**
 * storyblok-js-client 7 (node_modules/storyblok-js-client/dist/index.mjs, `SbFetch._methodHandler`; src/sbFetch.ts)
 * catches whatever fetch threw, or what `res.json()` threw on a body that is not JSON, and keeps only its message:
 * `{ message }`, a plain object, rejected by the Content Delivery API's `get`, `getStories`, `getStory` and `getAll`,
 * resolved by `post`, `put` and `delete`. An `AbortError` (its `timeout` option's, or an app's signal's) becomes its
 * own sentence, read as the timeout it says (an app's abort cannot be told from it); any other message is read as the
 * bare `Error` fetch threw (undici's "fetch failed", a browser's "Failed to fetch": `network`). A JSON parser's words
 * (the status and body are gone) and anything else are left to the generic reading. Its HTTP errors,
 * `{ message, status, response: { data, headers, status, statusText } }`, are read as axios's are.
 */
export function storyblokFailure(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const { message } = error;
  if (message === STORYBLOK_TIMEOUT)
    return { header: NO_HEADERS, kind: 'timeout', format: 'timeout', details: message };
  // Only a transport failure's words are taken: a sentence that merely reads like a status stays the generic reading.
  const said = readWrapped(new Error(message));
  const failed = said.status === undefined && ['network', 'timeout', 'cancelled'].includes(said.kind ?? '');
  return failed ? { ...said, details: message } : undefined;
}

export const storyblokErrors: ErrorClient = {
  test: (error) => {
    const { message } = error;
    // The cheap probes first: every error an app passes is tried.
    if (
      typeof message !== 'string' ||
      !(message === STORYBLOK_TIMEOUT || FAILED_FETCH.test(message) || ABORT_WORDS.test(message))
    )
      return false;
    const keys = ownKeys(error);
    return keys?.length === 1 && keys[0] === 'message';
  },
  read: storyblokFailure,
};
