import type { ErrorParser, ParseContext, ParsedError } from '../types';
import type { Loose } from '../util';

/** A built-in parser, with the top-level keys of which a body must have one for it to match. */
export interface Family extends ErrorParser {
  readonly keys: readonly string[];
  /** It reads every part of its body: the structural reading would add nothing. */
  readonly complete?: boolean;
}

/**
 * A family: `keys` (space-separated; none for a family that matches without a particular key) and
 * `test` recognise the body; `parse` returns only what the structural reader cannot know, and each
 * member it returns replaces the structural reading's (undefined included). Most need nothing more:
 * their format is named, the structural reader reads them.
 */
export const family = (
  name: string,
  keys: string,
  test: (body: Loose, context: ParseContext) => unknown,
  parse: (body: Loose) => ParsedError = () => ({}),
  complete = false,
): Family => ({ name, keys: keys ? keys.split(' ') : [], complete, parse: (body, context) => (test(body, context) ? parse(body) : undefined) });
