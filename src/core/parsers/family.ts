import { read } from '../read';
import type { ErrorParser, ParseContext, ParsedError } from '../types';
import type { Loose } from '../util';

/** A built-in parser, with the top-level keys of which a body must have one for it to match. */
export interface Family extends ErrorParser {
  readonly keys: readonly string[];
}

/**
 * A family the shared reader understands once it knows where to look: `keys` (space-separated; none
 * for a family that matches without a particular key) and `test` recognise the body, `parse` (by
 * default the shared reader) reads it.
 */
export const family = (
  name: string,
  keys: string,
  test: (body: Loose, context: ParseContext) => unknown,
  parse: (body: Loose) => ParsedError = read,
): Family => ({ name, keys: keys ? keys.split(' ') : [], parse: (body, context) => (test(body, context) ? parse(body) : undefined) });
