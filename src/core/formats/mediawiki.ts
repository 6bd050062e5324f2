import { sentence } from '../text';
import type { ParsedError } from '../types';
import { isObject, str, type Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * MediaWiki's Action API (Wikipedia, Wikidata's Wikibase, every wiki), sent with a 200: `{ error: { code, info,
 * messages: [{ name, html: { "*": text } }], "*": "See https://…/api.php for API usage…" }, servedby }`. `info` is
 * the sentence, unless one message beside it says more (Wikibase's `spam-blacklisted` under "The save has
 * failed."); its messages name no field.
 * https://www.mediawiki.org/wiki/API:Errors_and_warnings
 */
function read({ error }: Loose): ParsedError {
  const info = sentence(error.info);
  const more = (Array.isArray(error.messages) ? error.messages.slice(0, 16) : [])
    .map((message: unknown) => (isObject(message) ? sentence(message.html?.['*'] ?? message.text) : undefined))
    .filter((text: string | undefined) => text !== undefined && text !== info);
  return { code: str(error.code), message: more.length === 1 ? more[0] : info, fieldErrors: [] };
}

/** Known by `error.code` beside `error.info`, both text. */
export const mediawiki: ErrorFormat = {
  name: 'mediawiki',
  keys: ['error'],
  test: ({ error }) => typeof error?.code === 'string' && typeof error.info === 'string',
  read,
};
