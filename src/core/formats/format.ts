import type { ParseContext, ParsedError } from '../types';
import type { HeaderReader } from '../headers';
import type { Loose } from '../util';

/**
 * A wire format the kit knows (Stripe's, RFC 9457 problem details, GraphQL's, …): how to recognise a
 * body in it and what only it can say. Everything else (the message chosen by quality, field errors
 * wherever they sit, codes, support ids, retry hints) the structural reader finds in any body, so most
 * formats only name themselves. Pass the ones your API speaks to `createNormalizer`.
 */
export interface ErrorFormat {
  /** Becomes `ApiError.format`. */
  readonly name: string;
  /**
   * Top-level members of which a body must have one for `test` to be tried: a body has a handful of
   * keys, so one pass over them picks the formats worth testing. Empty: tried on every object body.
   */
  readonly keys: readonly string[];
  /**
   * Whether a JSON body is in this format. May throw on hostile input: the normalizer contains it. A format
   * only ever sent as text (XML) has none.
   */
  test?(body: Loose, context: ParseContext): unknown;
  /**
   * For a format sent as text (XML): the text's members as an object, which is then read as any JSON body is;
   * undefined when the text is not in this format. May throw: the normalizer contains it.
   */
  parseText?(text: string, context: ParseContext): Loose | undefined;
  /**
   * What only this format knows. Each member it returns replaces the structural reading's, `undefined`
   * included (PostgREST's database text is no message). A message it sets is already a clean sentence.
   */
  read?(body: Loose): ParsedError;
  /** It reads every part of its body (GraphQL): the structural reading would add nothing. */
  readonly complete?: boolean;
  /**
   * What the format's own response headers say, read on every response with headers, whatever its body:
   * Stripe's `Stripe-Should-Retry` also comes with a 500 page, and AWS's `x-amzn-ErrorType` beside bodies
   * no format tells. A code from the body outranks the header's. May throw: the normalizer contains it.
   */
  readHeaders?(header: HeaderReader): FormatHeaders | undefined;
}

/** What a format reads from response headers. */
export interface FormatHeaders {
  /** The error's code, used when the body names none. */
  code?: string | undefined;
  /** The server's own verdict on retrying, over the kind's; undefined leaves the kind's. */
  retryable?: boolean | undefined;
}
