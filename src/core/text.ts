import { str } from './util';

const DETAILS_MAX = 8000;
const TAG = /<\/?[a-z!][^>]*>/i;
// A reason phrase or a bare status says nothing a person can act on; the kind's default does.
// So is framework boilerplate: Spring's "Validation failed for object=..", Express's "Cannot GET /x",
// Laravel's "Unauthenticated." and "Server Error", NestJS's "ThrottlerException: Too Many Requests".
const JARGON =
  /^(?:\w+exception: )?(?:http )?(?:\d{3} ?)?(?:bad request|(?:un|not )auth\w*|forbidden|(?:page )?not found|method not allowed|conflict|gone|unprocessable \w+|too many (?:requests|attempts)|(?:internal )?server error|bad gateway|service unavailable|gateway timeout|(?:unknown )?error|no message available|validation failed(?: for .*)?|cannot [a-z]+ \/\S*)?\.?$/i;

/**
 * Server text made fit to show as a sentence: whitespace folded, capped, first letter capitalised.
 * Undefined for HTML, reason phrases and numbers, so the caller falls back to a plain default.
 */
export function sentence(value: unknown, max = 300): string | undefined {
  // Bound the work on multi-megabyte strings before any regex runs.
  let line = str(value)?.slice(0, max * 4);
  // Most server text has no run of whitespace to fold: testing is cheaper than rebuilding the string.
  if (line && /\s\s|[^\S ]/.test(line)) line = line.replace(/\s+/g, ' ');
  line = line?.trim();
  if (!line || (line.includes('<') && TAG.test(line)) || JARGON.test(line)) return undefined;
  const initial = line[0]!.toUpperCase();
  if (initial !== line[0]) line = initial + line.slice(1);
  if (line.length <= max) return line;
  // Cut after capitalising, which can lengthen it ('ß' is 'SS'), and checked again: a cut line can read
  // as boilerplate ("Cannot GET /a/long/path…"). So cleaning twice changes nothing.
  line = line.slice(0, max - 1).trimEnd() + '…';
  return JARGON.test(line) ? undefined : line;
}

/** Developer-only text: kept verbatim (a stack trace needs its lines) but capped. */
export function detailText(value: unknown): string | undefined {
  const found = str(value)?.trim();
  return found && (found.length > DETAILS_MAX ? found.slice(0, DETAILS_MAX) + '\n…' : found);
}
