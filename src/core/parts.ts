import { str } from './util';

// Words that fill a code member without being a code: JSend's `status: "fail"`, express-validator's
// `type: "field"`, Contensis' `type: "error"`, RFC 9457's `about:blank`, and a call's own flag beside the error it
// failed with (ZenTao's and Beget's `status: "success"`, Authelia's `status: "KO"`).
const NOT_CODES: ReadonlySet<string> = new Set([
  'success',
  'ok',
  'ko',
  'field',
  'error',
  'errors',
  'fail',
  'failed',
  'failure',
  'about:blank',
  'true',
  'false',
  'null',
  'undefined',
  'exception',
]);

/**
 * A machine code: one token or a number (Discord's `50035`, a JSON-RPC `-32602`; a number that only
 * repeats the status is dropped where the status is known). AWS's namespaced `__type`
 * (`com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`)
 * keeps only its name.
 */
const SHOUTED = /^[A-Z][A-Z\d]*(?: [A-Z\d]+){1,3}$/;
/**
 * A problem `type` that links the HTTP specification's own section for the status (ASP.NET Core's default
 * `https://tools.ietf.org/html/rfc7231#section-6.5.1`, Symfony's `…rfc2616#section-10`, Laminas' `…/rfc2616-sec10.html`)
 * says no more than the status, as `about:blank` does.
 */
const STATUS_SPEC = /^https?:\/\/(?:[\w-]+\.)*(?:ietf|rfc-editor|w3)\.org\/\S*rfc(?:2616|7231|9110|6585|4918)\b/i;
export const codeOf = (value: unknown): string | undefined => {
  let code = str(value)?.trim();
  // Words in capitals are a code too (Too Good To Go's `code: "FAILED LOGIN"`); other text with spaces is a sentence.
  if (
    !code ||
    code.length > 200 ||
    (/\s/.test(code) && !SHOUTED.test(code)) ||
    NOT_CODES.has(code.toLowerCase()) ||
    (code.startsWith('http') && STATUS_SPEC.test(code))
  )
    return undefined;
  // An AWS JSON protocol's namespace before its error (`com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`);
  // a status before a `#` is the code's own (Sterling's `400#givenName`).
  const hash = code.lastIndexOf('#');
  if (hash > 0 && !code.includes('/') && !/^\d+#/.test(code)) code = code.slice(hash + 1);
  return code || undefined;
};
