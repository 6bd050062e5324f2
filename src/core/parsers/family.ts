import { read } from '../read';
import type { ErrorParser, ParseContext, ParsedError } from '../types';
import type { Loose } from '../util';

/**
 * A family the shared reader understands once it knows where to look: `test` recognises the
 * body, `parse` (by default the shared reader) reads it.
 */
export const family = (
  name: string,
  test: (body: Loose, context: ParseContext) => unknown,
  parse: (body: Loose) => ParsedError = read,
): ErrorParser => ({ name, parse: (body, context) => (test(body, context) ? parse(body) : undefined) });
